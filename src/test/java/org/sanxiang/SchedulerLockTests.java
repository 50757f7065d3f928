package org.sanxiang;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 too (the default database), a scheduled job takes its lock in table
 * {@code shedlock} with the database's time ({@link SchedulerLocks}); the two-node
 * behaviour is {@link TwoNodeTests}' (PostgreSQL).
 */
@SpringBootTest
class SchedulerLockTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCheckpointJobTakesItsLockInTheDatabase() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		List<String> holders = List.of();
		while (holders.isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
			holders = this.jdbc.sql("select locked_by from shedlock where name = 'ledger.checkpoint'")
				.query(String.class)
				.list();
		}
		assertThat(holders).as("the host name").hasSize(1).allSatisfy((holder) -> assertThat(holder).isNotBlank());
		assertThat(this.jdbc
			.sql("select count(*) from shedlock where name = 'ledger.checkpoint' and locked_at <= "
					+ "lock_until and lock_until <= current_timestamp(3) + interval '10' minute")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
