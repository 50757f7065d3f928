package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Money;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.Finding;
import org.sanxiang.review.Problem;
import org.sanxiang.review.ProblemType;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.MaterialKind;
import org.sanxiang.review.ReviewPoint;
import org.sanxiang.review.Reviews;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agency's work in every stage and exit, besides the four cases of
 * {@link DemoCases}: clues pending, not filed (不予立案) and filed; cases awaiting 案件审查, with
 * a hearing held, a major one under legal review and one returned by the reviewer, one
 * with the fine due, one paid and closed, one past its 办案期限; a 简易程序 decision; a natural
 * person as party. Everything goes through the services (every gate applies, every act is
 * audited); a case with a history has its acts recorded on the earlier days they stand
 * for ({@link Cases#actOn}), counted back from the demo's today in the agency's zone.
 * Each item is made once (looked up by its title), in its own transaction; one that a
 * gate refuses — e.g. when the official calendar of a year is not loaded — is logged and
 * left out.
 */
@Component
@Order(61)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoStages implements ApplicationRunner {

	/** The titles of the cases made here and the stage each is left in. */
	static final List<DemoCases.Demo> CASES = List.of(
			new DemoCases.Demo("牡丹江某造纸有限公司废水超标排放案", "牡丹江某造纸有限公司", Stage.INVESTIGATION),
			new DemoCases.Demo("王某某露天焚烧垃圾案", "王建军", Stage.INVESTIGATION_ENDED),
			new DemoCases.Demo("牡丹江某铸造有限公司无组织排放案", "牡丹江某铸造有限公司", Stage.DEFENCE),
			new DemoCases.Demo("牡丹江某石化有限公司重大环境违法案", "牡丹江某石化有限公司", Stage.DEFENCE),
			new DemoCases.Demo("牡丹江某制药有限公司危险废物违法贮存案", "牡丹江某制药有限公司", Stage.DEFENCE),
			new DemoCases.Demo("牡丹江某印染有限公司超标排放案", "牡丹江某印染有限公司", Stage.SERVED),
			new DemoCases.Demo("牡丹江某砖厂扬尘污染案", "牡丹江某砖厂", Stage.CLOSED),
			new DemoCases.Demo("牡丹江某汽修厂违法排放废气案", "牡丹江某汽修厂", Stage.INVESTIGATION),
			new DemoCases.Demo(DemoRecords.SEIZURE_TITLE, DemoRecords.SEIZURE_PARTY, Stage.INVESTIGATION),
			new DemoCases.Demo(DemoRecords.REMEDY_TITLE, DemoRecords.REMEDY_PARTY, Stage.SERVED));

	/** What the clues allege (pending, not filed). */
	static final String CLUE_PENDING = "群众举报某洗车店夜间将洗车污水直排雨水管网";

	static final String CLUE_REFUSED = "举报某饭店油烟扰民，经核查已安装油烟净化设施并正常运行";

	private static final Logger log = LoggerFactory.getLogger(DemoStages.class);

	private final Cases cases;

	private final Clues clues;

	private final OnTheSpotDecisions onTheSpot;

	private final Reviews reviews;

	private final org.sanxiang.document.Documents documents;

	private final PartyRegistry parties;

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final UserDetailsService users;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoStages(Cases cases, Clues clues, OnTheSpotDecisions onTheSpot, Reviews reviews,
			org.sanxiang.document.Documents documents, PartyRegistry parties, AgencyDirectory agencies,
			OfficerRegistry officers, UserDetailsService users, BusinessTime time, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.cases = cases;
		this.clues = clues;
		this.onTheSpot = onTheSpot;
		this.reviews = reviews;
		this.documents = documents;
		this.parties = parties;
		this.agencies = agencies;
		this.officers = officers;
		this.users = users;
		this.time = time;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		Agency agency = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals(DemoCases.AGENCY_CODE))
			.findFirst()
			.orElse(null);
		if (agency == null) {
			return;
		}
		once("clue " + CLUE_PENDING, () -> !clueExists(agency.id(), CLUE_PENDING), this::pendingClue);
		once("clue " + CLUE_REFUSED, () -> !clueExists(agency.id(), CLUE_REFUSED), this::refusedClue);
		once(CASES.get(0).title(), () -> !caseExists(agency.id(), CASES.get(0).title()), this::filedFromClue);
		once(CASES.get(1).title(), () -> !caseExists(agency.id(), CASES.get(1).title()), this::awaitingExamination);
		once(CASES.get(2).title(), () -> !caseExists(agency.id(), CASES.get(2).title()), this::hearingHeld);
		once(CASES.get(3).title(), () -> !caseExists(agency.id(), CASES.get(3).title()),
				() -> legalReview(CASES.get(3), false));
		once(CASES.get(4).title(), () -> !caseExists(agency.id(), CASES.get(4).title()),
				() -> legalReview(CASES.get(4), true));
		once(CASES.get(5).title(), () -> !caseExists(agency.id(), CASES.get(5).title()), this::paymentDue);
		once(CASES.get(6).title(), () -> !caseExists(agency.id(), CASES.get(6).title()), this::paidAndClosed);
		once(CASES.get(7).title(), () -> !caseExists(agency.id(), CASES.get(7).title()), this::overdue);
		once("简易程序", () -> !onTheSpotExists(agency.id()), () -> onTheSpot(agency.id()));
		once(CASES.get(8).title(), () -> !caseExists(agency.id(), CASES.get(8).title()), this::seizureInForce);
		once(CASES.get(9).title(), () -> !caseExists(agency.id(), CASES.get(9).title()), this::remedyApplied);
	}

	private void once(String what, java.util.function.BooleanSupplier missing, Runnable make) {
		try {
			if (missing.getAsBoolean()) {
				this.transaction.executeWithoutResult((status) -> make.run());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo {}: {}", what, ex.getMessage());
		}
	}

	// the clues

	private void pendingClue() {
		this.clues.register(registration(CLUE_PENDING, "牡丹江某洗车店", day(3)), officer());
	}

	private void refusedClue() {
		Clue clue = this.clues.register(registration(CLUE_REFUSED, "牡丹江某饭店", day(12)), officer());
		this.clues.refuse(clue.id(), "经现场核查，未发现环境违法行为，不予立案", null, day(8), head());
	}

	/** A clue filed as a case, which is still being investigated. */
	private void filedFromClue() {
		DemoCases.Demo demo = CASES.get(0);
		Clue clue = this.clues.register(registration("12369热线举报某造纸厂夜间偷排废水", demo.party(), day(16)), officer());
		this.clues.file(clue.id(), demo.title(), null, day(14), officer());
		long id = caseOf(demo.title());
		inspect(id, day(13));
	}

	// the cases

	/** A natural person's case, investigation ended, awaiting 案件审查. */
	private void awaitingExamination() {
		DemoCases.Demo demo = CASES.get(1);
		long id = file(demo, day(20));
		inspect(id, day(18));
		inquire(id, day(15));
		this.cases.actOn(id, day(2), officer(), (k, a) -> k.endInvestigation(a, List.of(), "调查终结报告", rules()));
	}

	/** Notified with a hearing offered; the party asked for one and it was held. */
	private void hearingHeld() {
		DemoCases.Demo demo = CASES.get(2);
		long id = notified(demo, 60, 80_000, true);
		this.cases.requestHearing(id, day(40), List.of(), officer());
		this.cases.holdHearing(id, day(25),
				new Hearing(day(37), "法制审核科 张审核", draft(id, "HEARING_RECORD"), draft(id, "HEARING_REPORT")), officer());
	}

	/**
	 * A major case (a fine of 500,000 yuan) under legal review, or returned by the
	 * reviewer.
	 */
	private void legalReview(DemoCases.Demo demo, boolean returned) {
		long id = notified(demo, 50, 500_000, true);
		this.cases.actOn(id, day(28), officer(), (k, a) -> k.waiveHearing(a, List.of(), "当事人书面放弃听证", rules()));
		this.cases.actOn(id, day(27), officer(), (k, a) -> k.waiveStatement(a, List.of(), rules()));
		ProposedDecision submitted = withMaterials(decision(id, demo, 500_000, day(0)));
		long request = this.reviews.submit(submitted, officer()).id();
		this.cases.actOn(id, day(6), officer(), (k, a) -> k.submitForLegalReview(a, submitted, request, rules()));
		if (returned) {
			SanxiangPrincipal reviewer = principal("demo-reviewer");
			this.reviews.take(request, reviewer);
			this.reviews.returnWith(request,
					java.util.Arrays.stream(ReviewPoint.values())
						.map((p) -> new Finding(p, p != ReviewPoint.EVIDENCE,
								(p == ReviewPoint.EVIDENCE) ? "危险废物属性鉴定报告未附" : ""))
						.toList(),
					List.of(new Problem(ProblemType.FACTS_OR_EVIDENCE, "补充危险废物属性鉴定报告后重新提交")), reviewer);
		}
	}

	/** Decided and served; the fine is due within fifteen days. */
	private void paymentDue() {
		DemoCases.Demo demo = CASES.get(5);
		decided(demo, 40, 30_000, 12);
		this.cases.serve(caseOf(demo.title()), day(10), List.of(), officer());
	}

	private void paidAndClosed() {
		DemoCases.Demo demo = CASES.get(6);
		ProposedDecision decision = decided(demo, 60, 20_000, 30);
		long id = caseOf(demo.title());
		this.cases.serve(id, day(28), List.of(), officer());
		this.cases.recordPayment(id, day(20), decision.fine(), List.of(), officer());
		this.cases.actOn(id, day(18), officer(), (k, a) -> k.close(a, List.of(), rules()));
	}

	/** Filed four months ago and still under investigation: its 办案期限 has passed. */
	private void overdue() {
		DemoCases.Demo demo = CASES.get(7);
		long id = file(demo, day(125));
		inspect(id, day(123));
		inquire(id, day(100));
	}

	/**
	 * A 简易程序 decision of yesterday with its own 当场行政处罚决定书, issued here (not taken from
	 * the document module's demo, which issues its examples in the background and so had
	 * none yet at the first start), and its 备案 today.
	 */
	private void onTheSpot(long agencyId) {
		LocalDate on = day(1);
		List<Long> officers = two(on);
		PartySummary person = this.parties.search(Set.of(agencyId), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.kind() == org.sanxiang.subject.PartyKind.PERSON)
			.findFirst()
			.orElse(null);
		String name = (person != null) ? person.name() : DemoRecords.ON_THE_SPOT_PARTY;
		long document = this.more.onTheSpotDocument(person, name, on, officers);
		OnTheSpotDecision decision = this.onTheSpot.decide(new OnTheSpotDecisions.Decision(
				(person != null) ? person.id() : null, name, DemoRecords.ON_THE_SPOT_FACTS,
				new java.math.BigDecimal("100"), officers, true, document, true, null, on), officer());
		this.onTheSpot.record(decision.id(), day(0), officer());
	}

	// the steps the cases share

	private long file(DemoCases.Demo demo, LocalDate on) {
		Long partyId = partyId(demo.party());
		return this.cases.fileOn(demo.title(), partyId, demo.party(), on, officer()).id();
	}

	/** Filed {@code daysAgo}, investigated, examined, notified and the notice served. */
	private long notified(DemoCases.Demo demo, int daysAgo, long yuan, boolean offerHearing) {
		long id = file(demo, day(daysAgo));
		ProposedDecision decision = decision(id, demo, yuan, day(0));
		inspect(id, day(daysAgo - 2));
		inquire(id, day(daysAgo - 4));
		this.cases.actOn(id, day(daysAgo - 10), officer(),
				(k, a) -> k.endInvestigation(a, List.of(), "调查终结报告", rules()));
		this.cases.actOn(id, day(daysAgo - 11), head(), (k, a) -> k.examine(a, false, "事实清楚，证据确凿，同意告知", rules()));
		this.cases.actOn(id, day(daysAgo - 12), officer(),
				(k, a) -> k.notify(a, Penalty.of(decision), offerHearing, List.of(), rules()));
		this.cases.recordNoticeService(id, day(daysAgo - 13), List.of(), officer());
		return id;
	}

	/**
	 * Notified without a hearing right, statement waived, decided {@code decidedDaysAgo}.
	 */
	private ProposedDecision decided(DemoCases.Demo demo, int daysAgo, long yuan, int decidedDaysAgo) {
		long id = notified(demo, daysAgo, yuan, false);
		ProposedDecision ofCase = decision(id, demo, yuan, day(decidedDaysAgo));
		this.cases.actOn(id, day(daysAgo - 14), officer(), (k, a) -> k.waiveStatement(a, List.of(), rules()));
		this.cases.actOn(id, day(decidedDaysAgo), head(), (k, a) -> k.decide(a, ofCase, List.of(), rules()));
		return ofCase;
	}

	private void inspect(long id, LocalDate on) {
		this.cases.recordInvestigation(id, false, on, two(on), List.of(), List.of(), "现场检查笔录", officer());
	}

	private void inquire(long id, LocalDate on) {
		this.cases.recordInvestigation(id, true, on, two(on), List.of(), List.of(), "调查询问笔录",
				principal("demo-officer2"));
	}

	private List<Long> two(LocalDate on) {
		return this.officers.within(Set.of(officer().agencyId()), "")
			.stream()
			.filter((o) -> o.isQualifiedOn(on))
			.map(Officer::id)
			.limit(2)
			.toList();
	}

	/** A fine for a unit's 大气 violation, as the demo's other cases. */
	private ProposedDecision decision(long caseId, DemoCases.Demo demo, long yuan, LocalDate on) {
		return new ProposedDecision("CASE", Long.toString(caseId), officer().agencyId(),
				"关于" + demo.title() + "的行政处罚决定", on,
				new ProposedDecision.Party(PartyType.UNIT, demo.party(), "91231000MA1B2C3D4E", "黑龙江省牡丹江市阳明区某工业园区88号"),
				"现场检查发现污染物排放超过国家规定的排放标准。",
				List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", "b".repeat(64))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第十八条", LocalDate.of(2018, 10, 26))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第九十九条第二项", LocalDate.of(2018, 10, 26))),
				new ProposedDecision.Discretion("一般", "首次违法，超标倍数较低，属一般情节", false), EnumSet.of(DecisionAction.FINE),
				Money.yuan(yuan), Money.ZERO, false, Set.of(), List.of(), List.of());
	}

	private Clues.Registration registration(String alleged, String party, LocalDate on) {
		return new Clues.Registration(ClueSource.COMPLAINT, "12369-" + on.toString().replace("-", ""), partyId(party),
				party, alleged, on.minusDays(2), false, null, false, on);
	}

	/** The party's id in 一企一档 of the demo agency, or null (typed by name). */
	private Long partyId(String name) {
		List<PartySummary> found = this.parties.search(Set.of(officer().agencyId()), name, null, 0).items();
		return found.stream().filter((p) -> p.name().equals(name)).map(PartySummary::id).findFirst().orElse(null);
	}

	/**
	 * A draft of this type owned by the case (its content is written in the workspace).
	 */
	private Long draft(long caseId, String type) {
		return this.documents
			.draft(type, java.util.Map.of(), null,
					new org.sanxiang.document.Document.Owner("CASE", Long.toString(caseId)), null, officer(),
					Set.of(officer().agencyId()))
			.id();
	}

	/** The materials a legal review needs, each named by the SHA-256 of its demo text. */
	private static ProposedDecision withMaterials(ProposedDecision d) {
		List<ProposedDecision.Material> materials = java.util.stream.Stream
			.of(MaterialKind.DRAFT_DECISION, MaterialKind.INVESTIGATION_REPORT, MaterialKind.NOTICE,
					MaterialKind.NOTICE_SERVICE)
			.map((kind) -> new ProposedDecision.Material(kind, null, sha256(d.title() + kind.name())))
			.toList();
		return new ProposedDecision(d.subjectKind(), d.subjectId(), d.agencyId(), d.title(), d.decisionDate(),
				d.party(), d.facts(), d.evidence(), d.violated(), d.penaltyBasis(), d.discretion(), d.actions(),
				d.fine(), d.confiscated(), d.hearingHeld(), d.flags(), d.procedure(), materials);
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long caseOf(String title) {
		return this.jdbc.sql("select id from penalty_case where agency_id = :agency and title = :title")
			.param("agency", officer().agencyId())
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private boolean caseExists(long agencyId, String title) {
		return this.jdbc.sql("select count(*) from penalty_case where agency_id = :agency and title = :title")
			.param("agency", agencyId)
			.param("title", title)
			.query(Long.class)
			.single() > 0;
	}

	private boolean clueExists(long agencyId, String alleged) {
		return this.jdbc.sql("select count(*) from clue where agency_id = :agency and alleged = :alleged")
			.param("agency", agencyId)
			.param("alleged", alleged)
			.query(Long.class)
			.single() > 0;
	}

	private boolean onTheSpotExists(long agencyId) {
		return this.jdbc.sql("select count(*) from on_the_spot_decision where agency_id = :agency")
			.param("agency", agencyId)
			.query(Long.class)
			.single() > 0;
	}

	private LocalDate day(int daysAgo) {
		return this.time.today().minusDays(daysAgo);
	}

	private CaseRules rules() {
		return this.cases.rules();
	}

	private SanxiangPrincipal officer() {
		return principal("demo-officer");
	}

	private SanxiangPrincipal head() {
		return principal("demo-head");
	}

	private SanxiangPrincipal principal(String username) {
		return (SanxiangPrincipal) this.users.loadUserByUsername(username);
	}

	// the 查封扣押 in force and the decision revoked on 复议 (helper R)

	/**
	 * A seizure (查封) in force: proposed while the case is investigated, approved by the
	 * agency head, decided with its issued 决定书 and 清单, executed by two officers with the
	 * body-camera video of the execution (uploaded through the evidence module); its 30
	 * days run from the execution.
	 */
	private void seizureInForce() {
		DemoCases.Demo demo = CASES.get(8);
		java.time.Instant filmed = this.time.now().minus(java.time.Duration.ofHours(2));
		LocalDate executed = this.time.dateOf(filmed);
		long id = file(demo, day(6));
		inspect(id, day(5));
		CoerciveMeasure measure = this.more.measures()
			.propose(id, new CoerciveMeasures.Proposal(MeasureKind.SEAL, MeasureGround.EVASION,
					DemoRecords.SEIZED_ITEMS, null, false, null, day(1)), officer());
		this.more.measures().approve(id, measure.id(), day(1), head());
		long decision = this.more.issued(id, "SEIZURE_DECISION", DemoRecords.seizureDecision(demo, day(1), executed));
		long list = this.more.issued(id, "SEIZURE_LIST", DemoRecords.seizureList(demo, executed));
		this.more.measures().decide(id, measure.id(), decision, list, day(1), officer());
		List<Long> officers = two(executed);
		long video = this.more.video(id, certificate(officers.get(0)), filmed, officer());
		// the execution lies inside the ten minutes the video covers (行政强制法 第十八条)
		this.more.measures()
			.execute(id, measure.id(), officers, video, filmed.plusSeconds(60), filmed.plusSeconds(540), executed,
					officer());
	}

	/**
	 * Decided and served; the party applied for 行政复议, received as the 复议机关 serves it: the
	 * 复议申请书 (副本) with its 送达回证 — the document module has no type for a document received
	 * from outside, so the 送达回证 recording its receipt stands for it. The outcome (撤销) is
	 * recorded by the publicity module's demo once the decision is published.
	 */
	private void remedyApplied() {
		DemoCases.Demo demo = CASES.get(9);
		decided(demo, 30, 50_000, 9);
		long id = caseOf(demo.title());
		this.cases.serve(id, day(8), List.of(), officer());
		long application = this.more.issued(id, "SERVICE_RECEIPT",
				DemoRecords.received(demo, "行政复议申请书（副本）、行政复议答复通知书", day(5)));
		this.cases.applyForRemedy(id, day(5), Remedy.Kind.REVIEW, application, officer());
	}

	private String certificate(long officerId) {
		return this.officers.within(Set.of(officer().agencyId()), "")
			.stream()
			.filter((o) -> o.id() == officerId)
			.map(Officer::certificateNumber)
			.findFirst()
			.orElseThrow();
	}

	private DemoRecords more;

	@org.springframework.beans.factory.annotation.Autowired
	void more(DemoRecords more) {
		this.more = more;
	}

}
