package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.review.GateAnswer;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewFlag;

/**
 * The law's gates on a penalty case, each a named policy that cites its article and
 * explains a refusal in Chinese. {@link PenaltyCase} asks every gate of its
 * {@link CaseRules} that applies to an act before recording it; a refusal is a
 * {@code RuleViolation} with the code {@code CASE_GATE_<name>}.
 */
public enum Gate {

	/** 归档的案卷不得变更. */
	ARCHIVED_UNCHANGEABLE("《中华人民共和国行政处罚法》第四十七条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return true;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			return (kase.stage() == Stage.ARCHIVED) ? "案件已归档，案卷不得再作任何变更" : null;
		}
	},

	/** 执法人员不得少于两人，且须具有行政执法资格（执法证在行为之日有效）. */
	QUALIFIED_OFFICERS("《中华人民共和国行政处罚法》第四十二条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act.investigative();
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			LocalDate on = attempt.acting().on();
			Set<Long> qualified = new HashSet<>();
			List<String> unqualified = new java.util.ArrayList<>();
			for (ActingOfficer officer : attempt.officers()) {
				if (officer.validOn(on)) {
					qualified.add(officer.officerId());
				}
				else {
					unqualified.add(officer.name() + "（" + officer.certificate() + "）");
				}
			}
			if (!unqualified.isEmpty()) {
				return "执法证在" + on + "无效的人员不得从事调查取证：" + String.join("、", unqualified);
			}
			return (qualified.size() < 2) ? "调查取证的执法人员不得少于两人，且须持有当日有效的执法证" : null;
		}
	},

	/** 与案件有直接利害关系的，应当回避；已决定回避的执法人员不得参与调查. */
	RECUSAL("《中华人民共和国行政处罚法》第四十三条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act.investigative();
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			List<String> recused = attempt.officers()
				.stream()
				.filter((officer) -> kase.recusedOfficerIds().contains(officer.officerId()))
				.map(ActingOfficer::name)
				.toList();
			return recused.isEmpty() ? null : "已决定回避的执法人员不得参与本案调查：" + String.join("、", recused);
		}
	},

	/**
	 * 作出决定前须告知并送达，陈述申辩期（含申请听证期）届满或当事人明确放弃. The period is
	 * {@link #DEFENCE_PERIOD_WORKING_DAYS} working days from service, the time the party
	 * has to ask for a hearing (第六十四条第一项).
	 */
	NOTICE_AND_DEFENCE("《中华人民共和国行政处罚法》第四十四条、第六十二条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (kase.notified() == null || kase.noticeServedOn() == null) {
				return "作出行政处罚决定之前，应当告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利，并送达告知书";
			}
			if (kase.defenceWaived()) {
				return null;
			}
			LocalDate end = rules.days().addWorkingDays(kase.noticeServedOn(), DEFENCE_PERIOD_WORKING_DAYS);
			return attempt.acting().on().isAfter(end) ? null : "当事人的陈述、申辩期至" + end + "届满，届满前或者当事人明确放弃前不得作出决定";
		}
	},

	/** 当事人要求听证的，应当在告知后五日内提出. */
	HEARING_REQUEST_WINDOW("《中华人民共和国行政处罚法》第六十四条第一项") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.REQUEST_HEARING;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (kase.noticeServedOn() == null) {
				return "告知书送达后方可申请听证";
			}
			LocalDate end = rules.days().addWorkingDays(kase.noticeServedOn(), 5);
			return attempt.acting().on().isAfter(end) ? "听证申请应当在告知书送达后五个工作日内（" + end + "前）提出" : null;
		}
	},

	/** 应当在举行听证的七日前通知当事人听证的时间、地点；须有听证笔录和听证报告. */
	HEARING_NOTICE_PERIOD("《中华人民共和国行政处罚法》第六十四条第二项、第八项") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.HOLD_HEARING;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			Hearing hearing = attempt.hearing();
			if (hearing == null || hearing.noticeServedOn() == null) {
				return "请填写听证通知送达日期";
			}
			LocalDate earliest = rules.days().addWorkingDays(hearing.noticeServedOn(), 7);
			if (attempt.acting().on().isBefore(earliest)) {
				return "听证通知应当在举行听证的七个工作日前送达，本次听证最早可于" + earliest + "举行";
			}
			if (hearing.recordDocumentId() == null || hearing.reportDocumentId() == null) {
				return "举行听证须有听证笔录和听证报告";
			}
			return null;
		}
	},

	/** 当事人要求听证的，听证举行完毕（或当事人放弃）后方可作出决定. */
	HEARING_HELD_OR_WAIVED("《中华人民共和国行政处罚法》第六十三条、第六十五条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (kase.hearingRequestedOn() == null || kase.hearingHeldOn() != null || kase.hearingWaived()) {
				return null;
			}
			return "当事人已申请听证，听证结束（或当事人放弃听证）前不得作出决定";
		}
	},

	/** 不得因当事人陈述、申辩而给予更重的处罚. */
	NOT_HEAVIER("《中华人民共和国行政处罚法》第四十五条第二款") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (kase.notified() == null) {
				return null;
			}
			Penalty decided = Penalty.of(attempt.decision());
			return decided.heavierThan(kase.notified())
					? "决定的处罚（" + decided.text() + "）重于告知的处罚（" + kase.notified().text() + "）；如须加重，应当重新告知" : null;
		}
	},

	/** 须经法制审核的，未经审核或者审核未通过的，不得作出决定（须为审核通过的同一内容）. */
	LEGAL_REVIEW("《中华人民共和国行政处罚法》第五十八条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			GateAnswer answer = rules.review().mayDecide(attempt.decision());
			return answer.allowed() ? null : answer.reason();
		}
	},

	/** 情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定. */
	COLLECTIVE_DISCUSSION("《中华人民共和国行政处罚法》第五十七条第二款；《生态环境行政处罚办法》第五十二条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (!discussionRequired(attempt.decision())) {
				return null;
			}
			return attempt.decision().digest().equals(kase.discussedDigest()) ? null
					: "该决定须经机关负责人集体讨论，尚无对这一决定内容同意的集体讨论记录";
		}
	},

	/**
	 * 行政处罚决定（含不予处罚）、回避、集体讨论由行政机关负责人作出；强制执行申请书由行政机关负责人签名.
	 */
	AGENCY_HEAD("《中华人民共和国行政处罚法》第四十三条第三款、第五十七条；《中华人民共和国行政强制法》第五十五条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE || act == CaseAct.NOT_PUNISH || act == CaseAct.RECORD_RECUSAL
					|| act == CaseAct.GRANT_PAYMENT_PLAN || act == CaseAct.EXTEND_PERIOD
					|| act == CaseAct.RECORD_DISCUSSION || act == CaseAct.APPLY_TO_COURT;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (attempt.acting().actor().agencyHead()) {
				return null;
			}
			return switch (attempt.act()) {
				case APPLY_TO_COURT -> "强制执行申请书须由行政机关负责人签名，只能由行政机关负责人申请";
				case RECORD_DISCUSSION -> "集体讨论由行政机关负责人进行，只能由行政机关负责人记录";
				default -> "该决定只能由行政机关负责人作出";
			};
		}
	},

	/**
	 * 申请人民法院强制执行：催告书送达十日（工作日）后当事人仍未履行，且在复议、诉讼期限届满之日起三个月内.
	 */
	COURT_APPLICATION("《中华人民共和国行政强制法》第五十三条、第五十四条、第六十九条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.APPLY_TO_COURT;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			LocalDate on = attempt.acting().on();
			if (kase.remedies().stream().anyMatch(Remedy::pending)) {
				return "当事人已申请复议或者提起诉讼，尚未终结，不得申请人民法院强制执行";
			}
			if (kase.remindedOn() == null) {
				return "申请人民法院强制执行前，应当催告当事人履行义务";
			}
			LocalDate reminded = rules.days().addWorkingDays(kase.remindedOn(), COURT_REMINDER_WORKING_DAYS);
			if (!on.isAfter(reminded)) {
				return "催告书送达十日后当事人仍未履行义务的，方可申请（" + reminded + "之后）";
			}
			LocalDate periodEnd = kase.remedyPeriodEnd();
			if (!on.isAfter(periodEnd)) {
				return "当事人申请复议、提起诉讼的期限至" + periodEnd + "届满，届满后方可申请人民法院强制执行";
			}
			LocalDate last = periodEnd.plusMonths(3);
			if (!on.isAfter(last)) {
				return null;
			}
			// a last day off work moves to the next working day
			last = rules.days().addWorkingDays(last.minusDays(1), 1);
			return on.isAfter(last) ? "应当自复议、诉讼期限届满之日起三个月内（" + last + "前）申请人民法院强制执行" : null;
		}
	},

	/**
	 * 案件审查（含退回补充调查）由承办机构负责人或者机关负责人作出: the ministry's procedure has the case examined and
	 * approved above the officers who investigated it (查处分离).
	 */
	UNIT_HEAD_APPROVAL("《生态环境行政处罚办法》第三章第三节（案件审查）") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.EXAMINE || act == CaseAct.SEND_BACK;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			Participant actor = attempt.acting().actor();
			return (actor.unitHead() || actor.agencyHead()) ? null : "案件审查只能由承办机构负责人或者机关负责人作出，办案人员不能审查自己调查的案件";
		}
	},

	/**
	 * 拟作出较大数额罚款、没收较大数额违法所得或非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等处罚的，应当告知当事人有要求听证的权利: the
	 * notice of such a penalty must offer the hearing right, and no such penalty is
	 * decided where it was never offered. The amounts are {@link CaseRules#hearing()} per
	 * party type, the row in force for the case's agency's region on the act's date.
	 */
	HEARING_RIGHT("《中华人民共和国行政处罚法》第六十三条第一款") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.NOTIFY || act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			if (attempt.act() == CaseAct.NOTIFY) {
				if (attempt.proposed() == null || attempt.hearingOffered()) {
					return null;
				}
				return HearingRight
					.reason(attempt.proposed(), HearingRight.typeOf(kase.partyKind()),
							rules.hearing(kase.agencyId(), attempt.acting().on()))
					.map((why) -> "拟作出的处罚应当告知当事人有要求听证的权利（" + why + "），告知书未告知听证权利")
					.orElse(null);
			}
			if (kase.hearingOffered()) {
				return null;
			}
			return HearingRight
				.reason(Penalty.of(attempt.decision()), attempt.decision().party().type(),
						rules.hearing(kase.agencyId(), attempt.acting().on()))
				.map((why) -> "决定的处罚应当告知当事人有要求听证的权利（" + why + "），但告知书未告知听证权利；应当重新告知")
				.orElse(null);
		}
	},

	/**
	 * 作出的决定须为提交法制审核的同一内容，且不得早于审核所依据的拟决定日期: once a content was submitted for review,
	 * another content is not decided without a new review, and the decision is not made
	 * before the date the reviewed content assumed.
	 */
	AS_REVIEWED("《中华人民共和国行政处罚法》第五十八条") {
		@Override
		boolean appliesTo(CaseAct act) {
			return act == CaseAct.DECIDE;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			ProposedDecision decision = attempt.decision();
			LocalDate on = attempt.acting().on();
			if (decision.decisionDate().isAfter(on)) {
				return "拟作决定所载的决定日期为" + decision.decisionDate() + "，晚于作出决定之日" + on + "；不得早于审核所依据的日期作出决定";
			}
			if (kase.reviewDigest() != null && !kase.reviewDigest().equals(decision.digest())) {
				return "拟作出的决定与本案提交法制审核的决定内容不一致（送审摘要 " + kase.reviewDigest().substring(0, 12) + "…）；内容有改变的，应当重新提交法制审核";
			}
			return null;
		}
	},

	/**
	 * 执法全过程记录: the acts on the agency's 音像记录清单 name at least one video of the case. The
	 * aggregate holds only evidence ids, so {@link MandatoryVideo} asks this gate's
	 * question of the evidence module before the act reaches the aggregate; here it lets
	 * every act pass.
	 */
	MANDATORY_VIDEO("国办发〔2018〕118号（执法全过程记录）；环办执法〔2019〕42号；《广东省行政执法全过程记录办法》（音像记录）") {
		@Override
		boolean appliesTo(CaseAct act) {
			return false;
		}

		@Override
		String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules) {
			return null;
		}
	};

	/** 催告书送达十日后 (行政强制法 第五十四条; 第六十九条: working days). */
	public static final int COURT_REMINDER_WORKING_DAYS = 10;

	/**
	 * Working days from the service of the notice during which the party may state,
	 * defend and ask for a hearing (第六十四条第一项: 五日).
	 */
	public static final int DEFENCE_PERIOD_WORKING_DAYS = 5;

	/** 拟罚没数额五十万元以上 (生态环境行政处罚办法 第五十二条第二项). */
	static final Money DISCUSSION_AMOUNT = new Money(new BigDecimal("500000"));

	private final String article;

	Gate(String article) {
		this.article = article;
	}

	/** The article the gate applies. */
	public String article() {
		return this.article;
	}

	abstract boolean appliesTo(CaseAct act);

	/** Why the attempt is refused, in Chinese; null if the gate lets it pass. */
	abstract String refusal(PenaltyCase kase, Attempt attempt, CaseRules rules);

	/**
	 * Whether a decision with this content must be discussed collectively: complex, a
	 * serious violation, or 罚没 of 500,000 yuan or more.
	 */
	public static boolean discussionRequired(ProposedDecision decision) {
		return decision.flags().contains(ReviewFlag.COMPLEX) || decision.flags().contains(ReviewFlag.SERIOUS_VIOLATION)
				|| !DISCUSSION_AMOUNT.isGreaterThan(decision.amount());
	}

}
