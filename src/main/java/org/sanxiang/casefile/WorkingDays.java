package org.sanxiang.casefile;

import java.time.LocalDate;

/**
 * Working-day arithmetic as the case needs it (行政处罚法 第八十五条: 二日、三日、五日、七日 are working
 * days). The application implements it with the official calendar; a domain test may use
 * a simpler one.
 */
@FunctionalInterface
public interface WorkingDays {

	/** The date {@code days} working days after {@code start}. */
	LocalDate addWorkingDays(LocalDate start, int days);

}
