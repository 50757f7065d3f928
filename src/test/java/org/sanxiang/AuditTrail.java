package org.sanxiang;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail in tests. */
public record AuditTrail(JdbcClient jdbc) {

	public List<Map<String, Object>> entries(String action) {
		return this.jdbc.sql("select * from audit_record where action = :action order by id")
			.param("action", action)
			.query()
			.listOfRows();
	}

	public long maxId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_record").query(Long.class).single();
	}

	public List<Map<String, Object>> since(long id) {
		return this.jdbc.sql("select * from audit_record where id > :id order by id")
			.param("id", id)
			.query()
			.listOfRows();
	}

}
