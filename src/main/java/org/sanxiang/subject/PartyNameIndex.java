package org.sanxiang.subject;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bigram index of party names ({@code subject_name_gram}): every pair of adjacent
 * characters of a lower-cased name, with the party's id. A name substring of two or more
 * characters can only occur in a name that holds all of its bigrams, so the search
 * intersects the posting lists of the query's rarest bigrams and checks the few
 * candidates with {@code like}; it works the same on H2 and PostgreSQL, and needs no word
 * segmentation (Chinese names have no spaces).
 * <p>
 * How common a bigram is comes from a per-node cache of capped counts: it only chooses
 * which lists to read, never which parties to leave out, so a stale count costs time, not
 * results. A query whose every bigram is common ("有限公司") is answered by reading the
 * newest parties first, which finds a page of matches at once.
 * <p>
 * The index is derived data, maintained in the same transaction as the name: by the
 * register, the import and a migration for parties registered before it existed.
 */
@Component
class PartyNameIndex {

	/**
	 * By default, a posting list longer than this is "common": read the parties instead.
	 */
	static final int COMMON = 20_000;

	/** Lists intersected at most; three bigrams leave few candidates. */
	static final int LISTS = 3;

	/** At most this many candidates are checked against a further bigram one by one. */
	static final int PROBE = 1_000;

	private static final int CACHE_LIMIT = 50_000;

	private static final long CACHE_NANOS = 10L * 60 * 1_000_000_000;

	private record Count(long value, long at) {
	}

	private final Map<String, Count> counts = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final int common;

	private final int enough;

	/**
	 * {@code common}: a longer posting list is not read; {@code enough}: fewer candidates
	 * go straight to the check (tests set 0 to narrow by every list).
	 */
	PartyNameIndex(JdbcTemplate jdbc, @Value("${sanxiang.subject.name-index.common:" + COMMON + "}") int common,
			@Value("${sanxiang.subject.name-index.enough:100}") int enough) {
		this.jdbc = jdbc;
		this.common = Math.max(1, common);
		this.enough = Math.max(0, enough);
	}

	/**
	 * The bigrams of 有限公司, in nine names out of ten: never selective, so not indexed (a
	 * fifth fewer rows to write); a query made of them only reads the parties
	 * newest-first, where its matches are.
	 */
	static final Set<String> STOP = Set.of("有限", "限公", "公司");

	/**
	 * The distinct indexed bigrams of a name or query, lower-cased, by code point (the
	 * {@link #STOP} bigrams left out).
	 */
	static Set<String> grams(String text) {
		Set<String> grams = new LinkedHashSet<>();
		if (text == null) {
			return grams;
		}
		int[] points = normalise(text).codePoints().toArray();
		for (int i = 0; i + 1 < points.length; i++) {
			String gram = new String(points, i, 2);
			if (!STOP.contains(gram)) {
				grams.add(gram);
			}
		}
		return grams;
	}

	/** How names and queries are compared: stripped and lower-cased. */
	static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/** Indexes a newly registered party. */
	void add(long partyId, String name) {
		addAll(Map.of(partyId, name));
	}

	/**
	 * Re-indexes a renamed party: removes the bigrams it lost, adds the ones it gained.
	 */
	void rename(long partyId, String before, String after) {
		renameAll(List.of(new Renamed(partyId, before, after)));
	}

	/** A party's name before and after a change. */
	record Renamed(long partyId, String before, String after) {
	}

	/** Re-indexes many renamed parties in two batches. */
	void renameAll(List<Renamed> renamed) {
		List<Posting> gone = new ArrayList<>();
		List<Posting> added = new ArrayList<>();
		for (Renamed r : renamed) {
			Set<String> old = grams(r.before());
			Set<String> now = grams(r.after());
			old.stream().filter((g) -> !now.contains(g)).forEach((g) -> gone.add(new Posting(g, r.partyId())));
			now.stream().filter((g) -> !old.contains(g)).forEach((g) -> added.add(new Posting(g, r.partyId())));
		}
		write("delete from subject_name_gram where gram = ? and party_id = ?", gone);
		write("insert into subject_name_gram (gram, party_id) values (?, ?)", added);
	}

	/** One row of the index. */
	private record Posting(String gram, long partyId) {
	}

