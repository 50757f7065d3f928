package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeUnit;
import org.sanxiang.core.CreditCode;
import org.sanxiang.core.IdNumber;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.PreReviewFinding.Check;
import org.sanxiang.review.ProposedDecision.ProcedureStep;

/**
 * The rules of the automatic pre-review, one small method per rule. Each judges the
 * snapshot with the facts the registers gave ({@link Facts}) and nothing else: no check
 * reads a table, so each is a plain function of its input.
 */
final class PreReviewChecks {

	/** The acts of investigation (调查取证) that need two certified officers. */
	static final Set<ProcedureAct> INVESTIGATIVE = EnumSet.of(ProcedureAct.ON_SITE_INSPECTION, ProcedureAct.INQUIRY,
			ProcedureAct.SAMPLING, ProcedureAct.EVIDENCE_PRESERVATION, ProcedureAct.SEIZURE);

	/**
	 * The decisions after which the party may ask for a hearing whatever the amount
	 * (行政处罚法 第六十三条; 生态环境行政处罚办法 第四十六条; 限制生产、停产整治办法).
	 */
	static final Set<DecisionAction> HEARING_ACTIONS = EnumSet.of(DecisionAction.REDUCE_QUALIFICATION,
			DecisionAction.REVOKE_PERMIT, DecisionAction.BAR_FROM_APPLYING, DecisionAction.RESTRICT_PRODUCTION,
			DecisionAction.SUSPEND_FOR_RECTIFICATION, DecisionAction.SUSPEND_OR_CLOSE,
			DecisionAction.RESTRICT_PRACTICE);

	/** What is not an administrative penalty (no 事先告知 of 第四十四条). */
	static final Set<DecisionAction> NOT_PENALTIES = EnumSet.of(DecisionAction.SEIZURE,
			DecisionAction.LICENCE_REVOCATION, DecisionAction.LICENCE_REFUSAL);

	private PreReviewChecks() {
	}

	/**
	 * What the registers know about the snapshot.
	 *
	 * @param periods the official calendar's time limits: rule code, start, extensions
	 * granted → the deadline
	 * @param certificates the officer register's entry for each 执法证号 named (absent: not
	 * registered)
	 * @param videoRequired the acts the recording policy says must be filmed throughout
	 * @param videos the audio-visual items of the snapshot's evidence catalogue that the
	 * evidence module holds for the deciding record, or empty if it holds none
	 * @param provisions for each provision cited, what the legal texts say of it
	 * @param hearing the amounts from which a fine or a confiscation gives the right to a
	 * hearing
	 */
	record Facts(Periods periods, Map<String, Certificate> certificates, Set<ProcedureAct> videoRequired,
			List<Video> videos, Map<ProposedDecision.Provision, ProvisionFacts> provisions, HearingThresholds hearing) {
	}

	/** The calendar's time limits. */
	interface Periods {

		/** The rule in force on {@code date}. */
		TimeLimitRule rule(String rule, LocalDate date);

		/** The deadline of the rule from {@code start} with the extensions granted. */
		Deadline of(String rule, LocalDate start, int extensionsGranted);

	}

	/**
	 * An officer as the register has them: name, agency, certificate validity, and
	 * whether the certificate's status is 有效 now (not 暂扣 or 注销; the register keeps only
	 * the current status).
	 */
	record Certificate(String name, long agencyId, LocalDate validFrom, LocalDate validTo, boolean statusValid) {
	}

	/** An audio-visual item of the catalogue: its number and the day it was recorded. */
	record Video(String number, LocalDate recordedOn) {
	}

	/**
	 * A cited provision: the version (施行日期) in force on the act date and on the decision
	 * date, or why the texts cannot tell.
	 */
	record ProvisionFacts(LocalDate onActDate, LocalDate onDecisionDate, String unknown) {

		static ProvisionFacts unknown(String why) {
			return new ProvisionFacts(null, null, why);
		}

	}

