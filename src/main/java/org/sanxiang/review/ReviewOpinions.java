package org.sanxiang.review;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.stereotype.Component;

/**
 * Issues the 法制审核意见书 of a decided round through the document module: drafted from the
 * round (the case, the party, the grounds, the proposed decision, the materials and
 * evidence reviewed, the nine findings, the conclusion and the advice), signed and issued
 * by the reviewer (the document module checks the qualification), numbered and sealed,
 * and linked to the deciding record so that it goes into its 案卷.
 */
@Component
class ReviewOpinions {

	static final String TYPE = "LEGAL_REVIEW_OPINION";

	private final Documents documents;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	ReviewOpinions(Documents documents, OfficerRegistry officers, BusinessTime time) {
		this.documents = documents;
		this.officers = officers;
		this.time = time;
	}

	void issue(ReviewRequest request, SanxiangPrincipal reviewer) {
		ReviewRound round = request.current();
		Set<Long> scope = Set.of(request.agencyId());
		Document draft = this.documents.draft(TYPE, values(request, round, reviewer), null,
				new Document.Owner(request.subjectKind(), request.subjectId()), null, reviewer, scope);
		Document issued = this.documents.issue(draft.id(), draft.version(), reviewer, scope);
		round.recordOpinion(issued.id(), issued.number());
	}

	/** Issues the 案件集体讨论笔录 of a discussion, linked to the deciding record. */
	void issueDiscussion(ReviewRequest request, Discussion held, SanxiangPrincipal head) {
		ReviewRound round = request.current();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("caseName", request.title());
		values.put("discussionDate", held.date().toString());
		values.put("timeRange", held.date().toString());
		values.put("discussionPlace", held.place());
		values.put("presider", held.presider());
		values.put("attendees", String.join("、", held.attendees()));
		values.put("recorder", held.recorder());
		List<String> reasons = new ArrayList<>();
		int index = request.rounds().size() - 1;
		ReviewDispute referred = request.disputes()
			.stream()
			.filter((dispute) -> dispute.roundIndex() == index
					&& dispute.headDecision() == ReviewDispute.HeadDecision.REFER)
			.findFirst()
			.orElse(null);
		if (referred != null) {
			reasons.add("承办机构对法制审核意见有异议，经协调未能达成一致，机关负责人" + referred.headName() + "提请集体讨论");
		}
		round.classification()
			.discussionGrounds()
			.forEach((ground) -> reasons.add(ground.source() + "：" + ground.text()));
		values.put("discussionReason", String.join("；", reasons));
		String review = (round.outcome() == ReviewRound.Outcome.PASSED) ? "通过" : "退回";
		String report = proposed(round.snapshot()) + "法制审核意见：" + review + "（" + round.opinionNumber() + "）。";
		if (referred != null) {
			report += "承办机构的异议：" + referred.reasons() + "。协调情况：法制审核机构意见——" + referred.coordination().reviewerView()
					+ "；承办机构意见——" + referred.coordination().unitView() + "。";
		}
		values.put("caseReport", report);
		List<String> opinions = new ArrayList<>();
		held.opinions().forEach((opinion) -> opinions.add(opinion.name() + "：" + opinion.opinion()));
		values.put("discussionOpinions", String.join("\n", opinions));
		String agreed = (referred != null) ? "同意按送审内容作出决定。" : "同意按法制审核通过的内容作出决定。";
		String refused = (referred != null) ? "不同意按送审内容作出决定，承办机构按法制审核意见整改。" : "不同意按送审内容作出决定。";
		values.put("conclusion", (held.agreed() ? agreed : refused) + held.conclusion());
		values.put("attendeeSignatures", String.join("、", held.attendees()));
		values.put("recorderSignature", held.recorder());
		Set<Long> scope = Set.of(request.agencyId());
		Document draft = this.documents.draft("COLLECTIVE_DISCUSSION_RECORD", values, null,
				new Document.Owner(request.subjectKind(), request.subjectId()), null, head, scope);
		Document issued = this.documents.issue(draft.id(), draft.version(), head, scope);
		request.recordDiscussionDocument(issued.id());
	}

	Map<String, Object> values(ReviewRequest request, ReviewRound round, SanxiangPrincipal reviewer) {
		ProposedDecision decision = round.snapshot();
		Classification classification = round.classification();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("caseName", decision.title());
		values.put("partyName", decision.party().name());
		values.put("partyIdentifier", decision.party().code());
		values.put("partyAddress", decision.party().address());
		values.put("submittingUnit", request.submittingUnit());
		values.put("submissionDate", round.submittedOn().toString());
		List<String> grounds = new ArrayList<>();
		classification.reviewGrounds().forEach((ground) -> grounds.add(ground.source() + "：" + ground.text()));
		values.put("reviewReason", grounds.isEmpty() ? "承办机构主动送审" : String.join("；", grounds));
		values.put("proposedDecision", proposed(decision));
		values.put("materialsReviewed", materials(decision));
		values.put("reviewFindings", findings(round.findings()));
		values.put("reviewConclusion", round.outcome() == ReviewRound.Outcome.PASSED ? "通过" : "退回");
		values.put("reviewSuggestions", advice(round));
		values.put("reviewer",
				reviewer.displayName() + this.officers.legalCertificateOfAccount(reviewer.accountId())
					.map((number) -> "（法律职业资格证书编号：" + number + "）")
					.orElse(""));
		values.put("reviewDate", this.time.today().toString());
		return values;
	}

	private static String proposed(ProposedDecision decision) {
		DecimalFormat yuan = new DecimalFormat("#,##0.00");
		StringBuilder text = new StringBuilder(
				String.join("、", decision.actions().stream().sorted().map(DecisionAction::chineseName).toList()));
		if (decision.fine().amount().signum() > 0) {
			text.append("；罚款人民币 ").append(yuan.format(decision.fine().amount())).append(" 元");
		}
		if (decision.confiscated().amount().signum() > 0) {
			text.append("；没收违法所得、非法财物 ").append(yuan.format(decision.confiscated().amount())).append(" 元");
		}
		text.append("。依据：")
			.append(String.join("、",
					decision.penaltyBasis().stream().map(ProposedDecision.Provision::citation).toList()))
			.append("。");
		return text.toString();
	}

	private static String materials(ProposedDecision decision) {
		List<String> lines = new ArrayList<>();
		decision.materials().forEach((material) -> lines.add(material.title()));
		decision.evidence().forEach((item) -> lines.add(item.number() + " " + item.title()));
		return String.join("、", lines) + "。";
	}

	private static String findings(List<Finding> findings) {
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (Finding finding : findings) {
			lines.add(n++ + ". " + finding.point().chineseName() + "：" + (finding.lawful() ? "合法" : "存在问题")
					+ (finding.comment().isEmpty() ? "" : "。" + finding.comment()));
		}
		return String.join("\n", lines);
	}

	private static String advice(ReviewRound round) {
		if (round.problems().isEmpty()) {
			return "可以按送审内容作出决定；决定内容有改变的，应当重新送审。";
		}
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (Problem problem : round.problems()) {
			lines.add(n++ + ". " + problem.type().chineseName() + "：" + problem.advice());
		}
		return String.join("\n", lines);
	}

}
