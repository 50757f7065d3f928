package org.sanxiang.officer;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's training rule ({@code sanxiang.officer.training.*}): the hours of training
 * each officer needs a year (60 by default — the figure commonly set for enforcement
 * officers; no text in the product's sources fixes it, so it is the agency's rule) and
 * the lowest passing exam score (60).
 */
@ConfigurationProperties("sanxiang.officer.training")
public record TrainingProperties(BigDecimal yearlyHours, BigDecimal passingScore) {

	public TrainingProperties {
		yearlyHours = (yearlyHours != null && yearlyHours.signum() > 0) ? yearlyHours : BigDecimal.valueOf(60);
		passingScore = (passingScore != null && passingScore.signum() > 0) ? passingScore : BigDecimal.valueOf(60);
	}

}