	/**
	 * Every check, in the order a reviewer reads them; a check that cannot run says so.
	 */
	static List<PreReviewFinding> all(ProposedDecision d, Facts f) {
		List<PreReviewFinding> findings = new ArrayList<>();
		run(findings, Check.CASE_HANDLING_PERIOD, () -> caseHandling(d, f));
		run(findings, Check.NOTICE_AND_DEFENCE, () -> noticeAndDefence(d, f));
		run(findings, Check.HEARING, () -> hearing(d, f));
		run(findings, Check.HEARING_NOTICE, () -> hearingNotice(d, f));
		run(findings, Check.OFFICERS, () -> officers(d, f));
		run(findings, Check.RECORDING, () -> recording(d, f));
		run(findings, Check.PARTY_CODE, () -> partyCode(d));
		run(findings, Check.AMOUNTS, () -> amounts(d));
		run(findings, Check.DISCRETION, () -> discretion(d));
		run(findings, Check.PROVISIONS, () -> provisions(d, f));
		run(findings, Check.JURISDICTION, () -> jurisdiction(d));
		return findings;
	}

	private static void run(List<PreReviewFinding> findings, Check check,
			java.util.function.Supplier<Optional<PreReviewFinding>> rule) {
		try {
			rule.get().ifPresent(findings::add);
		}
		catch (RuleViolation ex) {
			// e.g. the calendar of a year not loaded, or no time-limit rule in force then
			findings.add(PreReviewFinding.unverifiable(check,
					"TIME_LIMIT_RULE_UNKNOWN".equals(ex.code()) ? "拟作决定所涉日期没有适用的法定期限规则，无法计算期限" : ex.getMessage()));
		}
	}

	/** 办案期限: the decision within 90 days of 立案 (+30, +30 with approval). */
	static Optional<PreReviewFinding> caseHandling(ProposedDecision d, Facts f) {
		Check check = Check.CASE_HANDLING_PERIOD;
		Optional<ProcedureStep> filing = first(d, ProcedureAct.FILING);
		if (filing.isEmpty()) {
			return Optional.of(PreReviewFinding.unverifiable(check, "程序记录中没有立案日期，无法计算办案期限"));
		}
		LocalDate filed = filing.get().date();
		TimeLimitRule rule = f.periods().rule("CASE_HANDLING", filed);
		if (rule.unit() == TimeUnit.CALENDAR_DAYS && !d.decisionDate().isAfter(filed.plusDays(rule.amount()))) {
			// a period ending on a holiday only grows: no need of next year's calendar
			return Optional.of(PreReviewFinding.conforms(check,
					"自立案之日（" + filed + "）起" + rule.describe() + "，拟决定日期" + d.decisionDate() + "在期限内"));
		}
		Deadline plain = f.periods().of("CASE_HANDLING", filed, 0);
		String limit = "自立案之日（" + filed + "）起" + plain.rule().describe() + "，期限届满日" + plain.due();
		if (!d.decisionDate().isAfter(plain.due())) {
			return Optional.of(PreReviewFinding.conforms(check, limit + "；拟决定日期" + d.decisionDate() + "在期限内"));
		}
		Deadline longest = f.periods().of("CASE_HANDLING", filed, plain.rule().extensions().size());
		if (!d.decisionDate().isAfter(longest.due()) || d.hearingHeld()) {
			return Optional.of(PreReviewFinding.unverifiable(check,
					limit + "；拟决定日期" + d.decisionDate() + "已超过该期限，快照未载明延长期限的批准或不计入期限的期间（中止、听证、公告、监测、鉴定、送达等），请核实"));
		}
		return Optional.of(PreReviewFinding.problem(check,
				limit + "，经批准延长后最迟至" + longest.due() + "；拟决定日期" + d.decisionDate() + "已超过，除有不计入办案期限的期间外，已超过法定办案期限"));
	}

