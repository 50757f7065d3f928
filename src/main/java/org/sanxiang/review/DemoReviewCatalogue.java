package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.Money;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.legalbasis.PartyType;

import org.sanxiang.officer.OfficerRegistry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A typical ecology-environment review catalogue, in force since 2026-01-01 for every
 * demo agency. The amounts are an example an agency replaces with its own (its province's
 * 较大数额): 单位 over 200,000 yuan and 个人 over 20,000 yuan, neither including the amount
 * itself.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
class DemoReviewCatalogue implements ApplicationRunner {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	/**
	 * The date the demo requests propose to decide on; the demo catalogue is in force
	 * then.
	 */
	static final LocalDate DECISION_DATE = LocalDate.of(2026, 12, 4);

	private final ReviewCatalogues catalogues;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final ReviewRequestRepository requests;

	private final BusinessTime time;

	private final PreReview preReview;

	private final OfficerRegistry officers;

	DemoReviewCatalogue(ReviewCatalogues catalogues, AgencyDirectory agencies, JdbcClient jdbc,
			ReviewRequestRepository requests, BusinessTime time, PreReview preReview, OfficerRegistry officers) {
		this.preReview = preReview;
		this.officers = officers;
		this.catalogues = catalogues;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.requests = requests;
		this.time = time;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from review_catalogue").query(Long.class).single() > 0) {
			return;
		}
		for (Agency agency : this.agencies.all()) {
			this.catalogues.record(agency.id(), FROM, typical(),
					new DemoActor("demo-head", agency.id(), agency.path()));
			if (agency.code().equals("HLJ-MDJ")) {
				requests(agency);
			}
		}
	}

	/**
	 * Two requests of the city bureau: one waiting for a reviewer, one returned,
	 * corrected and resubmitted (so the reviewer sees the changes and the answers).
	 */
	private void requests(Agency agency) {
		Instant now = this.time.now();
		LocalDate today = this.time.today();
		Actor officer = new DemoActor("demo-officer", agency.id(), agency.path(), "张伟");
		ProposedDecision waiting = proposal(agency.id(), "DEMO-2026-031", "关于牡丹江镜泊化工有限公司超标排放水污染物案的行政处罚决定",
				"牡丹江镜泊化工有限公司", "2026年10月9日现场检查，该公司废水总排口化学需氧量浓度为实测值150毫克/升，超过排放标准1.5倍。", Money.yuan(300_000), false,
				List.of());
		save(ReviewRequest.submit(
				waiting, ReviewClassifier.classify(waiting,
						this.catalogues.inForce(agency.id(), DECISION_DATE).orElseThrow(), agency.level()),
				List.of(), this.preReview.review(waiting), officer, "执法支队", now, today));

		ProposedDecision first = proposal(agency.id(), "DEMO-2026-027", "关于牡丹江北山热电有限公司未按规定安装自动监测设备案的行政处罚决定",
				"牡丹江北山热电有限公司", "该公司2号锅炉排放口未按照规定安装大气污染物排放自动监测设备。", Money.yuan(150_000), true,
				List.of(MaterialKind.HEARING_RECORD));
		ReviewCatalogue catalogue = this.catalogues.inForce(agency.id(), DECISION_DATE).orElseThrow();
		ReviewRequest returned = ReviewRequest.submit(first,
				ReviewClassifier.classify(first, catalogue, agency.level()), List.of(), this.preReview.review(first),
				officer, "执法支队", now, today);
		ReviewRequest.Reviewer reviewer = new ReviewRequest.Reviewer("demo-reviewer", "刘洋", agency.id(), true, true,
				true, Set.of());
		returned.take(reviewer, now);
		List<Finding> findings = new ArrayList<>();
		for (ReviewPoint point : ReviewPoint.values()) {
			findings.add(point == ReviewPoint.PROCEDURE ? new Finding(point, false, "经过听证，但未附听证报告")
					: new Finding(point, true, ""));
		}
		returned.returnWith("demo-reviewer", findings,
				List.of(new Problem(ProblemType.PROCEDURE, "补充听证报告，并根据听证意见复核罚款数额")), now, today);
		ProposedDecision second = proposal(agency.id(), "DEMO-2026-027", first.title(), first.party().name(),
				first.facts(), Money.yuan(120_000), true,
				List.of(MaterialKind.HEARING_RECORD, MaterialKind.HEARING_REPORT));
		returned.resubmit(second, ReviewClassifier.classify(second, catalogue, agency.level()), List.of(),
				this.preReview.review(second), List.of("已补充听证报告；采纳当事人关于已主动停产整改的陈述，罚款由15万元调整为12万元"), officer, now,
				today);
		save(returned);
	}

	private void save(ReviewRequest request) {
		this.requests.save(request);
	}

	private ProposedDecision proposal(long agencyId, String subject, String title, String party, String facts,
			Money fine, boolean hearing, List<MaterialKind> extra) {
		List<ProposedDecision.Material> materials = new ArrayList<>();
		for (MaterialKind kind : List.of(MaterialKind.DRAFT_DECISION, MaterialKind.INVESTIGATION_REPORT,
				MaterialKind.NOTICE, MaterialKind.NOTICE_SERVICE)) {
			materials.add(new ProposedDecision.Material(kind, kind.chineseName(), sha256(subject + kind)));
		}
		extra.forEach((kind) -> materials
			.add(new ProposedDecision.Material(kind, kind.chineseName(), sha256(subject + kind))));
		return new ProposedDecision("CASE", subject, agencyId, title, DECISION_DATE,
				new ProposedDecision.Party(PartyType.UNIT, party,
						org.sanxiang.core.CreditCode.withCheckCharacter("91231000MA1B2C3D4").value(),
						"黑龙江省牡丹江市阳明区某工业园区88号"),
				facts,
				List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", sha256(subject + "证据-1")),
						new ProposedDecision.EvidenceRef("音像-1", "视听资料", "现场检查执法记录仪视频", sha256(subject + "音像-1"))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第二十四条第一款", LocalDate.of(2018, 10, 26))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第一百条第三项", LocalDate.of(2018, 10, 26))),
				new ProposedDecision.Discretion("较重", "未安装设备时间较长，属较重情节", false), Set.of(DecisionAction.FINE), fine,
				Money.ZERO, hearing, Set.of(),
				procedure(agencyId, hearing, extra.contains(MaterialKind.HEARING_REPORT)), materials);
	}

	/**
	 * The record of a demo case: filed, inspected by two officers of the register, notice
	 * served; then either the party waives statement and hearing, or a hearing is held
	 * (with its report only once the report is handed in).
	 */
	private List<ProposedDecision.ProcedureStep> procedure(long agencyId, boolean hearing, boolean report) {
		List<ProposedDecision.Officer> two = java.util.stream.Stream.of("张伟", "李娜")
			.map((name) -> new ProposedDecision.Officer(name,
					this.officers.within(Set.of(agencyId), name)
						.stream()
						.filter((officer) -> officer.name().equals(name))
						.map(org.sanxiang.officer.Officer::certificateNumber)
						.findFirst()
						.orElse("")))
			.toList();
		List<ProposedDecision.ProcedureStep> steps = new ArrayList<>();
		steps.add(step(LocalDate.of(2026, 10, 9), ProcedureAct.ON_SITE_INSPECTION, two, "现场检查"));
		steps.add(step(LocalDate.of(2026, 10, 12), ProcedureAct.FILING, List.of(), "立案审批"));
		steps.add(step(LocalDate.of(2026, 10, 20), ProcedureAct.INQUIRY, two, "询问公司环保负责人"));
		steps.add(step(LocalDate.of(2026, 11, 16), ProcedureAct.NOTICE_SERVED, List.of(), "直接送达行政处罚事先（听证）告知书"));
		if (!hearing) {
			steps.add(step(LocalDate.of(2026, 11, 18), ProcedureAct.STATEMENT_WAIVED, List.of(), "当事人书面放弃陈述、申辩"));
			steps.add(step(LocalDate.of(2026, 11, 18), ProcedureAct.HEARING_WAIVED, List.of(), "当事人书面放弃听证"));
			return steps;
		}
		steps.add(step(LocalDate.of(2026, 11, 17), ProcedureAct.HEARING_REQUESTED, List.of(), "当事人书面要求听证"));
		steps.add(step(LocalDate.of(2026, 11, 18), ProcedureAct.HEARING_NOTICE_SERVED, List.of(), "送达听证通知书"));
		steps.add(step(LocalDate.of(2026, 11, 27), ProcedureAct.HEARING, List.of(), "公开举行听证"));
		if (report) {
			steps.add(step(LocalDate.of(2026, 11, 30), ProcedureAct.HEARING_REPORT, List.of(), "听证主持人提出听证报告"));
		}
		return steps;
	}

	private static ProposedDecision.ProcedureStep step(LocalDate date, ProcedureAct act,
			List<ProposedDecision.Officer> officers, String note) {
		return new ProposedDecision.ProcedureStep(date, act, officers, note);
	}

	private static String sha256(String text) {
		return ContentDigests.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
	}

	static List<CatalogueEntry> typical() {
		return List.of(new CatalogueEntry("1", "拟对单位或者个人处以较大数额罚款、没收较大数额违法所得或者较大价值非法财物的",
				Set.of(DecisionAction.FINE, DecisionAction.CONFISCATE_GAINS, DecisionAction.CONFISCATE_PROPERTY),
				Map.of(PartyType.UNIT, new AmountThreshold(Money.yuan(200_000), false), PartyType.INDIVIDUAL,
						new AmountThreshold(Money.yuan(20_000), false)),
				false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("2", "拟吊销许可证件、降低资质等级或者一定时期内不得申请行政许可的",
						Set.of(DecisionAction.REVOKE_PERMIT, DecisionAction.REDUCE_QUALIFICATION,
								DecisionAction.BAR_FROM_APPLYING),
						Map.of(), false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("3", "拟责令限制生产、停产整治、停产停业、关闭或者限制从业的",
						Set.of(DecisionAction.RESTRICT_PRODUCTION, DecisionAction.SUSPEND_FOR_RECTIFICATION,
								DecisionAction.SUSPEND_OR_CLOSE, DecisionAction.RESTRICT_PRACTICE),
						Map.of(), false, Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("4", "拟实施按日连续处罚的", Set.of(DecisionAction.DAILY_CONTINUING_FINE), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("5", "拟移送公安机关予以行政拘留的", Set.of(DecisionAction.DETENTION_REFERRAL), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false),
				new CatalogueEntry("6", "拟实施查封、扣押，案情重大或者社会影响较大的", Set.of(DecisionAction.SEIZURE), Map.of(), false,
						Set.of(ReviewFlag.SOCIAL_IMPACT), Set.of(), Set.of(MaterialKind.RISK_ASSESSMENT), true),
				new CatalogueEntry("7", "可能造成重大社会影响或者引发社会风险的", Set.of(), Map.of(), false,
						Set.of(ReviewFlag.SOCIAL_IMPACT), Set.of(), Set.of(MaterialKind.RISK_ASSESSMENT), false),
				new CatalogueEntry("8", "拟撤销行政许可的", Set.of(DecisionAction.LICENCE_REVOCATION), Map.of(), false,
						Set.of(), Set.of(), Set.of(), false));
	}

	record DemoActor(String username, long agencyId, String agencyPath, String displayName) implements Actor {

		DemoActor(String username, long agencyId, String agencyPath) {
			this(username, agencyId, agencyPath, "陈静");
		}

	}

}
