package org.sanxiang.licensing;

import java.util.List;
import java.util.Optional;

import org.sanxiang.core.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The licence types as the migration and the bureau keep them. */
@Service
public class LicenceTypes {

	private final JdbcClient jdbc;

	LicenceTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LicenceType> all() {
		return this.jdbc.sql("select * from licence_type order by sort_order, code")
			.query((rs, n) -> new LicenceType(rs.getString("code"), rs.getString("name"), rs.getString("category"),
					rs.getString("legal_basis"), rs.getString("conditions"),
					LicenceType.parseMaterials(rs.getString("materials")), rs.getInt("acceptance_days"),
					rs.getInt("decision_days"), rs.getBoolean("extension_allowed"), rs.getString("certificate_name"),
					(Integer) rs.getObject("validity_years", Integer.class)))
			.list();
	}

	public Optional<LicenceType> find(String code) {
		return all().stream().filter((t) -> t.code().equals(code)).findFirst();
	}

	public LicenceType type(String code) {
		return find(code).orElseThrow(() -> new RuleViolation("LICENSING_TYPE_UNKNOWN", "请选择本机关办理的行政许可事项"));
	}

}