	/**
	 * 告知与陈述申辩: the notice served before the decision, and the time to state and defend
	 * run (the 5 working days to ask for a hearing where a hearing is due) or the party
	 * waived it.
	 */
	static Optional<PreReviewFinding> noticeAndDefence(ProposedDecision d, Facts f) {
		Check check = Check.NOTICE_AND_DEFENCE;
		if (!isPenalty(d)) {
			return Optional.empty();
		}
		Optional<ProcedureStep> served = last(d, ProcedureAct.NOTICE_SERVED);
		if (served.isEmpty()) {
			return Optional
				.of(PreReviewFinding.problem(check, "程序记录中没有行政处罚事先告知书的送达，未告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩的权利，不得作出行政处罚决定"));
		}
		LocalDate on = served.get().date();
		if (!on.isBefore(d.decisionDate())) {
			return Optional.of(PreReviewFinding.problem(check,
					"告知书送达日期（" + on + "）不早于拟决定日期（" + d.decisionDate() + "），当事人没有陈述、申辩的时间"));
		}
		Optional<ProcedureStep> waived = firstFrom(d, ProcedureAct.STATEMENT_WAIVED, on);
		Optional<ProcedureStep> stated = firstFrom(d, ProcedureAct.STATEMENT, on);
		if (hearingReason(d, f).isPresent()) {
			Deadline period = f.periods().of("HEARING_REQUEST", on, 0);
			String text = "告知书于" + on + "送达，陈述、申辩和要求听证的期限（" + period.rule().describe() + "）于" + period.due() + "届满";
			if (d.decisionDate().isAfter(period.due())) {
				return Optional.of(PreReviewFinding.conforms(check, text + "；拟决定日期" + d.decisionDate() + "在期限届满之后"));
			}
			boolean hearingWaived = firstFrom(d, ProcedureAct.HEARING_WAIVED, on).isPresent();
			if (waived.isPresent() && hearingWaived) {
				return Optional
					.of(PreReviewFinding.conforms(check, text + "；当事人已于" + waived.get().date() + "放弃陈述、申辩，并放弃听证"));
			}
			return Optional.of(PreReviewFinding.problem(check,
					text + "；拟决定日期" + d.decisionDate() + "在期限届满之前，当事人也未放弃陈述、申辩和听证，期限届满前不得作出决定"));
		}
		if (waived.isPresent()) {
			return Optional
				.of(PreReviewFinding.conforms(check, "告知书于" + on + "送达；当事人于" + waived.get().date() + "放弃陈述、申辩"));
		}
		Optional<ProcedureStep> heard = firstFrom(d, ProcedureAct.HEARING, on);
		if (heard.isPresent() && heard.get().date().isBefore(d.decisionDate())) {
			return Optional
				.of(PreReviewFinding.conforms(check, "告知书于" + on + "送达；当事人于" + heard.get().date() + "在听证中进行了陈述、申辩"));
		}
		if (stated.isPresent() && stated.get().date().isBefore(d.decisionDate())) {
			return Optional.of(PreReviewFinding.conforms(check,
					"告知书于" + on + "送达；当事人于" + stated.get().date() + "进行了陈述、申辩，请核对复核意见（不得因陈述、申辩加重处罚）"));
		}
		return Optional.of(PreReviewFinding.unverifiable(check,
				"告知书于" + on + "送达；程序记录中没有当事人陈述、申辩或者放弃陈述、申辩的记录，法律未规定统一的陈述、申辩期限，请核对告知书载明的期限是否已届满"));
	}

