package org.sanxiang.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.identity.AgencyLevel;

/**
 * Classifies a proposed decision: the cases of 行政处罚法 第五十八条 apply whatever the catalogue
 * says, then every entry of the agency's catalogue in force on the decision date;
 * likewise the cases of collective discussion (第五十七条第二款, and 生态环境行政处罚办法's 五十万元 rule). A
 * pure function of its inputs.
 */
public final class ReviewClassifier {

	static final String LPL = "《中华人民共和国行政处罚法》";

	static final String EPM = "《生态环境行政处罚办法》";

	/** 拟罚款、没收违法所得、没收非法财物数额五十万元以上 — collective discussion (EPM 2023). */
	static final AmountThreshold DISCUSSION_AMOUNT = new AmountThreshold(Money.yuan(500_000), true);

	private static final Set<DecisionAction> PENALTIES = EnumSet.complementOf(
			EnumSet.of(DecisionAction.SEIZURE, DecisionAction.LICENCE_REVOCATION, DecisionAction.LICENCE_REFUSAL));

	private ReviewClassifier() {
	}

	public static Classification classify(ProposedDecision decision, ReviewCatalogue catalogue, AgencyLevel level) {
		List<Classification.Ground> review = new ArrayList<>();
		List<Classification.Ground> discussion = new ArrayList<>();
		Set<MaterialKind> materials = EnumSet.of(MaterialKind.DRAFT_DECISION, MaterialKind.INVESTIGATION_REPORT);
		if (decision.actions().stream().anyMatch(PENALTIES::contains)) {
			materials.add(MaterialKind.NOTICE);
			materials.add(MaterialKind.NOTICE_SERVICE);
		}
		if (decision.flags().contains(ReviewFlag.PUBLIC_INTEREST)) {
			review.add(new Classification.Ground(LPL + "第五十八条第一款第一项", "涉及重大公共利益的", "承办机构认定涉及重大公共利益"));
		}
		if (decision.hearingHeld()) {
			review.add(new Classification.Ground(LPL + "第五十八条第一款第二项", "直接关系当事人或者第三人重大权益，经过听证程序的", "本案经过听证"));
			materials.add(MaterialKind.HEARING_RECORD);
			materials.add(MaterialKind.HEARING_REPORT);
		}
		if (decision.flags().contains(ReviewFlag.COMPLEX)) {
			review.add(new Classification.Ground(LPL + "第五十八条第一款第三项", "案件情况疑难复杂、涉及多个法律关系的", "承办机构认定案件情况疑难复杂、涉及多个法律关系"));
			discussion.add(new Classification.Ground(LPL + "第五十七条第二款", "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定",
					"承办机构认定案件情况疑难复杂"));
		}
		if (decision.flags().contains(ReviewFlag.SERIOUS_VIOLATION)) {
			discussion.add(new Classification.Ground(LPL + "第五十七条第二款", "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定",
					"承办机构认定属于重大违法行为"));
		}
		if (decision.flags().contains(ReviewFlag.SOCIAL_IMPACT)) {
			materials.add(MaterialKind.RISK_ASSESSMENT);
		}
		if (DISCUSSION_AMOUNT.reachedBy(decision.amount())) {
			discussion.add(new Classification.Ground(EPM + "第五十二条", "拟罚款、没收违法所得、没收非法财物数额五十万元以上的",
					"罚没金额 " + AmountThreshold.yuan(decision.amount())));
		}
		for (CatalogueEntry entry : catalogue.entries()) {
			Optional<String> facts = entry.appliesTo(decision, level);
			if (facts.isPresent()) {
				String source = catalogue.describe() + "第" + entry.code() + "项";
				review.add(new Classification.Ground(source, entry.title(), facts.get()));
				materials.addAll(entry.materials());
				if (entry.collectiveDiscussion()) {
					discussion.add(new Classification.Ground(source, entry.title() + "（提交集体讨论）", facts.get()));
				}
			}
		}
		return new Classification(decision.digest(), catalogue.describe(), review, discussion, materials);
	}

	/**
	 * What a request for this classification lacks, each in words a person acts on; empty
	 * when it may be submitted.
	 */
	public static List<String> missing(ProposedDecision decision, Classification classification) {
		List<String> missing = new ArrayList<>();
		if (decision.evidence().isEmpty()) {
			missing.add("证据目录（至少一项证据及其摘要）");
		}
		Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
		decision.materials().forEach((material) -> present.add(material.kind()));
		classification.requiredMaterials()
			.stream()
			.sorted()
			.filter((kind) -> !present.contains(kind))
			.forEach((kind) -> missing.add(kind.chineseName()));
		if (decision.procedure().stream().anyMatch((step) -> step.act() == ProcedureAct.STATEMENT)
				&& !present.contains(MaterialKind.STATEMENT_RECORD)) {
			missing.add(MaterialKind.STATEMENT_RECORD.chineseName());
		}
		return missing;
	}

}
