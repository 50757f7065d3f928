package org.sanxiang.review;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A reviewer declared a conflict of interest (回避) for a request and may not review it.
 */
@Table("review_recusal")
public record Recusal(String reviewer, String reviewerName, String reason, Instant declaredAt) {
}
