package org.sanxiang.subject;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes imported organisations in JDBC batches of {@value #BATCH}: new parties inserted,
 * registered ones updated (the file wins) with their first contact replaced, and one
 * change-list entry per party; a registered party the file gives exactly as stored (a
 * masked phone standing for the stored number, as an export writes it) is left alone.
 * Runs inside the caller's transaction.
 */
final class ImportWriter {

	static final int BATCH = 1000;

	private static final String INSERT = """
			insert into subject_party (agency_id, kind, name, credit_code, legal_representative, address, region_code,
			  industry_code, permit_number, permit_valid_from, permit_valid_to, management_class, key_polluter,
			  phone_sealed, phone_masked, version)
			values (?, 'ORGANISATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String UPDATE = """
			update subject_party set name = ?, credit_code = ?, legal_representative = ?, address = ?, region_code = ?,
			  industry_code = ?, permit_number = ?, permit_valid_from = ?, permit_valid_to = ?, management_class = ?,
			  key_polluter = ?, phone_sealed = ?, phone_masked = ?, version = version + 1
			where id = ?""";

	private final JdbcTemplate jdbc;

	private final PartyRegistry registry;

	private final PartyNameIndex names;

	private final long agencyId;

	private final String username;

	private final Timestamp at;

	private final List<Row> batch = new ArrayList<>();

	private int inserted;

	private final Map<Long, String[]> contactPhones = new HashMap<>();

	private int updated;

	private record Row(PartyDraft draft, Long existingId, Sealed phone, Sealed contactPhone, boolean keepPhone,
			boolean keepContactPhone) {
	}

	/**
	 * A registered party as stored: the columns the file sets, then its first contact.
	 */
	private record Stored(List<Object> values, String phoneSealed, String phoneMasked, int contacts, String contactName,
			String contactMasked) {
	}

	private int unchanged;

	ImportWriter(JdbcTemplate jdbc, PartyRegistry registry, PartyNameIndex names, long agencyId, String username,
			Instant at) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.names = names;
		this.agencyId = agencyId;
		this.username = username;
		this.at = Timestamp.from(at);
	}

	/**
	 * @param keepPhone the file gave the party's phone masked, as an export does: keep
	 * the stored one (likewise {@code keepContactPhone} for the first contact)
	 */
	void add(PartyDraft draft, Long existingId, boolean keepPhone, boolean keepContactPhone) {
		PartyDraft.ContactDraft contact = draft.contacts().isEmpty() ? null : draft.contacts().get(0);
		this.batch.add(new Row(draft, existingId, this.registry.sealPhone(draft.phone()),
				(contact == null) ? null : this.registry.sealPhone(contact.phone()), keepPhone, keepContactPhone));
		if (this.batch.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		if (this.batch.isEmpty()) {
			return;
		}
		Map<Long, Stored> stored = stored();
		this.batch.removeIf((row) -> {
			boolean same = row.existingId() != null && unchanged(row, stored.get(row.existingId()));
			this.unchanged += same ? 1 : 0;
			return same;
		});
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (Row row : this.batch) {
			Object[] values = values(row);
			Stored before = (row.existingId() == null) ? null : stored.get(row.existingId());
			if (row.keepPhone() && before != null) {
				values[values.length - 2] = before.phoneSealed();
				values[values.length - 1] = before.phoneMasked();
			}
			if (row.existingId() == null) {
				Object[] insert = new Object[values.length + 1];
				insert[0] = this.agencyId;
				System.arraycopy(values, 0, insert, 1, values.length);
				inserts.add(insert);
			}
			else {
				Object[] update = java.util.Arrays.copyOf(values, values.length + 1);
				update[values.length] = row.existingId();
				updates.add(update);
			}
		}
		Long maxIdBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from subject_party", Long.class);
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, inserts);
		}
		if (!updates.isEmpty()) {
			List<PartyNameIndex.Renamed> renamed = renamed(updates);
			this.jdbc.batchUpdate(UPDATE, updates);
			this.names.renameAll(renamed);
			this.jdbc.batchUpdate("delete from subject_contact where party_id = ? and position = 0",
					updates.stream().map((u) -> new Object[] { u[u.length - 1] }).toList());
		}
		Map<String, Long> ids = idsInsertedAfter(maxIdBefore);
		Map<Long, String> newNames = new HashMap<>();
		List<Object[]> contacts = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		for (Row row : this.batch) {
			long id = (row.existingId() != null) ? row.existingId() : ids.get(row.draft().creditCode().strip());
			if (row.existingId() == null) {
				newNames.put(id, row.draft().name().strip());
			}
			if (!row.draft().contacts().isEmpty()) {
				String[] phone = (row.keepContactPhone() && row.existingId() != null)
						? this.contactPhones.getOrDefault(row.existingId(), new String[2])
						: new String[] { (row.contactPhone() == null) ? null : row.contactPhone().sealed(),
								(row.contactPhone() == null) ? null : row.contactPhone().masked() };
				contacts.add(new Object[] { id, row.draft().contacts().get(0).name().strip(), phone[0], phone[1] });
			}
			changes.add(new Object[] { id, this.at, this.username,
					(row.existingId() == null) ? "IMPORTED" : "IMPORT_UPDATED", "导入：全部字段以文件为准" });
		}
		this.names.addAll(newNames);
		this.jdbc.batchUpdate(
				"insert into subject_contact (party_id, position, name, phone_sealed, phone_masked) values (?, 0, ?, ?, ?)",
				contacts);
		this.jdbc.batchUpdate(
				"insert into subject_change (party_id, changed_at, username, change_kind, fields) values (?, ?, ?, ?, ?)",
				changes);
		this.inserted += inserts.size();
		this.updated += updates.size();
		this.batch.clear();
	}

	/** The names the updated parties had, and the names the file gives them. */
	private List<PartyNameIndex.Renamed> renamed(List<Object[]> updates) {
		Map<Long, String> newName = new HashMap<>();
		updates.forEach((u) -> newName.put((Long) u[u.length - 1], (String) u[0]));
		List<PartyNameIndex.Renamed> renamed = new ArrayList<>();
		this.jdbc.query("select id, name from subject_party where id in ("
				+ String.join(",", java.util.Collections.nCopies(newName.size(), "?")) + ")", (rs) -> {
					renamed.add(new PartyNameIndex.Renamed(rs.getLong(1), rs.getString(2), newName.get(rs.getLong(1))));
				}, newName.keySet().toArray());
		return renamed;
	}

	/**
	 * The ids of the rows just inserted, by credit code: a primary-key range read (an IN
	 * list of 1,000 codes is not index-driven on every database).
	 */
	private Map<String, Long> idsInsertedAfter(long maxIdBefore) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("select id, agency_id, credit_code from subject_party where id > ?", (rs) -> {
			if (rs.getLong(2) == this.agencyId) {
				ids.put(rs.getString(3), rs.getLong(1));
			}
		}, maxIdBefore);
		return ids;
	}

	private static Object[] values(Row row) {
		PartyDraft d = row.draft();
		return new Object[] { d.name().strip(), d.creditCode().strip(), PartyDraft.strip(d.legalRepresentative()),
				PartyDraft.strip(d.address()), PartyDraft.strip(d.regionCode()), PartyDraft.strip(d.industryCode()),
				PartyDraft.strip(d.permitNumber()),
				(d.permitValidFrom() == null) ? null : Date.valueOf(d.permitValidFrom()),
				(d.permitValidTo() == null) ? null : Date.valueOf(d.permitValidTo()),
				ManagementClass.of(d.managementClass()).map(Enum::name).orElse(null), d.keyPolluter(),
				(row.phone() == null) ? null : row.phone().sealed(),
				(row.phone() == null) ? null : row.phone().masked() };
	}

	/**
	 * The stored state of the registered parties of this batch, to leave unchanged rows
	 * alone.
	 */
	private Map<Long, Stored> stored() {
		List<Object> ids = this.batch.stream()
			.map(Row::existingId)
			.filter(Objects::nonNull)
			.map(Object.class::cast)
			.toList();
		Map<Long, Stored> stored = new HashMap<>();
		this.contactPhones.clear();
		if (ids.isEmpty()) {
			return stored;
		}
		String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
		this.jdbc.query("""
				select p.id, p.name, p.credit_code, p.legal_representative, p.address, p.region_code, p.industry_code,
				  p.permit_number, p.permit_valid_from, p.permit_valid_to, p.management_class, p.key_polluter,
				  p.phone_sealed, p.phone_masked,
				  (select count(*) from subject_contact c where c.party_id = p.id) contacts,
				  c0.name contact_name, c0.phone_sealed contact_sealed, c0.phone_masked contact_masked
				from subject_party p left join subject_contact c0 on c0.party_id = p.id and c0.position = 0
				where p.id in (""" + in + ")", (rs) -> {
			List<Object> values = new ArrayList<>();
			for (int i = 2; i <= 12; i++) {
				Object value = rs.getObject(i);
				values.add((value instanceof java.util.Date date) ? date.toString() : value);
			}
			long id = rs.getLong(1);
			stored.put(id, new Stored(values, rs.getString(13), rs.getString(14), rs.getInt(15), rs.getString(16),
					rs.getString(18)));
			this.contactPhones.put(id, new String[] { rs.getString(17), rs.getString(18) });
		}, ids.toArray());
		return stored;
	}

	/**
	 * The file gives the party exactly as stored (masked phones standing for the stored
	 * ones).
	 */
	private static boolean unchanged(Row row, Stored before) {
		if (before == null) {
			return false;
		}
		Object[] values = values(row);
		List<Object> now = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			now.add((values[i] instanceof java.util.Date date) ? date.toString() : values[i]);
		}
		if (!now.equals(before.values())) {
			return false;
		}
		boolean phoneSame = row.keepPhone() || (row.phone() == null && before.phoneMasked() == null);
		PartyDraft.ContactDraft contact = row.draft().contacts().isEmpty() ? null : row.draft().contacts().get(0);
		boolean contactSame = (contact == null) ? before.contactName() == null
				: Objects.equals(PartyDraft.strip(contact.name()), before.contactName())
						&& (row.keepContactPhone() || (row.contactPhone() == null && before.contactMasked() == null));
		return phoneSame && contactSame;
	}

	int unchanged() {
		return this.unchanged;
	}

	int inserted() {
		return this.inserted;
	}

	int updated() {
		return this.updated;
	}

}
