package org.sanxiang.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

	@Test
	void escapesPercentUnderscoreAndTheEscapeCharacter() {
		assertThat(LikePattern.escape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
		assertThat(LikePattern.containing("  50%  ")).isEqualTo("%50\\%%");
		assertThat(LikePattern.containing(null)).isEqualTo("%%");
	}

	@Test
	void aTypedWildcardMatchesOnlyItselfInTheDatabase() {
		JdbcClient jdbc = JdbcClient.create(
				new DriverManagerDataSource("jdbc:h2:mem:like-pattern;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", ""));
		jdbc.sql("create table like_sample (v varchar(50))").update();
		for (String v : List.of("达标率100%", "达标率1000", "a_b", "axb", "c\\d", "c\\\\d", "cd")) {
			jdbc.sql("insert into like_sample values (:v)").param("v", v).update();
		}
		assertThat(matches(jdbc, "100%")).containsExactly("达标率100%");
		assertThat(matches(jdbc, "a_b")).containsExactly("a_b");
		assertThat(matches(jdbc, "c\\d")).containsExactlyInAnyOrder("c\\d");
		assertThat(matches(jdbc, "%")).containsExactly("达标率100%");
		assertThat(matches(jdbc, "_")).containsExactly("a_b");
	}

	private static List<String> matches(JdbcClient jdbc, String typed) {
		return jdbc.sql("select v from like_sample where v like :p escape '\\' order by v")
			.param("p", LikePattern.containing(typed))
			.query(String.class)
			.list();
	}

}
