package org.sanxiang.casefile;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import org.sanxiang.review.HearingThresholds;

/**
 * What an act on a case is judged by: the gates in force, the working-day calendar and
 * the legal review. The application uses every gate; a test may leave one out to show
 * that the property it guards then fails.
 *
 * @param gates the gates checked
 * @param days working-day arithmetic
 * @param review the legal review's answer for a decision's content
 * @param hearing the amounts from which a fine or confiscation gives the right to a
 * hearing (the review module's {@code sanxiang.review.hearing.*})
 * @param regions an agency's 行政区划代码 by its id (null if unknown), which chooses the
 * hearing thresholds' row
 */
public record CaseRules(Set<Gate> gates, WorkingDays days, LegalReviewGate review, HearingThresholds hearing,
		LongFunction<String> regions) {

	/** The defaults of {@code sanxiang.review.hearing.*}. */
	static final HearingThresholds DEFAULT_HEARING = new HearingThresholds(new java.math.BigDecimal("200000"),
			new java.math.BigDecimal("20000"), false);

	public CaseRules {
		gates = gates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gates));
		hearing = (hearing == null) ? DEFAULT_HEARING : hearing;
		regions = (regions == null) ? (id) -> null : regions;
	}

	public CaseRules(Set<Gate> gates, WorkingDays days, LegalReviewGate review, HearingThresholds hearing) {
		this(gates, days, review, hearing, null);
	}

	public CaseRules(Set<Gate> gates, WorkingDays days, LegalReviewGate review) {
		this(gates, days, review, null);
	}

	/** Every gate. */
	public static CaseRules all(WorkingDays days, LegalReviewGate review) {
		return new CaseRules(EnumSet.allOf(Gate.class), days, review);
	}

	/** Every gate but {@code omitted} (for the tests that show each gate matters). */
	public CaseRules without(Gate omitted) {
		Set<Gate> fewer = EnumSet.allOf(Gate.class);
		fewer.retainAll(this.gates);
		fewer.remove(omitted);
		return new CaseRules(fewer, this.days, this.review, this.hearing, this.regions);
	}

	/** The gates in their declared order. */
	List<Gate> ordered() {
		return EnumSet.allOf(Gate.class).stream().filter(this.gates::contains).toList();
	}

	/** Every gate, with the configured hearing thresholds. */
	public static CaseRules all(WorkingDays days, LegalReviewGate review, HearingThresholds hearing) {
		return new CaseRules(EnumSet.allOf(Gate.class), days, review, hearing);
	}

	/**
	 * Every gate, with the configured hearing thresholds chosen by the agency's region.
	 */
	public static CaseRules all(WorkingDays days, LegalReviewGate review, HearingThresholds hearing,
			LongFunction<String> regions) {
		return new CaseRules(EnumSet.allOf(Gate.class), days, review, hearing, regions);
	}

	/** The hearing thresholds in force for the case's agency on {@code date}. */
	HearingThresholds hearing(long agencyId, java.time.LocalDate date) {
		return this.hearing.on(this.regions.apply(agencyId), date);
	}

}
