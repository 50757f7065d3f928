package org.sanxiang.legalbasis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The 权责清单: enforcement matters, searchable by name. Public (事前公开). */
@Service
public class EnforcementMatters {

	private final JdbcClient jdbc;

	EnforcementMatters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EnforcementMatter> all(String query, MatterCategory category) {
		String pattern = (query == null || query.isBlank()) ? "%" : LegalTexts.pattern(query);
		return this.jdbc.sql("""
				select * from enforcement_matter where name like :p escape '\\' and (:cat = '' or category = :cat)
				order by sort_order""")
			.param("p", pattern)
			.param("cat", (category != null) ? category.name() : "")
			.query(EnforcementMatters::matter)
			.list();
	}

	void insert(EnforcementMatter matter, int sortOrder) {
		this.jdbc.sql("""
				insert into enforcement_matter (code, name, category, levels, random_inspection, basis, violation_codes,
				sort_order) values (:code, :name, :cat, :levels, :random, :basis, :violations, :sort)""")
			.param("code", matter.code())
			.param("name", matter.name())
			.param("cat", matter.category().name())
			.param("levels", String.join(",", matter.levels()))
			.param("random", matter.randomInspection())
			.param("basis", String.join(";", matter.basis().stream().map(Citation::toString).toList()))
			.param("violations", String.join(",", matter.violationCodes()))
			.param("sort", sortOrder)
			.update();
	}

	private static EnforcementMatter matter(ResultSet rs, int row) throws SQLException {
		return new EnforcementMatter(rs.getString("code"), rs.getString("name"),
				MatterCategory.valueOf(rs.getString("category")), split(rs.getString("levels"), ","),
				rs.getBoolean("random_inspection"),
				split(rs.getString("basis"), ";").stream().map(Citation::parse).toList(),
				split(rs.getString("violation_codes"), ","));
	}

	private static List<String> split(String value, String separator) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(separator));
	}

}
