package org.sanxiang.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's view of the personal-data keys: how many stored values each
 * key version seals, a new key ({@link #rotate}), and sealing every value again with the
 * current key ({@link #reseal}). Re-sealing runs in batches of {@value #BATCH}, each in
 * its own transaction and each row written only if it still holds the value read (a
 * concurrent edit wins); a value that no longer opens is counted and left as it is.
 * Interrupted, it is simply run again: older keys stay in the file until the
 * administrator removes a version no value names.
 */
@Service
class PersonalDataKeys {

	static final int BATCH = 500;

	/** The sealed columns: table and column. */
	private static final List<String[]> COLUMNS = List.of(new String[] { "subject_party", "id_number_sealed" },
			new String[] { "subject_party", "phone_sealed" }, new String[] { "subject_contact", "phone_sealed" });

	/**
	 * One key version: whether new values use it, and how many stored values it seals.
	 */
	public record Version(int version, boolean current, long values) {
	}

	/** What a re-sealing did. */
	public record Resealed(int version, long resealed, long broken) {
	}

	private final PersonalDataCipher cipher;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	PersonalDataKeys(PersonalDataCipher cipher, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** Every version in the key file (and any a stored value names), oldest first. */
	public List<Version> versions() {
		Map<Integer, Long> counts = new TreeMap<>();
		this.cipher.versions().forEach((v) -> counts.put(v, 0L));
		for (String[] column : COLUMNS) {
			this.jdbc.query("select " + column[1] + " from " + column[0] + " where " + column[1] + " is not null",
					(rs) -> {
						counts.merge(PersonalDataCipher.versionOf(rs.getString(1)), 1L, Long::sum);
					});
		}
		List<Version> versions = new ArrayList<>();
		counts.forEach((v, n) -> versions.add(new Version(v, v == this.cipher.currentVersion(), n)));
		return versions;
	}

	/** Adds a key version, makes it current, and seals every stored value with it. */
	public Resealed rotate() {
		int version = this.cipher.rotate();
		this.events.publishEvent(new PersonalDataKeyEvents.KeyRotated(version));
		return reseal();
	}

	/** Seals every value that names an older version again with the current key. */
	public Resealed reseal() {
		int current = this.cipher.currentVersion();
		long[] total = new long[2];
		long after = Long.MIN_VALUE;
		while (true) {
			List<Long> ids = this.jdbc.queryForList(
					"select id from subject_party where id > ? order by id fetch first " + BATCH + " rows only",
					Long.class, after);
			if (ids.isEmpty()) {
				break;
			}
			after = ids.get(ids.size() - 1);
			long first = ids.get(0);
			long last = after;
			long[] counted = this.transactions.execute((status) -> resealRange(first, last, current));
			total[0] += counted[0];
			total[1] += counted[1];
		}
		this.events.publishEvent(new PersonalDataKeyEvents.ValuesResealed(current, total[0], total[1]));
		return new Resealed(current, total[0], total[1]);
	}

	/** The parties with ids in [first, last] and their contacts. */
	private long[] resealRange(long first, long last, int current) {
		long[] counts = new long[2];
		List<Object[]> idNumbers = new ArrayList<>();
		List<Object[]> phones = new ArrayList<>();
		this.jdbc.query("select id, id_number_sealed, phone_sealed from subject_party where id between ? and ?",
				(rs) -> {
					reseal(rs.getString(2), "id_number", current, counts, idNumbers, rs.getLong(1));
					reseal(rs.getString(3), "phone", current, counts, phones, rs.getLong(1));
				}, first, last);
		List<Object[]> contacts = new ArrayList<>();
		this.jdbc.query("select party_id, position, phone_sealed from subject_contact where party_id between ? and ?",
				(RowCallbackHandler) (rs) -> reseal(rs.getString(3), "phone", current, counts, contacts, rs.getLong(1),
						rs.getInt(2)),
				first, last);
		counts[0] += written("update subject_party set id_number_sealed = ? where id = ? and id_number_sealed = ?",
				idNumbers);
		counts[0] += written("update subject_party set phone_sealed = ? where id = ? and phone_sealed = ?", phones);
		counts[0] += written(
				"update subject_contact set phone_sealed = ? where party_id = ? and position = ? and phone_sealed = ?",
				contacts);
		return counts;
	}

	/**
	 * Adds {new sealed value, keys…, old sealed value} to {@code updates} for a value of
	 * an older version; counts one that does not open.
	 */
	private void reseal(String sealed, String field, int current, long[] counts, List<Object[]> updates,
			Object... keys) {
		if (sealed == null || PersonalDataCipher.versionOf(sealed) == current) {
			return;
		}
		try {
			String fresh = this.cipher.seal(this.cipher.open(sealed, field), field);
			Object[] row = new Object[keys.length + 2];
			row[0] = fresh;
			System.arraycopy(keys, 0, row, 1, keys.length);
			row[row.length - 1] = sealed;
			updates.add(row);
		}
		catch (PersonalDataCipher.SealBroken ex) {
			counts[1]++;
		}
	}

	private long written(String sql, List<Object[]> updates) {
		long written = 0;
		if (!updates.isEmpty()) {
			for (int count : this.jdbc.batchUpdate(sql, updates)) {
				written += Math.max(0, count);
			}
		}
		return written;
	}

}
