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
import org.sanxiang.review.ProposedDecision;

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
 * Four penalty cases of the demo agency HLJ-MDJ, taken through the real acts of
 * {@link Cases} (so every gate applies and every act is audited) by demo-officer,
 * demo-officer2 and demo-head, and left in different stages: 调查取证, 陈述申辩 (the notice
 * served today), 已作出决定 and 已归档. A case is made only if the agency has none of its title
 * yet, each in one transaction, so a restart adds nothing and a failure leaves no
 * half-made case; a failure is logged, never stops the application starting.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoCases implements ApplicationRunner {

	static final String AGENCY_CODE = "HLJ-MDJ";

	/** The demo cases' titles and the stage each is left in. */
	static final List<Demo> DEMOS = List.of(new Demo("牡丹江某热电有限公司超标排放大气污染物案", "牡丹江某热电有限公司", Stage.INVESTIGATION),
			new Demo("牡丹江某化工有限公司超标排放水污染物案", "牡丹江某化工有限公司", Stage.DEFENCE),
			new Demo("牡丹江某建材有限公司未批先建案", "牡丹江某建材有限公司", Stage.DECIDED),
			new Demo("牡丹江某机械有限公司噪声超标案", "牡丹江某机械有限公司", Stage.ARCHIVED));

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final Cases cases;

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final UserDetailsService users;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoCases(Cases cases, AgencyDirectory agencies, OfficerRegistry officers, UserDetailsService users,
			BusinessTime time, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.cases = cases;
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
			.filter((a) -> a.code().equals(AGENCY_CODE))
			.findFirst()
			.orElse(null);
		if (agency == null) {
			return;
		}
		for (Demo demo : DEMOS) {
			try {
				if (!exists(agency.id(), demo.title())) {
					this.transaction.executeWithoutResult((status) -> make(agency.id(), demo));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Demo case {}: {}", demo.title(), ex.getMessage());
			}
		}
	}

	private boolean exists(long agencyId, String title) {
		return this.jdbc.sql("select count(*) from penalty_case where agency_id = :agency and title = :title")
			.param("agency", agencyId)
			.param("title", title)
			.query(Long.class)
			.single() > 0;
	}

	private void make(long agencyId, Demo demo) {
		SanxiangPrincipal officer = principal("demo-officer");
		SanxiangPrincipal officer2 = principal("demo-officer2");
		SanxiangPrincipal head = principal("demo-head");
		LocalDate today = this.time.today();
		long id = this.cases.file(demo.title(), demo.party(), List.of(), "立案审批表", officer).id();
		List<Long> two = this.officers.within(Set.of(agencyId), "")
			.stream()
			.filter((o) -> o.isQualifiedOn(today))
			.map(Officer::id)
			.limit(2)
			.toList();
		this.cases.recordInvestigation(id, false, today, two, List.of(), List.of(), "现场检查笔录", officer);
		if (demo.stage() == Stage.INVESTIGATION) {
			return;
		}
		this.cases.recordInvestigation(id, true, today, two, List.of(), List.of(), "询问笔录", officer2);
		this.cases.endInvestigation(id, List.of(), "调查终结报告", officer);
		this.cases.examine(id, false, "事实清楚，证据确凿，同意告知", head);
		ProposedDecision decision = decision(agencyId, id, demo, today);
		this.cases.notify(id, Penalty.of(decision), false, List.of(), officer);
		this.cases.recordNoticeService(id, today, List.of(), officer);
		if (demo.stage() == Stage.DEFENCE) {
			return;
		}
		this.cases.waiveStatement(id, List.of(), officer);
		this.cases.decide(id, decision, List.of(), head);
		if (demo.stage() == Stage.DECIDED) {
			return;
		}
		this.cases.serve(id, today, List.of(), officer);
		this.cases.recordPayment(id, today, decision.fine(), List.of(), officer);
		this.cases.close(id, List.of(), officer);
		this.cases.archive(id, List.of(), head);
	}

	/** A fine of 50,000 yuan: below the demo catalogue's review threshold for a unit. */
	private static ProposedDecision decision(long agencyId, long caseId, Demo demo, LocalDate today) {
		return new ProposedDecision("CASE", Long.toString(caseId), agencyId, "关于" + demo.title() + "的行政处罚决定", today,
				new ProposedDecision.Party(PartyType.UNIT, demo.party(), "91231000MA1B2C3D4E", "黑龙江省牡丹江市阳明区某工业园区88号"),
				"现场检查发现污染物排放超过国家规定的排放标准。",
				List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", "b".repeat(64))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第十八条", LocalDate.of(2018, 10, 26))),
				List.of(new ProposedDecision.Provision("《中华人民共和国大气污染防治法》第九十九条第二项", LocalDate.of(2018, 10, 26))),
				new ProposedDecision.Discretion("一般", "首次违法，超标倍数较低，属一般情节", false), EnumSet.of(DecisionAction.FINE),
				Money.yuan(50_000), Money.ZERO, false, Set.of(), List.of(), List.of());
	}

	private SanxiangPrincipal principal(String username) {
		return (SanxiangPrincipal) this.users.loadUserByUsername(username);
	}

	record Demo(String title, String party, Stage stage) {

	}

}
