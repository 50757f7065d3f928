package org.sanxiang;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * H2 2.4.240 ties a {@code CHECK (… IN …)} constraint to the connection that created the
 * table: once that connection is closed, every insert into the table fails with "Check
 * constraint invalid" (H2 issues 4302/4308). A pool retires its connections after 30
 * minutes by default, the migration's among them — so the embedded database's pool never
 * retires one, and its constraints keep working as long as the application runs.
 */
@SpringBootTest
class H2SessionTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmbeddedDatabasesPoolNeverRetiresTheConnectionThatCreatedTheTables() {
		assertThat(this.dataSource.getJdbcUrl()).startsWith("jdbc:h2:");
		assertThat(this.dataSource.getMaxLifetime()).as("connections are never retired").isZero();
	}

	@Test
	void aCheckConstraintHoldsAndRefusesWithItsOwnName() {
		long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
		assertThat(this.jdbc.sql(
				"insert into subject_party (agency_id, kind, name, management_class) values (?, 'ORGANISATION', ?, 'KEY')")
			.params(agency, "约束检查有限公司")
			.update()).isEqualTo(1);
		assertThatThrownBy(
				() -> this.jdbc.sql("insert into subject_party (agency_id, kind, name) values (?, 'ROBOT', ?)")
					.params(agency, "不合法类型")
					.update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.hasMessageContaining("subject_party_kind_check")
			.hasMessageNotContaining("invalid");
	}

}
