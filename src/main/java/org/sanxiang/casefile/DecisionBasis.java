package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.sanxiang.review.ProposedDecision;

/**
 * What a decision records of the law it applies and of its discretion: for each provision
 * cited, which version was applied and why (行政处罚法 第三十七条, 从旧兼从轻: the version in force when
 * the act was done, or a later one in force at the decision where it is lighter), and the
 * discretion band with its range and explanation (the calculator's, as in the reviewed
 * content).
 *
 * @param lawApplied the versions applied, one sentence per provision
 * @param discretion the band, its range of fines, whether reduced, and the explanation
 */
public record DecisionBasis(String lawApplied, String discretion) {

	/** The longest text kept (a column of 4000 characters). */
	static final int LONGEST = 4000;

	public DecisionBasis {
		lawApplied = cut(lawApplied);
		discretion = cut(discretion);
	}

	/**
	 * The basis of {@code decision} for an act done on {@code actDate}; {@code versionOn}
	 * answers the version (施行日期) of a provision in force on a date, or null where the
	 * legal texts cannot tell.
	 */
	public static DecisionBasis of(ProposedDecision decision, LocalDate actDate,
			BiFunction<ProposedDecision.Provision, LocalDate, LocalDate> versionOn) {
		Set<ProposedDecision.Provision> cited = new LinkedHashSet<>(decision.violated());
		cited.addAll(decision.penaltyBasis());
		List<String> lines = new ArrayList<>();
		for (ProposedDecision.Provision provision : cited) {
			lines.add(provision.citation() + "：" + why(provision, actDate, decision.decisionDate(), versionOn));
		}
		return new DecisionBasis(String.join("；", lines), discretion(decision.discretion()));
	}

	/** The basis as the decision states it, without the legal texts to compare with. */
	public static DecisionBasis stated(ProposedDecision decision) {
		return of(decision, null, (provision, date) -> null);
	}

	private static String why(ProposedDecision.Provision provision, LocalDate actDate, LocalDate decisionDate,
			BiFunction<ProposedDecision.Provision, LocalDate, LocalDate> versionOn) {
		LocalDate cited = provision.version();
		LocalDate then = (actDate == null) ? null : versionOn.apply(provision, actDate);
		LocalDate now = versionOn.apply(provision, decisionDate);
		if (then == null || now == null) {
			return "适用" + cited + "施行的版本（法律法规库中无法核对违法行为发生时与作出决定时有效的版本）";
		}
		if (cited.equals(then) && then.equals(now)) {
			return "适用" + cited + "施行的版本（违法行为发生时（" + actDate + "）与作出决定时有效的为同一版本）";
		}
		if (cited.equals(then)) {
			return "适用违法行为发生时（" + actDate + "）有效的" + cited + "施行的版本（从旧；作出决定时有效的版本自" + now + "施行）";
		}
		if (cited.equals(now)) {
			return "适用作出决定时有效的" + now + "施行的新版本（从轻；违法行为发生时（" + actDate + "）有效的版本自" + then + "施行）";
		}
		return "引用" + cited + "施行的版本，既非违法行为发生时（" + actDate + "）有效的版本（自" + then + "施行），也非作出决定时有效的版本（自" + now + "施行）";
	}

	private static String discretion(ProposedDecision.Discretion discretion) {
		StringBuilder text = new StringBuilder();
		text.append("裁量阶次：").append(discretion.band().isEmpty() ? "未载明" : discretion.band());
		if (discretion.minimum() != null) {
			text.append("；裁量幅度：")
				.append(discretion.minimum().amount().stripTrailingZeros().toPlainString())
				.append(" 至 ")
				.append(discretion.maximum().amount().stripTrailingZeros().toPlainString())
				.append(" 元");
		}
		if (discretion.reduced()) {
			text.append("；减轻处罚");
		}
		return text.append("；裁量说明：").append(discretion.explanation()).toString();
	}

	private static String cut(String text) {
		return (text == null || text.length() <= LONGEST) ? text : text.substring(0, LONGEST - 1) + "…";
	}

}