	/** One batch, parameters set by type (no per-value type detection). */
	private void write(String sql, List<Posting> postings) {
		if (postings.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setString(1, postings.get(i).gram());
				ps.setLong(2, postings.get(i).partyId());
			}

			@Override
			public int getBatchSize() {
				return postings.size();
			}

		});
	}

	/** Indexes many new parties (id → name) in one batch. */
	void addAll(Map<Long, String> names) {
		List<Posting> rows = new ArrayList<>();
		names.forEach((id, name) -> grams(name).forEach((g) -> rows.add(new Posting(g, id))));
		write("insert into subject_name_gram (gram, party_id) values (?, ?)", rows);
	}

	/**
	 * The parties whose names may hold {@code query} (two characters or more), newest
	 * first; or none when every bigram of the query is common and reading the parties in
	 * order is the faster way.
	 */
	long[] candidates(String query) {
		List<String> grams = new ArrayList<>(grams(query));
		if (grams.isEmpty()) {
			return null;
		}
		grams.sort(Comparator.comparingLong(this::count));
		long[] candidates = null;
		for (String gram : grams.subList(0, Math.min(LISTS, grams.size()))) {
			if (candidates != null && candidates.length <= PROBE && probes()) {
				candidates = probe(gram, candidates);
			}
			else {
				long[] postings = postings(gram);
				if (postings == null) {
					break;
				}
				candidates = (candidates == null) ? postings : intersect(candidates, postings);
			}
			if (candidates.length < this.enough || candidates.length == 0) {
				break;
			}
		}
		return candidates;
	}

	private volatile Boolean probes;

	/**
	 * Whether this database looks each of a list of keys up in an index (PostgreSQL); H2
	 * reads the bigram's whole range and tests every entry against the list — slower than
	 * reading the list (measured: p99 123 ms against 21 ms).
	 */
	private boolean probes() {
		if (this.probes == null) {
			String product = this.jdbc
				.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
			this.probes = !"H2".equalsIgnoreCase(product);
		}
		return this.probes;
	}

	/**
	 * The candidates that also hold {@code gram}, newest first: a look-up of each in the
	 * index instead of reading the bigram's whole list.
	 */
	private long[] probe(String gram, long[] candidates) {
		List<Object> params = new ArrayList<>();
		params.add(gram);
		Arrays.stream(candidates).forEach(params::add);
		return this.jdbc
			.queryForList("select party_id from subject_name_gram where gram = ? and party_id in ("
					+ String.join(",", java.util.Collections.nCopies(candidates.length, "?"))
					+ ") order by party_id desc", Long.class, params.toArray())
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/** A bigram's parties, newest first; none if the list is common. */
	private long[] postings(String gram) {
		long[] ids = new long[256];
		int[] n = { 0 };
		long[][] holder = { ids };
		this.jdbc.query("select party_id from subject_name_gram where gram = ? order by party_id desc fetch first "
				+ (this.common + 1) + " rows only", (rs) -> {
					if (n[0] == holder[0].length) {
						holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
					}
					holder[0][n[0]++] = rs.getLong(1);
				}, gram);
		this.counts.put(gram, new Count(n[0], System.nanoTime()));
		return (n[0] > this.common) ? null : Arrays.copyOf(holder[0], n[0]);
	}

	/** How many parties hold a bigram, capped just above "common"; cached. */
	private long count(String gram) {
		Count cached = this.counts.get(gram);
		if (cached != null && System.nanoTime() - cached.at() < CACHE_NANOS) {
			return cached.value();
		}
		if (this.counts.size() > CACHE_LIMIT) {
			this.counts.clear();
		}
		Long value = this.jdbc
			.queryForObject("select count(*) from (select party_id from subject_name_gram where gram = ? fetch first "
					+ (this.common + 1) + " rows only) capped", Long.class, gram);
		long count = (value == null) ? 0 : value;
		this.counts.put(gram, new Count(count, System.nanoTime()));
		return count;
	}

	/** Two descending id lists → the ids in both, descending. */
	static long[] intersect(long[] a, long[] b) {
		long[] out = new long[Math.min(a.length, b.length)];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				out[n++] = a[i];
				i++;
				j++;
			}
			else if (a[i] > b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return Arrays.copyOf(out, n);
	}

}
