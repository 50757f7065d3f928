package org.sanxiang.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyLevel;
import org.sanxiang.legalbasis.PartyType;

/**
 * One entry of a review catalogue (目录清单): a proposed decision falls under it when it
 * meets every criterion the entry sets — one of its actions, an amount that reaches the
 * party type's threshold, a hearing held, all of its flags, the deciding agency's level.
 * A criterion the entry leaves empty does not restrict it; an entry must set at least
 * one.
 *
 * @param code the agency's number for the entry, e.g. {@code 3}
 * @param title what the entry says, e.g. {@code 拟对单位处以较大数额罚款的}
 * @param actions any of these actions (empty: any)
 * @param thresholds the amount from which the entry applies, per party type (empty: any
 * amount; a party type without a threshold is not covered)
 * @param hearingHeld only decisions after a hearing
 * @param flags all of these stated flags
 * @param levels only decisions of an agency of these levels (empty: any)
 * @param materials what a request under this entry must carry besides the basic materials
 * @param collectiveDiscussion whether the entry also sends the decision to collective
 * discussion (集体讨论)
 */
public record CatalogueEntry(String code, String title, Set<DecisionAction> actions,
		Map<PartyType, AmountThreshold> thresholds, boolean hearingHeld, Set<ReviewFlag> flags, Set<AgencyLevel> levels,
		Set<MaterialKind> materials, boolean collectiveDiscussion) {

	public CatalogueEntry {
		if (code == null || code.isBlank() || title == null || title.isBlank()) {
			throw invalid("目录清单的每一项须有序号和内容");
		}
		actions = (actions == null || actions.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
		thresholds = (thresholds == null || thresholds.isEmpty()) ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
		flags = (flags == null || flags.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
		levels = (levels == null || levels.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
		materials = (materials == null || materials.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(materials));
		if (actions.isEmpty() && thresholds.isEmpty() && !hearingHeld && flags.isEmpty()) {
			throw invalid("目录清单第 " + code + " 项未设定任何适用条件（决定内容、金额、听证或情形）");
		}
	}

	/**
	 * Why the decision falls under this entry (each criterion met, in words), or empty if
	 * it does not.
	 */
	public Optional<String> appliesTo(ProposedDecision decision, AgencyLevel level) {
		List<String> met = new ArrayList<>();
		if (!this.actions.isEmpty()) {
			List<String> named = this.actions.stream()
				.filter(decision.actions()::contains)
				.sorted()
				.map(DecisionAction::chineseName)
				.toList();
			if (named.isEmpty()) {
				return Optional.empty();
			}
			met.add("拟" + String.join("、", named));
		}
		if (!this.thresholds.isEmpty()) {
			AmountThreshold threshold = this.thresholds.get(decision.party().type());
			if (threshold == null || !threshold.reachedBy(decision.amount())) {
				return Optional.empty();
			}
			met.add("罚没金额 " + AmountThreshold.yuan(decision.amount()) + "，达到" + decision.party().type().chineseName()
					+ threshold.describe() + "的标准");
		}
		if (this.hearingHeld) {
			if (!decision.hearingHeld()) {
				return Optional.empty();
			}
			met.add("经过听证");
		}
		if (!decision.flags().containsAll(this.flags)) {
			return Optional.empty();
		}
		this.flags.stream().sorted().forEach((flag) -> met.add(flag.chineseName()));
		if (!this.levels.isEmpty()) {
			if (level == null || !this.levels.contains(level)) {
				return Optional.empty();
			}
			met.add("由" + level.chineseName() + "机关作出");
		}
		return Optional.of(String.join("；", met));
	}

	/** The entry's criteria in words, one per criterion, for the published catalogue. */
	public List<String> criteria() {
		List<String> criteria = new ArrayList<>();
		if (!this.actions.isEmpty()) {
			criteria.add("决定内容："
					+ String.join("、", this.actions.stream().sorted().map(DecisionAction::chineseName).toList()));
		}
		if (!this.thresholds.isEmpty()) {
			criteria.add("罚没金额：" + String.join("；",
					this.thresholds.entrySet()
						.stream()
						.sorted(Map.Entry.comparingByKey())
						.map((threshold) -> threshold.getKey().chineseName() + threshold.getValue().describe())
						.toList()));
		}
		if (this.hearingHeld) {
			criteria.add("经过听证程序");
		}
		if (!this.flags.isEmpty()) {
			criteria.add("情形：" + String.join("、", this.flags.stream().sorted().map(ReviewFlag::chineseName).toList()));
		}
		if (!this.levels.isEmpty()) {
			criteria
				.add("作出机关：" + String.join("、", this.levels.stream().sorted().map(AgencyLevel::chineseName).toList()));
		}
		if (this.collectiveDiscussion) {
			criteria.add("并提交机关负责人集体讨论");
		}
		return criteria;
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("REVIEW_CATALOGUE_INVALID", message);
	}

}
