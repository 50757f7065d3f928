package org.sanxiang.ledger;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "sanxiang.test.context=tamper-postgres")
class PostgresTamperTests extends TamperContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresTamperTests.class, registry);
	}

	@Override
	void disableDatabaseProtection() {
		this.jdbc.sql("alter table ledger_entry disable trigger ledger_entry_no_change").update();
	}

}
