package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The statutory time limits (table {@code time_limit_rule}), each with the version in
 * force on a given day.
 */
@Service
public class TimeLimitRules {

	private final JdbcClient jdbc;

	TimeLimitRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TimeLimitRule> all() {
		return this.jdbc.sql("select * from time_limit_rule order by code, effective_from").query(this::rule).list();
	}

	/** The version of rule {@code code} in force on {@code date}. */
	public TimeLimitRule inForce(String code, LocalDate date) {
		return EffectiveDated.inForceOn(all().stream().filter((rule) -> rule.code().equals(code)).toList(), date)
			.orElseThrow(() -> new RuleViolation("TIME_LIMIT_RULE_UNKNOWN", "没有在" + date + "有效的期限规则“" + code + "”"));
	}

	private TimeLimitRule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String extensions = rs.getString("extensions");
		return new TimeLimitRule(rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), rs.getString("name"),
				TimeUnit.valueOf(rs.getString("unit")), rs.getInt("amount"),
				extensions.isBlank() ? List.of()
						: Arrays.stream(extensions.split(",")).map(String::strip).map(Integer::valueOf).toList(),
				"BEFORE".equals(rs.getString("direction")), rs.getString("fixed_month_day"),
				rs.getString("legal_source"), TimeLimitNature.valueOf(rs.getString("nature")),
				rs.getString("start_event"));
	}

}
