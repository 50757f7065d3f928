package org.sanxiang.legalbasis;

import java.util.List;

/**
 * A measure a violation type's statute allows only under a condition (see
 * {@link MeasureCondition}), with the provisions that give it.
 */
public record ConditionalMeasure(PenaltyType measure, MeasureCondition condition, List<Citation> basis) {

	public ConditionalMeasure {
		basis = List.copyOf(basis);
	}

}
