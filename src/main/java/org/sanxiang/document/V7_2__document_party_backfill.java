package org.sanxiang.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Links the documents drafted before parties were picked by id to their party in 一企一档:
 * the party of the document's agency whose 统一社会信用代码 is the one written in the document,
 * or else the only party of that agency with exactly the written name. A document naming
 * no registered party stays unlinked. Java rather than SQL because the written values are
 * JSON, which H2 and PostgreSQL read differently; on a fresh database (parties' table not
 * yet created, no documents) there is nothing to do.
 */
@Component
class V7_2__document_party_backfill extends BaseJavaMigration {

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void migrate(Context context) throws SQLException {
		link(context.getConnection());
	}

	/** Links what can be linked; returns how many documents were. */
	static int link(Connection connection) throws SQLException {
		if (!partiesExist(connection)) {
			return 0;
		}
		List<Object[]> unlinked = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id, agency_id, content from document where party_id is null");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				unlinked.add(new Object[] { rows.getLong(1), rows.getLong(2), rows.getString(3) });
			}
		}
		int linked = 0;
		try (PreparedStatement update = connection
			.prepareStatement("update document set party_id = ? where id = ? and party_id is null")) {
			for (Object[] row : unlinked) {
				Long party = partyOf(connection, (Long) row[1], (String) row[2]);
				if (party != null) {
					update.setLong(1, party);
					update.setLong(2, (Long) row[0]);
					linked += update.executeUpdate();
				}
			}
		}
		return linked;
	}

	private static Long partyOf(Connection connection, long agencyId, String content) throws SQLException {
		Map<String, Object> values;
		try {
			values = JSON.readValue(content, VALUES);
		}
		catch (RuntimeException ex) {
			return null;
		}
		String code = text(values.get("partyIdentifier"));
		if (code != null) {
			Long byCode = only(connection, "credit_code", agencyId, code.toUpperCase(java.util.Locale.ROOT));
			if (byCode != null) {
				return byCode;
			}
		}
		String name = text(values.get("partyName"));
		return (name != null) ? only(connection, "name", agencyId, name) : null;
	}

	/**
	 * The one party of the agency with this value, or none when there is none or several.
	 */
	private static Long only(Connection connection, String column, long agencyId, String value) throws SQLException {
		try (PreparedStatement find = connection.prepareStatement(
				"select id from subject_party where agency_id = ? and " + column + " = ? fetch first 2 rows only")) {
			find.setLong(1, agencyId);
			find.setString(2, value);
			try (ResultSet found = find.executeQuery()) {
				Long id = found.next() ? found.getLong(1) : null;
				return (id != null && !found.next()) ? id : null;
			}
		}
	}

	private static String text(Object value) {
		return (value instanceof String s && !s.isBlank()) ? s.strip() : null;
	}

	private static boolean partiesExist(Connection connection) throws SQLException {
		for (String name : new String[] { "subject_party", "SUBJECT_PARTY" }) {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] { "TABLE" })) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
