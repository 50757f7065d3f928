package org.sanxiang.ledger;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "sanxiang.test.context=tamper-postgres")
class PostgresTamperTests extends TamperContract {

	static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		if (postgres == null) {
			postgres = EmbeddedPostgres.builder().start();
		}
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Override
	void disableDatabaseProtection() {
		this.jdbc.sql("alter table ledger_entry disable trigger ledger_entry_no_change").update();
	}

}
