package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.IdNumber;
import org.sanxiang.core.Money;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.PreReviewFinding.Check;
import org.sanxiang.review.PreReviewFinding.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The automatic pre-review: each rule fails on a snapshot that breaks it and passes on
 * one that keeps it, with the registers (official calendar, officer register, evidence
 * policy, legal texts) asked for real; and a submission stores the findings with its
 * round, the API returns them and the request's page shows them.
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class PreReviewTests {

	static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

	/**
	 * Monday 28 September 2026: five working days later is Saturday 10 October, a working
	 * day after the National Day holiday (1–7 October off, 10 October worked).
	 */
	static final LocalDate SEP_28 = LocalDate.of(2026, 9, 28);

	static final LocalDate OCT_10 = LocalDate.of(2026, 10, 10);

	@Autowired
	PreReview preReview;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	DemoAccounts demo;

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	long agency() {
		return this.demo.principal("demo-officer").agencyId();
	}

	/** Registers an officer of the agency valid from 2026-01-01 to {@code validTo}. */
	String certificate(LocalDate validTo) {
		String number = "PR" + (System.nanoTime() % 1_000_000_000_000L);
		this.officers.register(agency(), "执法人员" + number.substring(number.length() - 1), number, "黑龙江省人民政府",
				LocalDate.of(2026, 1, 1), validTo, Set.of(agency()));
		return number;
	}

	/** Two officers of the agency, named as the draft names them, valid through 2030. */
	List<ProposedDecision.Officer> two() {
		List<ProposedDecision.Officer> named = new ArrayList<>();
		for (String name : List.of("王一", "王二")) {
			String number = "PR" + (System.nanoTime() % 1_000_000_000_000L);
			this.officers.register(agency(), name, number, "黑龙江省人民政府", LocalDate.of(2026, 1, 1),
					LocalDate.of(2030, 12, 31), Set.of(agency()));
			named.add(new ProposedDecision.Officer(name, number));
		}
		return named;
	}

	PreReviewFinding finding(ProposedDecision decision, Check check) {
		return this.preReview.review(decision)
			.stream()
			.filter((f) -> f.check().equals(check.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no finding " + check));
	}

	/**
	 * A fine of 100,000 yuan (no hearing right) after a notice served on 28 September.
	 */
	ReviewProposals.Draft noticed() {
		return ReviewProposals.draft(agency())
			.step(SEP_1, ProcedureAct.FILING)
			.officer(SEP_1, ProcedureAct.ON_SITE_INSPECTION, two())
			.step(SEP_28, ProcedureAct.NOTICE_SERVED);
	}

	@Test
	void theDefencePeriodEndsOnTheWorkingSaturdayAfterTheHolidayAndTheDecisionMustFollowIt() {
		// 300,000 yuan gives the right to a hearing: 5 working days to state, defend and
		// ask
		ReviewProposals.Draft draft = noticed().fine(300_000);
		PreReviewFinding onTheLastDay = finding(draft.on(OCT_10).build(), Check.NOTICE_AND_DEFENCE);
		assertThat(onTheLastDay.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(onTheLastDay.detail()).contains("2026-10-10届满");
		assertThat(onTheLastDay.basis()).contains("第四十四条", "第六十二条");
		assertThat(finding(draft.on(OCT_10.plusDays(1)).build(), Check.NOTICE_AND_DEFENCE).outcome())
			.isEqualTo(Outcome.CONFORMS);
		// on a plain Monday–Friday count the period would have ended on 5 October
		assertThat(finding(draft.on(LocalDate.of(2026, 10, 8)).build(), Check.NOTICE_AND_DEFENCE).outcome())
			.isEqualTo(Outcome.PROBLEM);
	}

	@Test
	void noNoticeServedIsAProblemAndAWaiverOrAStatementAnswersIt() {
		ReviewProposals.Draft without = ReviewProposals.draft(agency()).step(SEP_1, ProcedureAct.FILING);
		assertThat(finding(without.build(), Check.NOTICE_AND_DEFENCE).outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(finding(noticed().build(), Check.NOTICE_AND_DEFENCE).outcome()).isEqualTo(Outcome.UNVERIFIABLE);
		assertThat(finding(noticed().step(SEP_28.plusDays(1), ProcedureAct.STATEMENT_WAIVED).build(),
				Check.NOTICE_AND_DEFENCE)
			.outcome()).isEqualTo(Outcome.CONFORMS);
		assertThat(finding(noticed().step(OCT_10, ProcedureAct.HEARING).heard().build(), Check.NOTICE_AND_DEFENCE)
			.detail()).contains("在听证中进行了陈述、申辩");
	}

	@Test
	void aHearingAskedForMustBeHeldWithItsReportAndNotifiedSevenWorkingDaysBefore() {
		LocalDate notified = LocalDate.of(2026, 10, 9);
		// 9 October + 7 working days (10 October worked) = 19 October
		ReviewProposals.Draft early = noticed().fine(300_000)
			.heard()
			.on(LocalDate.of(2026, 10, 26))
			.step(LocalDate.of(2026, 9, 30), ProcedureAct.HEARING_REQUESTED)
			.step(notified, ProcedureAct.HEARING_NOTICE_SERVED)
			.step(LocalDate.of(2026, 10, 16), ProcedureAct.HEARING)
			.step(LocalDate.of(2026, 10, 20), ProcedureAct.HEARING_REPORT);
		PreReviewFinding notice = finding(early.build(), Check.HEARING_NOTICE);
		assertThat(notice.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(notice.detail()).contains("最早可于2026-10-19");
		assertThat(finding(early.build(), Check.HEARING).outcome()).isEqualTo(Outcome.CONFORMS);

		ReviewProposals.Draft onTime = noticed().fine(300_000)
			.heard()
			.on(LocalDate.of(2026, 10, 26))
			.step(LocalDate.of(2026, 9, 30), ProcedureAct.HEARING_REQUESTED)
			.step(notified, ProcedureAct.HEARING_NOTICE_SERVED)
			.step(LocalDate.of(2026, 10, 19), ProcedureAct.HEARING);
		assertThat(finding(onTime.build(), Check.HEARING_NOTICE).outcome()).isEqualTo(Outcome.CONFORMS);
		PreReviewFinding noReport = finding(onTime.build(), Check.HEARING);
		assertThat(noReport.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(noReport.detail()).contains("没有听证报告");
		onTime.step(LocalDate.of(2026, 10, 20), ProcedureAct.HEARING_REPORT);
		assertThat(finding(onTime.build(), Check.HEARING).outcome()).isEqualTo(Outcome.CONFORMS);
	}

	@Test
	void aHearingRightNotAnsweredIsAProblemUntilTheRequestPeriodHasRunAndBelowTheAmountThereIsNone() {
		ReviewProposals.Draft requested = noticed().fine(300_000)
			.on(OCT_10.plusDays(2))
			.step(LocalDate.of(2026, 9, 30), ProcedureAct.HEARING_REQUESTED);
		assertThat(finding(requested.build(), Check.HEARING).outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(finding(noticed().fine(300_000).on(OCT_10).build(), Check.HEARING).outcome())
			.isEqualTo(Outcome.PROBLEM);
		assertThat(finding(noticed().fine(300_000).on(OCT_10.plusDays(2)).build(), Check.HEARING).outcome())
			.isEqualTo(Outcome.CONFORMS);
		// 200,000 yuan is not over the (exclusive) threshold; 200,001 is
		assertThat(finding(noticed().fine(200_000).on(OCT_10).build(), Check.HEARING).detail())
			.contains("不属于应当告知听证权利的情形");
		assertThat(finding(noticed().fine(200_001).on(OCT_10).build(), Check.HEARING).outcome())
			.isEqualTo(Outcome.PROBLEM);
		// a hearing stated in the snapshot but missing from the procedure
		assertThat(finding(noticed().heard().build(), Check.HEARING).outcome()).isEqualTo(Outcome.PROBLEM);
	}

	@Test
	void everyInvestigativeActNeedsTwoOfficersWhoseCertificateTheRegisterHoldsValidThatDay() {
		String expiredTheDayBefore = certificate(SEP_1.minusDays(1));
		String lastDay = certificate(SEP_1);
		String other = certificate(LocalDate.of(2030, 12, 31));
		PreReviewFinding expired = finding(ReviewProposals.draft(agency())
			.step(SEP_1, ProcedureAct.ON_SITE_INSPECTION, expiredTheDayBefore, other)
			.build(), Check.OFFICERS);
		assertThat(expired.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(expired.detail()).contains("2026-09-01不在有效期内");
		assertThat(expired.basis()).contains("第四十二条");
		// the register's names are 执法人员 + last digit; the draft names them 执法人员1, 执法人员2
		PreReviewFinding valid = finding(ReviewProposals.draft(agency())
			.officer(SEP_1, ProcedureAct.ON_SITE_INSPECTION,
					List.of(new ProposedDecision.Officer(registeredName(lastDay), lastDay),
							new ProposedDecision.Officer(registeredName(other), other)))
			.build(), Check.OFFICERS);
		assertThat(valid.outcome()).isEqualTo(Outcome.CONFORMS);
		assertThat(finding(ReviewProposals.draft(agency()).step(SEP_1, ProcedureAct.INQUIRY, other).build(),
				Check.OFFICERS)
			.detail()).contains("只有1名执法人员");
		assertThat(
				finding(ReviewProposals.draft(agency()).step(SEP_1, ProcedureAct.SAMPLING, other, "ZZ00000000").build(),
						Check.OFFICERS)
					.detail())
			.contains("未在执法人员名册中登记");
		assertThat(finding(ReviewProposals.draft(agency())
			.officer(SEP_1, ProcedureAct.ON_SITE_INSPECTION,
					List.of(new ProposedDecision.Officer("冒名", other),
							new ProposedDecision.Officer(registeredName(lastDay), lastDay)))
			.build(), Check.OFFICERS).detail()).contains("登记的持证人为");
	}

	String registeredName(String certificate) {
		return this.officers.byCertificateNumber(certificate).orElseThrow().name();
	}

	@Test
	void aSeizureNeedsAVideoOfThatDayInTheCatalogue() {
		PreReviewFinding none = finding(
				ReviewProposals.draft(agency()).officer(SEP_1, ProcedureAct.SEIZURE, two()).build(), Check.RECORDING);
		assertThat(none.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(none.detail()).contains("2026-09-01查封、扣押");
		assertThat(finding(noticed().build(), Check.RECORDING).outcome()).isEqualTo(Outcome.CONFORMS);
		// the rule itself, with the evidence module's answer given: a video of that day
		ProposedDecision seized = ReviewProposals.draft(agency()).step(SEP_1, ProcedureAct.SEIZURE).build();
		PreReviewChecks.Facts withVideo = facts(List.of(new PreReviewChecks.Video("音像-1", SEP_1)));
		assertThat(PreReviewChecks.recording(seized, withVideo).orElseThrow().outcome()).isEqualTo(Outcome.CONFORMS);
		PreReviewChecks.Facts dayBefore = facts(List.of(new PreReviewChecks.Video("音像-1", SEP_1.minusDays(1))));
		assertThat(PreReviewChecks.recording(seized, dayBefore).orElseThrow().outcome()).isEqualTo(Outcome.PROBLEM);
	}

	static PreReviewChecks.Facts facts(List<PreReviewChecks.Video> videos) {
		return new PreReviewChecks.Facts(null, Map.of(), Set.of(ProcedureAct.SEIZURE), videos, Map.of(), null);
	}

	@Test
	void thePartysCodeIsCheckedByItsCheckCharacter() {
		String good = ReviewProposals.CREDIT_CODE;
		String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		assertThat(
				finding(ReviewProposals.draft(agency()).party(PartyType.UNIT, bad).build(), Check.PARTY_CODE).outcome())
			.isEqualTo(Outcome.PROBLEM);
		assertThat(finding(ReviewProposals.draft(agency()).build(), Check.PARTY_CODE).outcome())
			.isEqualTo(Outcome.CONFORMS);
		String person = IdNumber.withCheckDigit("23100219900101123");
		assertThat(
				finding(ReviewProposals.draft(agency()).party(PartyType.INDIVIDUAL, person).build(), Check.PARTY_CODE)
					.outcome())
			.isEqualTo(Outcome.CONFORMS);
		assertThat(finding(ReviewProposals.draft(agency()).party(PartyType.INDIVIDUAL, "231002199001011230").build(),
				Check.PARTY_CODE)
			.outcome()).isEqualTo(person.endsWith("0") ? Outcome.CONFORMS : Outcome.PROBLEM);
	}

	@Test
	void aFineStatedWithoutAnAmountIsAProblem() {
		ReviewProposals.Draft zero = ReviewProposals.draft(agency());
		zero.fine = Money.ZERO;
		assertThat(finding(zero.build(), Check.AMOUNTS).outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(finding(ReviewProposals.draft(agency()).build(), Check.AMOUNTS).outcome())
			.isEqualTo(Outcome.CONFORMS);
	}

	@Test
	void theFineMustLieInTheBandUnlessReduced() {
		ProposedDecision.Discretion band = new ProposedDecision.Discretion("较重", "超标1.5倍", false, Money.yuan(50_000),
				Money.yuan(100_000));
		assertThat(finding(ReviewProposals.draft(agency()).discretion(band).build(), Check.DISCRETION).outcome())
			.isEqualTo(Outcome.CONFORMS);
		assertThat(finding(ReviewProposals.draft(agency()).discretion(band).fine(100_001).build(), Check.DISCRETION)
			.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(finding(ReviewProposals.draft(agency()).discretion(band).fine(40_000).build(), Check.DISCRETION)
			.outcome()).isEqualTo(Outcome.PROBLEM);
		ProposedDecision.Discretion reduced = new ProposedDecision.Discretion("较重", "主动消除危害后果", true,
				Money.yuan(50_000), Money.yuan(100_000));
		assertThat(finding(ReviewProposals.draft(agency()).discretion(reduced).fine(40_000).build(), Check.DISCRETION)
			.outcome()).isEqualTo(Outcome.CONFORMS);
		assertThat(finding(ReviewProposals.draft(agency()).build(), Check.DISCRETION).outcome())
			.isEqualTo(Outcome.UNVERIFIABLE);
	}

	@Test
	void aProvisionCitedInAVersionNotInForceIsAProblem() {
		assertThat(finding(noticed().build(), Check.PROVISIONS).outcome()).isEqualTo(Outcome.CONFORMS);
		PreReviewFinding old = finding(noticed().violated("《中华人民共和国水污染防治法》第十条", LocalDate.of(2008, 6, 1)).build(),
				Check.PROVISIONS);
		assertThat(old.outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(old.detail()).contains("2018-01-01起施行");
		assertThat(finding(noticed().violated("《某某未收录条例》第十条", LocalDate.of(2018, 1, 1)).build(), Check.PROVISIONS)
			.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
	}

	@Test
	void theDecisionMustComeWithinTheCaseHandlingPeriod() {
		// filed 1 September: 90 days end on 30 November; with both extensions 29 January
		assertThat(finding(noticed().on(LocalDate.of(2026, 11, 30)).build(), Check.CASE_HANDLING_PERIOD).outcome())
			.isEqualTo(Outcome.CONFORMS);
		assertThat(finding(noticed().on(LocalDate.of(2026, 12, 1)).build(), Check.CASE_HANDLING_PERIOD).outcome())
			.isEqualTo(Outcome.UNVERIFIABLE);
		ProposedDecision late = ReviewProposals.draft(agency())
			.step(LocalDate.of(2026, 3, 2), ProcedureAct.FILING)
			.on(LocalDate.of(2026, 8, 10))
			.build();
		assertThat(finding(late, Check.CASE_HANDLING_PERIOD).outcome()).isEqualTo(Outcome.PROBLEM);
		assertThat(finding(ReviewProposals.draft(agency()).build(), Check.CASE_HANDLING_PERIOD).outcome())
			.isEqualTo(Outcome.UNVERIFIABLE);
		// plainly within 90 days: no need of the next year's calendar (2027 is not
		// loaded)
		assertThat(finding(ReviewProposals.draft(agency())
			.step(LocalDate.of(2026, 11, 2), ProcedureAct.FILING)
			.on(LocalDate.of(2026, 12, 20))
			.build(), Check.CASE_HANDLING_PERIOD).outcome()).isEqualTo(Outcome.CONFORMS);
		// filed before any rule was in force: said in Chinese, without the rule's code
		PreReviewFinding noRule = finding(ReviewProposals.draft(agency())
			.step(LocalDate.of(2020, 3, 2), ProcedureAct.FILING)
			.on(LocalDate.of(2020, 5, 6))
			.build(), Check.CASE_HANDLING_PERIOD);
		assertThat(noRule.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
		assertThat(noRule.detail()).contains("期限规则").doesNotContainPattern("[A-Z_]{4,}");
	}

	@Test
	void jurisdictionSaysWhatIsMissing() {
		PreReviewFinding found = finding(noticed().build(), Check.JURISDICTION);
		assertThat(found.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
		assertThat(found.detail()).contains("权责清单");
	}

	@Test
	void submitAndResubmitStoreTheFindingsWithTheRoundAndThePageShowsThem() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		String subject = "PRE" + System.nanoTime();
		Map<String, Object> body = ReviewProposals.body(agency(), subject, "UNIT", "300000", false, List.of(), true);
		JsonNode submitted = post("/api/v1/review/requests", body, officer, 201);
		long id = submitted.get("id").asLong();
		JsonNode notice = check(submitted.at("/rounds/0/preReview"), "NOTICE_AND_DEFENCE");
		assertThat(notice.get("outcome").asString()).isEqualTo("PROBLEM");
		assertThat(notice.get("basis").asString()).contains("第四十四条");
		assertThat(check(submitted.at("/rounds/0/preReview"), "OFFICERS").get("outcome").asString())
			.isEqualTo("PROBLEM");

		String page = this.mvc.perform(get("/review/{id}", id).with(user(reviewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("自动预审", "告知与陈述申辩", "存在问题", "未告知当事人拟作出的处罚内容", "《中华人民共和国行政处罚法》第四十四条");
		// above the acts (taking, then the nine-point checklist)
		assertThat(page.indexOf("review-pre-review")).isPositive().isLessThan(page.indexOf("id=\"review-take\""));

		post("/api/v1/review/requests/" + id + "/take", Map.of(), reviewer, 200);
		String checklist = this.mvc.perform(get("/review/{id}", id).with(user(reviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checklist.indexOf("review-pre-review")).isPositive()
			.isLessThan(checklist.indexOf("id=\"review-opinion\""));
		post("/api/v1/review/requests/" + id + "/return", Map.of("findings", ReviewProposals.findings("PROCEDURE"),
				"problems", List.of(Map.of("type", "PROCEDURE", "advice", "补充告知书送达"))), reviewer, 200);
		LocalDate today = ReviewProposals.today();
		List<Object> procedure = new ArrayList<>((List<?>) body.get("procedure"));
		procedure.add(Map.of("date", today.minusDays(20).toString(), "act", "NOTICE_SERVED", "officers", List.of(),
				"note", "直接送达"));
		procedure.add(Map.of("date", today.minusDays(19).toString(), "act", "STATEMENT_WAIVED", "officers", List.of(),
				"note", "书面放弃"));
		procedure.add(Map.of("date", today.minusDays(19).toString(), "act", "HEARING_WAIVED", "officers", List.of(),
				"note", "书面放弃"));
		Map<String, Object> fixed = new java.util.HashMap<>(body);
		fixed.put("procedure", procedure);
		fixed.put("discretion", Map.of("band", "较重", "explanation", "超标1.5倍，属较重情节", "reduced", false, "minimum",
				"100000", "maximum", "500000"));
		JsonNode resubmitted = post("/api/v1/review/requests/" + id + "/resubmit",
				Map.of("decision", fixed, "answers", List.of("已补充告知书送达回证")), officer, 200);
		assertThat(check(resubmitted.at("/rounds/0/preReview"), "NOTICE_AND_DEFENCE").get("outcome").asString())
			.isEqualTo("PROBLEM");
		assertThat(check(resubmitted.at("/rounds/1/preReview"), "NOTICE_AND_DEFENCE").get("outcome").asString())
			.isEqualTo("CONFORMS");
		assertThat(check(resubmitted.at("/rounds/0/preReview"), "DISCRETION").get("outcome").asString())
			.isEqualTo("UNVERIFIABLE");
		assertThat(check(resubmitted.at("/rounds/1/preReview"), "DISCRETION").get("outcome").asString())
			.isEqualTo("CONFORMS");
		assertThat(resubmitted.get("changes").toString()).contains("裁量幅度", "100000.00 - 500000.00");
	}

	static JsonNode check(JsonNode findings, String check) {
		for (JsonNode finding : findings) {
			if (finding.get("check").asString().equals(check)) {
				return finding;
			}
		}
		throw new AssertionError("no finding " + check + " in " + findings);
	}

	JsonNode post(String path, Object body, SanxiangPrincipal who, int expected) throws Exception {
		String response = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(who))
				.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

}
