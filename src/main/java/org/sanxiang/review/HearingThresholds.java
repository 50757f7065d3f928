package org.sanxiang.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 较大数额 for the right to a hearing (行政处罚法 第六十三条第一款第一项、第二项), per party type
 * ({@code sanxiang.review.hearing.*}). The law leaves the amounts to the ministries'
 * rules and to local rules, which override them; the defaults read 生态环境行政处罚办法 as the demo
 * catalogue does — a unit over 200,000 yuan, a person over 20,000 yuan, the amount itself
 * not included — and an agency sets its own.
 * <p>
 * Local rules and their dates are {@code rows}
 * ({@code sanxiang.review.hearing.rows[n].region|from|unit|individual|inclusive}): the
 * row in force for an agency's region (行政区划代码, or {@code *} for every region) on a date
 * is the one with the latest {@code from} not after that date, a row of the region itself
 * before one of its city ({@code xxxx00}), then of its province ({@code xx0000}), then a
 * {@code *} row; where none is in force the three top-level amounts apply (the default
 * row). A bad row fails start-up.
 *
 * @param unit the amount for a unit (法人或者其他组织)
 * @param individual the amount for a person
 * @param inclusive whether the amount itself reaches it (以上，含本数)
 * @param rows the amounts per region and date
 */
@ConfigurationProperties("sanxiang.review.hearing")
public record HearingThresholds(@DefaultValue("200000") BigDecimal unit, @DefaultValue("20000") BigDecimal individual,
		@DefaultValue("false") boolean inclusive, List<Row> rows) {

	@ConstructorBinding
	public HearingThresholds {
		positive(unit, "sanxiang.review.hearing.unit");
		positive(individual, "sanxiang.review.hearing.individual");
		rows = (rows == null) ? List.of() : List.copyOf(rows);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String name = "sanxiang.review.hearing.rows[" + i + "]";
			if (row == null) {
				throw new IllegalArgumentException(name + " is empty");
			}
			if (row.region() == null || !(row.region().equals("*") || row.region().matches("\\d{6}"))) {
				throw new IllegalArgumentException(
						name + ".region must be a six-digit region code or *, was " + row.region());
			}
			if (row.from() == null) {
				throw new IllegalArgumentException(name + ".from (the date it takes effect) is missing");
			}
			positive(row.unit(), name + ".unit");
			positive(row.individual(), name + ".individual");
			if (!seen.add(row.region() + "@" + row.from())) {
				throw new IllegalArgumentException(
						name + " repeats region " + row.region() + " from " + row.from() + " of an earlier row");
			}
		}
	}

	/** One pair of amounts per installation, no rows. */
	public HearingThresholds(BigDecimal unit, BigDecimal individual, boolean inclusive) {
		this(unit, individual, inclusive, List.of());
	}

	/** The threshold of the default row for a party type. */
	public AmountThreshold of(PartyType type) {
		return new AmountThreshold(new Money((type == PartyType.UNIT) ? this.unit : this.individual), this.inclusive);
	}

	/** The threshold for a party type in force in {@code region} on {@code date}. */
	public AmountThreshold of(PartyType type, String region, LocalDate date) {
		return on(region, date).of(type);
	}

	/**
	 * The amounts in force in {@code region} (an agency's 行政区划代码, null if unknown) on
	 * {@code date} (null: the default row), as thresholds without rows.
	 */
	public HearingThresholds on(String region, LocalDate date) {
		if (date == null) {
			return new HearingThresholds(this.unit, this.individual, this.inclusive);
		}
		Row row = null;
		for (String level : levels(region)) {
			row = (row != null) ? row : inForce(level, date);
		}
		if (row == null) {
			return new HearingThresholds(this.unit, this.individual, this.inclusive);
		}
		return new HearingThresholds(row.unit(), row.individual(),
				(row.inclusive() != null) ? row.inclusive() : this.inclusive);
	}

	/** The region itself, its city (xxxx00), its province (xx0000) and every region. */
	private static List<String> levels(String region) {
		if (region == null || !region.matches("\\d{6}")) {
			return List.of("*");
		}
		return List.of(region, region.substring(0, 4) + "00", region.substring(0, 2) + "0000", "*");
	}

	private Row inForce(String region, LocalDate date) {
		if (region == null) {
			return null;
		}
		return this.rows.stream()
			.filter((r) -> r.region().equals(region) && !r.from().isAfter(date))
			.max(Comparator.comparing(Row::from))
			.orElse(null);
	}

	private static void positive(BigDecimal amount, String name) {
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException(name + " must be an amount above zero, was " + amount);
		}
	}

	/**
	 * The amounts of one local rule from a date.
	 *
	 * @param region the 行政区划代码 of the agencies it applies to, or {@code *}
	 * @param from the day it takes effect
	 * @param unit the amount for a unit
	 * @param individual the amount for a person
	 * @param inclusive whether the amount itself reaches it (null: as the default row)
	 */
	public record Row(String region, LocalDate from, BigDecimal unit, BigDecimal individual, Boolean inclusive) {
	}

}
