package org.sanxiang.legalbasis;

import java.util.List;

/**
 * 双罚: the fine a statute imposes, in addition to the fine on a unit, on its legal
 * representative, principal or directly responsible persons (固体废物污染环境防治法 第一百零三条, 第一百一十四条
 * …). It is a second, separate line with its own statutory range — never the range for a
 * natural-person offender.
 */
public record ResponsiblePersons(String who, List<Citation> basis, AmountFormula range) {

	public ResponsiblePersons {
		basis = List.copyOf(basis);
	}

}
