package org.sanxiang.ledger;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "sanxiang.test.context=tamper-h2")
class H2TamperTests extends TamperContract {

	@Override
	void disableDatabaseProtection() {
		for (String trigger : new String[] { "ledger_entry_no_update", "ledger_entry_no_delete" }) {
			this.jdbc.sql("drop trigger " + trigger).update();
		}
	}

}
