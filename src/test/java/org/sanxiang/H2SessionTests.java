package org.sanxiang;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its constraints working after the pool has closed every
 * connection, the migration's among them (a pool retires each connection after 30
 * minutes). H2 2.4.240 tied a {@code CHECK (… IN …)} constraint to the connection that
 * created the table: once it was closed, every insert failed with "Check constraint
 * invalid".
 */
@SpringBootTest
class H2SessionTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCheckConstraintStillHoldsAfterThePoolReplacedEveryConnection() throws Exception {
		this.dataSource.getHikariPoolMXBean().softEvictConnections();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.dataSource.getHikariPoolMXBean().getTotalConnections() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		long agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
		int inserted = this.jdbc.sql(
				"insert into subject_party (agency_id, kind, name, management_class) values (?, 'ORGANISATION', ?, 'KEY')")
			.params(agency, "约束检查有限公司")
			.update();
		assertThat(inserted).isEqualTo(1);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.sql("insert into subject_party (agency_id, kind, name) values (?, 'ROBOT', ?)")
						.params(agency, "不合法类型")
						.update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.hasMessageContaining("subject_party_kind_check")
			.hasMessageNotContaining("invalid");
	}

}
