package org.sanxiang.publicity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Chinese full text over the published text ({@code search_text}, lower-cased title and
 * text of the redacted copy): a substring match, which needs no word segmentation.
 * <p>
 * On PostgreSQL the match goes through a GIN index of the text's bigrams
 * ({@code publicity_bigrams}, migration V75): a substring of two or more characters can
 * only occur in a text that holds all of its bigrams, so the index finds the candidates
 * and {@code like} confirms them — the same rows as the plain {@code like}, found without
 * reading the table. pg_trgm would not do: it reads only letters and digits of the
 * server's locale as words, and under the C locale it skips every Chinese character. H2
 * keeps the plain {@code like}.
 * <p>
 * Not every pair of the query goes to the index: a pair in most texts (有限, 公司 — in every
 * company's name) has a posting list of nearly every row, and reading it costs far more
 * than it narrows; the query asks the index for its selective pairs only
 * ({@link #selective}), after the database's own statistics of the index (the most common
 * elements ANALYZE records), and {@code like} still decides. Over 1,000,000 decisions a
 * company's full name took 11 ms with all its pairs, 0.5 ms without the common ones
 * (docs/benchmarks.md).
 * <p>
 * A query of one character is refused (it is in nearly every decision, and no index of
 * pairs can serve it); {@link PublicSearch} says so in Chinese.
 */
@Component
class PublicTextSearch {

	/** The shortest query, in characters. */
	static final int MIN_LENGTH = 2;

	/**
	 * A pair in at least this share of the indexed texts is common: the index is not
	 * asked for it while the query has a rarer one.
	 */
	static final double COMMON = 0.01;

	/** How long the pairs' frequencies are used before they are read again. */
	static final Duration FREQUENCIES_TTL = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Boolean indexed;

	private volatile Frequencies frequencies;

	PublicTextSearch(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends the condition for {@code q} to {@code where} and its parameters to
	 * {@code params}.
	 */
	void condition(String q, StringBuilder where, Map<String, Object> params) {
		String text = q.toLowerCase(Locale.ROOT);
		if (indexed()) {
			where.append(indexCondition(selective(bigrams(text), frequencies()), params));
		}
		where.append(" and search_text like :q escape '!'");
		params.put("q", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
	}

	/**
	 * The condition that asks the index for these pairs (with their parameters), or none
	 * for a text without a pair.
	 */
	static String indexCondition(List<String> pairs, Map<String, Object> params) {
		if (pairs.isEmpty()) {
			return "";
		}
		StringBuilder condition = new StringBuilder(" and publicity_bigrams(search_text) @> cast(array[");
		for (int i = 0; i < pairs.size(); i++) {
			condition.append((i == 0) ? ":qPair" : ", :qPair").append(i);
			params.put("qPair" + i, pairs.get(i));
		}
		return condition.append("] as text[])").toString();
	}

	/**
	 * The pairs of adjacent characters of {@code text}, each once, in order: the same as
	 * {@code publicity_bigrams} (V79_3) makes of it, one character being one code point.
	 */
	static List<String> bigrams(String text) {
		int[] c = text.codePoints().toArray();
		LinkedHashSet<String> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 1 < c.length; i++) {
			pairs.add(new String(c, i, 2));
		}
		return new ArrayList<>(pairs);
	}

	/**
	 * The pairs to ask the index for: those less common than {@link #COMMON} (any pair
	 * the statistics do not list is); with only one such, also the rarest common pair
	 * (one pair alone may still stand for a tenth of a million rows); with none, the two
	 * rarest. Never empty for a query of two characters or more; {@code like} decides
	 * either way, so the answer is the same whatever is left out.
	 */
	static List<String> selective(List<String> pairs, Map<String, Double> frequency) {
		List<String> rare = new ArrayList<>();
		List<String> common = new ArrayList<>();
		for (String pair : pairs) {
			(frequency.getOrDefault(pair, 0.0) < COMMON ? rare : common).add(pair);
		}
		common.sort(Comparator.comparingDouble(frequency::get));
		int more = (rare.size() >= 2) ? 0 : 2 - rare.size();
		rare.addAll(common.subList(0, Math.min(more, common.size())));
		return rare;
	}

	/**
	 * The share of indexed texts that hold each of the most common pairs, from the
	 * statistics of the index ({@code pg_stats}); read again after
	 * {@link #FREQUENCIES_TTL}. Empty before the first ANALYZE (then every pair goes to
	 * the index, as a query did before).
	 */
	Map<String, Double> frequencies() {
		Frequencies current = this.frequencies;
		Instant now = this.clock.instant();
		if (current == null || now.isAfter(current.readAt().plus(FREQUENCIES_TTL))) {
			current = new Frequencies(readFrequencies(), now);
			this.frequencies = current;
		}
		return current.byPair();
	}

	/** Reads the statistics again now (after an ANALYZE in a test). */
	void forgetFrequencies() {
		this.frequencies = null;
	}

	private Map<String, Double> readFrequencies() {
		Map<String, Double> byPair = new HashMap<>();
		this.jdbc.query("select most_common_elems::text::text[] as pairs, most_common_elem_freqs as shares"
				+ " from pg_stats where schemaname = current_schema() and tablename = 'publicity_publication_text_gram'",
				(rs) -> {
					java.sql.Array pairs = rs.getArray("pairs");
					java.sql.Array shares = rs.getArray("shares");
					if (pairs == null || shares == null) {
						return;
					}
					String[] p = (String[]) pairs.getArray();
					Float[] f = (Float[]) shares.getArray();
					// the shares end with the minimum, the maximum and the share of
					// empty arrays
					for (int i = 0; i < p.length && i < f.length; i++) {
						byPair.put(p[i], f[i].doubleValue());
					}
				});
		return Map.copyOf(byPair);
	}

	private record Frequencies(Map<String, Double> byPair, Instant readAt) {
	}

	/** Whether this database has the bigram index (PostgreSQL). */
	boolean indexed() {
		if (this.indexed == null) {
			String product = this.jdbc
				.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
			this.indexed = "PostgreSQL".equalsIgnoreCase(product);
		}
		return this.indexed;
	}

}
