package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One due date of an approved 分期 (or the single new date of a 延期) and the amount due
 * then.
 *
 * @param dueOn the new due date
 * @param amount the amount due on it
 */
public record Instalment(LocalDate dueOn, BigDecimal amount) {
}
