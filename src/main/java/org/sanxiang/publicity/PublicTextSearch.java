package org.sanxiang.publicity;

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
 * A query of one character is refused (it is in nearly every decision, and no index of
 * pairs can serve it); {@link PublicSearch} says so in Chinese.
 */
@Component
class PublicTextSearch {

	/** The shortest query, in characters. */
	static final int MIN_LENGTH = 2;

	private final JdbcTemplate jdbc;

	private volatile Boolean indexed;

	PublicTextSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the condition for {@code q} to {@code where} and its parameters to
	 * {@code params}.
	 */
	void condition(String q, StringBuilder where, Map<String, Object> params) {
		String text = q.toLowerCase(Locale.ROOT);
		if (indexed()) {
			where.append(" and publicity_bigrams(search_text) @> publicity_bigrams(:qText)");
			params.put("qText", text);
		}
		where.append(" and search_text like :q escape '!'");
		params.put("q", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
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