	/**
	 * 听证: where the law gives the right to a hearing, a hearing held (with its report)
	 * before the decision, waived, or not asked for within 5 working days of the notice.
	 */
	static Optional<PreReviewFinding> hearing(ProposedDecision d, Facts f) {
		Check check = Check.HEARING;
		Optional<String> reason = hearingReason(d, f);
		Optional<ProcedureStep> held = last(d, ProcedureAct.HEARING);
		if (reason.isEmpty()) {
			if (d.hearingHeld() != held.isPresent()) {
				return Optional.of(PreReviewFinding.problem(check,
						d.hearingHeld() ? "快照载明经过听证，但程序记录中没有听证" : "程序记录中有听证（" + held.get().date() + "），但快照载明未经听证"));
			}
			return Optional.of(PreReviewFinding.conforms(check,
					"不属于应当告知听证权利的情形（" + hearingScope(d, f) + "）" + (held.isPresent() ? "；已组织听证" : "")));
		}
		String right = "当事人有权要求听证：" + reason.get();
		if (held.isPresent()) {
			List<String> problems = new ArrayList<>();
			if (!d.hearingHeld()) {
				problems.add("程序记录中有听证，但快照载明未经听证");
			}
			if (!held.get().date().isBefore(d.decisionDate())) {
				problems.add("听证日期（" + held.get().date() + "）不早于拟决定日期");
			}
			Optional<ProcedureStep> report = firstFrom(d, ProcedureAct.HEARING_REPORT, held.get().date());
			if (report.isEmpty()) {
				problems.add("没有听证报告");
			}
			else if (report.get().date().isAfter(d.decisionDate())) {
				problems.add("听证报告日期（" + report.get().date() + "）晚于拟决定日期");
			}
			return Optional.of(problems.isEmpty()
					? PreReviewFinding.conforms(check,
							right + "；已于" + held.get().date() + "举行听证，并于" + report.get().date() + "作出听证报告")
					: PreReviewFinding.problem(check, right + "；" + String.join("；", problems)));
		}
		if (d.hearingHeld()) {
			return Optional.of(PreReviewFinding.problem(check, right + "；快照载明经过听证，但程序记录中没有听证"));
		}
		Optional<ProcedureStep> waived = last(d, ProcedureAct.HEARING_WAIVED);
		if (waived.isPresent()) {
			return Optional.of(PreReviewFinding.conforms(check, right + "；当事人于" + waived.get().date() + "放弃听证"));
		}
		Optional<ProcedureStep> requested = last(d, ProcedureAct.HEARING_REQUESTED);
		if (requested.isPresent()) {
			return Optional
				.of(PreReviewFinding.problem(check, right + "；当事人于" + requested.get().date() + "要求听证，尚未举行听证，不得作出决定"));
		}
		Optional<ProcedureStep> served = last(d, ProcedureAct.NOTICE_SERVED);
		if (served.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, right + "；程序记录中没有告知书送达，未告知听证权利"));
		}
		Deadline period = f.periods().of("HEARING_REQUEST", served.get().date(), 0);
		if (d.decisionDate().isAfter(period.due())) {
			return Optional.of(PreReviewFinding.conforms(check,
					right + "；告知书于" + served.get().date() + "送达，当事人在期限（" + period.due() + "届满）内未要求听证"));
		}
		return Optional.of(PreReviewFinding.problem(check, right + "；告知书于" + served.get().date() + "送达，要求听证的期限至"
				+ period.due() + "届满，拟决定日期" + d.decisionDate() + "在期限届满之前"));
	}

	/** 听证通知: served at least 7 working days before the hearing. */
	static Optional<PreReviewFinding> hearingNotice(ProposedDecision d, Facts f) {
		Check check = Check.HEARING_NOTICE;
		Optional<ProcedureStep> held = last(d, ProcedureAct.HEARING);
		if (held.isEmpty()) {
			return Optional.empty();
		}
		Optional<ProcedureStep> notice = d.procedure()
			.stream()
			.filter((s) -> s.act() == ProcedureAct.HEARING_NOTICE_SERVED && !s.date().isAfter(held.get().date()))
			.max(Comparator.comparing(ProcedureStep::date));
		if (notice.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, "程序记录中没有听证通知的送达，听证于" + held.get().date() + "举行"));
		}
		Deadline wait = f.periods().of("HEARING_NOTICE", notice.get().date(), 0);
		String text = "听证通知于" + notice.get().date() + "送达，最早可于" + wait.due() + "举行听证（" + wait.rule().describe() + "）";
		if (held.get().date().isBefore(wait.due())) {
			return Optional.of(PreReviewFinding.problem(check, text + "；听证于" + held.get().date() + "举行，通知不足七个工作日"));
		}
		return Optional.of(PreReviewFinding.conforms(check, text + "；听证于" + held.get().date() + "举行"));
	}

	/**
	 * 执法人员: at least two officers on every act of investigation, each holding a
	 * certificate of this agency valid on the act's date as the register has it.
	 */
	static Optional<PreReviewFinding> officers(ProposedDecision d, Facts f) {
		Check check = Check.OFFICERS;
		List<ProcedureStep> acts = d.procedure().stream().filter((s) -> INVESTIGATIVE.contains(s.act())).toList();
		if (acts.isEmpty()) {
			return Optional.of(PreReviewFinding.unverifiable(check, "程序记录中没有现场检查、调查询问、采样、先行登记保存或查封扣押等调查取证环节"));
		}
		List<String> problems = new ArrayList<>();
		List<String> doubts = new ArrayList<>();
		for (ProcedureStep step : acts) {
			String act = step.date() + step.act().chineseName();
			if (step.officers().size() < 2) {
				problems.add(act + "只有" + step.officers().size() + "名执法人员（不得少于两人）");
			}
			for (ProposedDecision.Officer officer : step.officers()) {
				String who = act + "的" + officer.name();
				if (officer.certificate().isEmpty()) {
					problems.add(who + "未注明执法证号");
					continue;
				}
				Certificate registered = f.certificates().get(officer.certificate());
				if (registered == null) {
					problems.add(who + "的执法证号" + officer.certificate() + "未在执法人员名册中登记");
					continue;
				}
				if (!registered.name().equals(officer.name())) {
					problems.add(who + "：执法证号" + officer.certificate() + "登记的持证人为" + registered.name());
				}
				if (registered.agencyId() != d.agencyId()) {
					problems.add(who + "：执法证号" + officer.certificate() + "不属于本机关的执法人员");
				}
				if (step.date().isBefore(registered.validFrom()) || step.date().isAfter(registered.validTo())) {
					problems.add(who + "：执法证有效期为" + registered.validFrom() + "至" + registered.validTo() + "，"
							+ step.date() + "不在有效期内");
				}
				else if (!registered.statusValid()) {
					doubts
						.add(who + "：执法证号" + officer.certificate() + "现已暂扣或注销，名册只记载当前状态，请核实" + step.date() + "时证件是否有效");
				}
			}
		}
		if (!problems.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, String.join("；", problems)));
		}
		if (!doubts.isEmpty()) {
			return Optional.of(PreReviewFinding.unverifiable(check, String.join("；", doubts)));
		}
		return Optional.of(PreReviewFinding.conforms(check, acts.size() + "个调查取证环节均有两名以上执法人员，执法证经名册核对，在当日有效"));
	}

	/**
	 * 音像记录: an act the recording policy says must be filmed throughout has a video of
	 * that day in the evidence catalogue.
	 */
	static Optional<PreReviewFinding> recording(ProposedDecision d, Facts f) {
		Check check = Check.RECORDING;
		List<ProcedureStep> acts = d.procedure().stream().filter((s) -> f.videoRequired().contains(s.act())).toList();
		if (acts.isEmpty()) {
			return Optional.of(PreReviewFinding.conforms(check, "程序记录中没有按规定应当全程音像记录的环节"));
		}
		List<String> missing = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (ProcedureStep step : acts) {
			List<String> numbers = f.videos()
				.stream()
				.filter((v) -> v.recordedOn().equals(step.date()))
				.map(Video::number)
				.toList();
			if (numbers.isEmpty()) {
				missing.add(step.date() + step.act().chineseName());
			}
			else {
				found.add(step.date() + step.act().chineseName() + "（" + String.join("、", numbers) + "）");
			}
		}
		if (!missing.isEmpty()) {
			return Optional
				.of(PreReviewFinding.problem(check, String.join("、", missing) + "按规定应当全程音像记录，证据目录中没有当日录制并在证据库登记的音像记录"));
		}
		return Optional
			.of(PreReviewFinding.conforms(check, String.join("、", found) + "有当日的音像记录；快照未记载各环节的起止时间，是否全程无间断以执法记录为准"));
	}

	/** 当事人证照号码: a unit's credit code, a person's identity number, well formed. */
	static Optional<PreReviewFinding> partyCode(ProposedDecision d) {
		Check check = Check.PARTY_CODE;
		String code = d.party().code();
		if (code.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, "未填写当事人的统一社会信用代码或身份证件号码"));
		}
		if (d.party().type() == PartyType.UNIT) {
			return Optional.of(CreditCode.check(code)
				.map((v) -> PreReviewFinding.problem(check, "统一社会信用代码" + code + "：" + v.getMessage()))
				.orElseGet(() -> PreReviewFinding.conforms(check, "统一社会信用代码" + code + "格式和校验码正确")));
		}
		if (code.length() == 18 && CreditCode.check(code).isEmpty()) {
			return Optional.of(PreReviewFinding.conforms(check, "统一社会信用代码" + code + "格式和校验码正确（个体工商户）"));
		}
		return Optional.of(IdNumber.check(code, d.decisionDate())
			.map((v) -> PreReviewFinding.problem(check, "身份证件号码：" + v.getMessage()))
			.orElseGet(() -> PreReviewFinding.conforms(check, "公民身份号码格式和校验码正确")));
	}

	/** 决定内容与金额: a fine or a confiscation stated has its amount, and the reverse. */
	static Optional<PreReviewFinding> amounts(ProposedDecision d) {
		Check check = Check.AMOUNTS;
		List<String> problems = new ArrayList<>();
		boolean fines = d.actions().contains(DecisionAction.FINE)
				|| d.actions().contains(DecisionAction.DAILY_CONTINUING_FINE);
		if (fines && d.fine().amount().signum() == 0) {
			problems.add("决定内容包含罚款，但罚款金额为零");
		}
		if (d.actions().contains(DecisionAction.CONFISCATE_GAINS) && d.confiscated().amount().signum() == 0) {
			problems.add("决定内容包含没收违法所得，但没收金额为零");
		}
		if (!problems.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, String.join("；", problems)));
		}
		return Optional.of(PreReviewFinding.conforms(check,
				"决定内容（" + String.join("、", d.actions().stream().sorted().map(DecisionAction::chineseName).toList())
						+ "）与罚款" + AmountThreshold.yuan(d.fine()) + "、没收" + AmountThreshold.yuan(d.confiscated())
						+ "一致"));
	}

	/** 裁量幅度: the fine within the band chosen (below it only when reduced, 减轻). */
	static Optional<PreReviewFinding> discretion(ProposedDecision d) {
		Check check = Check.DISCRETION;
		if (!d.actions().contains(DecisionAction.FINE)) {
			return Optional.empty();
		}
		ProposedDecision.Discretion band = d.discretion();
		if (band.band().isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, "未载明所适用的裁量阶次"));
		}
		if (band.minimum() == null || band.maximum() == null) {
			return Optional.of(PreReviewFinding.unverifiable(check,
					"快照只载明裁量阶次（" + band.band() + "），未载明该阶次的罚款幅度，请对照裁量基准核对罚款" + AmountThreshold.yuan(d.fine())));
		}
		String range = "裁量阶次“" + band.band() + "”的罚款幅度为" + AmountThreshold.yuan(band.minimum()) + "至"
				+ AmountThreshold.yuan(band.maximum()) + "，拟罚款" + AmountThreshold.yuan(d.fine());
		if (d.fine().compareTo(band.maximum()) > 0) {
			return Optional.of(PreReviewFinding.problem(check, range + "，超过该阶次上限"));
		}
		if (d.fine().compareTo(band.minimum()) < 0) {
			return Optional
				.of(band.reduced() ? PreReviewFinding.conforms(check, range + "，低于该阶次下限，属减轻处罚，请核对减轻的法定情形（第三十二条）")
						: PreReviewFinding.problem(check, range + "，低于该阶次下限，且未载明减轻处罚"));
		}
		return Optional.of(PreReviewFinding.conforms(check, range + "，在幅度内"));
	}

	/**
	 * 所引条款版本: each provision cited in the version in force when the act was done (the
	 * first act of the procedure), or in the later version in force on the decision date
	 * (从旧兼从轻).
	 */
	static Optional<PreReviewFinding> provisions(ProposedDecision d, Facts f) {
		Check check = Check.PROVISIONS;
		List<String> problems = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> newer = new ArrayList<>();
		Map<ProposedDecision.Provision, Boolean> seen = new LinkedHashMap<>();
		d.violated().forEach((p) -> seen.put(p, true));
		d.penaltyBasis().forEach((p) -> seen.put(p, true));
		LocalDate actDate = actDate(d);
		for (ProposedDecision.Provision provision : seen.keySet()) {
			ProvisionFacts facts = f.provisions().get(provision);
			if (facts == null || facts.unknown() != null) {
				unknown.add(provision.citation() + "（" + ((facts == null) ? "未核对" : facts.unknown()) + "）");
			}
			else if (provision.version().equals(facts.onActDate())) {
				continue;
			}
			else if (provision.version().equals(facts.onDecisionDate())) {
				newer.add(provision.citation());
			}
			else {
				problems.add(provision.citation() + "引用的是" + provision.version() + "施行的版本，" + actDate + "有效的版本自"
						+ facts.onActDate() + "起施行");
			}
		}
		String when = "以程序记录中最早的环节日期（" + actDate + "）作为违法行为发现之日核对";
		if (!problems.isEmpty()) {
			return Optional.of(PreReviewFinding.problem(check, String.join("；", problems) + "（" + when + "）"));
		}
		if (!unknown.isEmpty()) {
			return Optional.of(PreReviewFinding.unverifiable(check, "法律法规库中无法核对：" + String.join("；", unknown)));
		}
		return Optional.of(PreReviewFinding.conforms(check, seen.size() + "个条款所引版本与当时有效的版本一致（" + when + "）"
				+ (newer.isEmpty() ? "" : "；" + String.join("、", newer) + "引用作出决定时有效的新版本，请在裁量说明中说明从轻适用的理由")));
	}

	/** 管辖权限: the snapshot does not name the matter of the 权责清单 it decides. */
	static Optional<PreReviewFinding> jurisdiction(ProposedDecision d) {
		return Optional.of(PreReviewFinding.unverifiable(Check.JURISDICTION,
				"快照未载明所属的权责清单事项及违法行为发生地，无法核对本机关是否有权作出该决定，请对照本机关权责清单核对"));
	}

	/** The day the act is taken to have been done: the first act of the procedure. */
	static LocalDate actDate(ProposedDecision d) {
		return d.procedure().stream().map(ProcedureStep::date).min(Comparator.naturalOrder()).orElse(d.decisionDate());
	}

	/** Why the party may ask for a hearing, if it may. */
	static Optional<String> hearingReason(ProposedDecision d, Facts f) {
		List<String> reasons = new ArrayList<>();
		d.actions()
			.stream()
			.filter(HEARING_ACTIONS::contains)
			.sorted()
			.forEach((a) -> reasons.add("拟" + a.chineseName()));
		AmountThreshold threshold = f.hearing().of(d.party().type());
		if (d.fine().amount().signum() > 0 && threshold.reachedBy(d.fine())) {
			reasons.add("罚款" + AmountThreshold.yuan(d.fine()) + "属较大数额（" + d.party().type().chineseName()
					+ threshold.describe() + "）");
		}
		if (d.confiscated().amount().signum() > 0 && threshold.reachedBy(d.confiscated())) {
			reasons.add("没收" + AmountThreshold.yuan(d.confiscated()) + "属较大数额（" + d.party().type().chineseName()
					+ threshold.describe() + "）");
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("；", reasons));
	}

	private static String hearingScope(ProposedDecision d, Facts f) {
		return d.party().type().chineseName() + "较大数额标准为" + f.hearing().of(d.party().type()).describe() + "，罚款"
				+ AmountThreshold.yuan(d.fine()) + "、没收" + AmountThreshold.yuan(d.confiscated());
	}

	private static boolean isPenalty(ProposedDecision d) {
		return d.actions().stream().anyMatch((a) -> !NOT_PENALTIES.contains(a));
	}

	private static Optional<ProcedureStep> first(ProposedDecision d, ProcedureAct act) {
		return d.procedure().stream().filter((s) -> s.act() == act).min(Comparator.comparing(ProcedureStep::date));
	}

	private static Optional<ProcedureStep> last(ProposedDecision d, ProcedureAct act) {
		return d.procedure().stream().filter((s) -> s.act() == act).max(Comparator.comparing(ProcedureStep::date));
	}

	private static Optional<ProcedureStep> firstFrom(ProposedDecision d, ProcedureAct act, LocalDate from) {
		return d.procedure()
			.stream()
			.filter((s) -> s.act() == act && !s.date().isBefore(from))
			.min(Comparator.comparing(ProcedureStep::date));
	}

}
