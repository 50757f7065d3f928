package org.sanxiang.legalbasis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Laws and their articles, version by version. The public question it answers: what did
 * this article say on that date ({@link #resolve(Citation, LocalDate)}). Legal reviewers
 * add a new version of an article with its effective date; the previous version is closed
 * as 已修订, never rewritten. Every change is audited.
 */
@Service
public class LegalTexts {

	private static final String ARTICLE_COLUMNS = "id, law_code, article_no, text, effective_from, effective_to, status, recorded_by, recorded_at, note, closed_by, closed_at, closing_note";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BusinessTime time;

	LegalTexts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, BusinessTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	public LocalDate today() {
		return this.time.today();
	}

	/**
	 * Laws whose title, short title or code contains {@code query}; all laws when blank.
	 */
	public List<LegalText> laws(String query) {
		if (query == null || query.isBlank()) {
			return this.jdbc.sql("select * from legal_text order by sort_order").query(LegalTexts::law).list();
		}
		return this.jdbc.sql("""
				select * from legal_text where title like :p escape '\\' or short_title like :p escape '\\'
				or upper(code) = upper(:q) order by sort_order""")
			.param("p", LikePattern.containing(query))
			.param("q", query.strip())
			.query(LegalTexts::law)
			.list();
	}

	/** A law by code (AIR), short title (大气污染防治法) or full title. */
	public LegalText law(String codeOrTitle) {
		return findLaw(codeOrTitle).orElseThrow(() -> new RuleViolation("UNKNOWN_LAW",
				"未收录法律法规「" + abbreviate(codeOrTitle) + "」", HttpStatus.NOT_FOUND));
	}

	Optional<LegalText> findLaw(String codeOrTitle) {
		if (codeOrTitle == null || codeOrTitle.isBlank() || codeOrTitle.length() > 200) {
			return Optional.empty();
		}
		String key = codeOrTitle.strip().replace("《", "").replace("》", "");
		return this.jdbc.sql("select * from legal_text where upper(code) = upper(:k) or short_title = :k or title = :k")
			.param("k", key)
			.query(LegalTexts::law)
			.optional();
	}

	/** Law code → short title, for labelling citations without resolving them. */
	public java.util.Map<String, String> shortTitles() {
		java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
		laws(null).forEach((law) -> titles.put(law.code(), law.shortTitle()));
		return titles;
	}

	/** 《大气污染防治法》第九十九条第（二）项, without resolving the text. */
	public static String label(Citation citation, java.util.Map<String, String> shortTitles) {
		return "《" + shortTitles.getOrDefault(citation.lawCode(), citation.lawCode()) + "》" + citation.label();
	}

	/** The versions of a law's articles in force on {@code date}, in article order. */
	public List<ArticleVersion> articlesInForce(String lawCode, LocalDate date) {
		return this.jdbc
			.sql("select " + ARTICLE_COLUMNS + " from legal_article where law_code = :law and "
					+ EffectiveDated.IN_FORCE_SQL + " order by article_no")
			.param("law", lawCode)
			.param("d", date)
			.query(LegalTexts::article)
			.list();
	}

	/** Every version of one article, oldest first. */
	public List<ArticleVersion> history(String lawCode, int articleNo) {
		return this.jdbc
			.sql("select " + ARTICLE_COLUMNS
					+ " from legal_article where law_code = :law and article_no = :no order by effective_from")
			.param("law", lawCode)
			.param("no", articleNo)
			.query(LegalTexts::article)
			.list();
	}

	/** Article versions in force on {@code date} whose text contains {@code query}. */
	public List<ArticleVersion> search(String query, LocalDate date) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + ARTICLE_COLUMNS + " from legal_article where text like :p escape '\\' and "
					+ EffectiveDated.IN_FORCE_SQL + " order by law_code, article_no")
			.param("p", LikePattern.containing(query))
			.param("d", date)
			.query(LegalTexts::article)
			.list();
	}

	/**
	 * The article text in force on {@code date}. Refuses an unknown law (404), an article
	 * never recorded (404), and a date on which no version was in force (422).
	 */
	public ResolvedProvision resolve(Citation citation, LocalDate date) {
		if (date == null) {
			throw new RuleViolation("MISSING_DATE", "请指定日期", HttpStatus.BAD_REQUEST);
		}
		LegalText law = law(citation.lawCode());
		List<ArticleVersion> versions = history(law.code(), citation.article());
		if (versions.isEmpty()) {
			throw new RuleViolation("UNKNOWN_ARTICLE", "《" + law.shortTitle() + "》" + citation.label() + "未收录",
					HttpStatus.NOT_FOUND);
		}
		return EffectiveDated.inForceOn(versions, date)
			.map((v) -> new ResolvedProvision(
					new Citation(law.code(), citation.article(), citation.paragraph(), citation.item()), law, v))
			.orElseThrow(() -> new RuleViolation("ARTICLE_NOT_IN_FORCE", "《" + law.shortTitle() + "》" + citation.label()
					+ "在" + date + "没有有效文本（收录的版本自" + versions.get(0).effectiveFrom() + "起）"));
	}

	/**
	 * Records a new version of an article in force from {@code effectiveFrom}; the
	 * version in force before is closed the day before, as 已修订. Nothing is written if any
	 * check fails.
	 */
	@Transactional
	public ArticleVersion revise(String lawCode, int articleNo, String text, LocalDate effectiveFrom, String note,
			String actor) {
		LegalText law = law(lawCode);
		ArticleTextRules.check(text, note);
		if (effectiveFrom == null) {
			throw new RuleViolation("MISSING_DATE", "请填写新版本的施行日期", HttpStatus.BAD_REQUEST);
		}
		lock(law.code());
		List<ArticleVersion> versions = history(law.code(), articleNo);
		ArticleVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
		if (latest != null && !latest.maySucceedFrom(effectiveFrom)) {
			throw new RuleViolation("EFFECTIVE_DATE_NOT_AFTER_CURRENT",
					"新版本的施行日期须晚于现有最新版本的施行日期（" + latest.effectiveFrom() + "）");
		}
		if (latest != null && latest.effectiveTo() != null && !effectiveFrom.isAfter(latest.effectiveTo())) {
			throw new RuleViolation("EFFECTIVE_DATE_NOT_AFTER_CURRENT",
					"新版本的施行日期须晚于现有最新版本的失效日期（" + latest.effectiveTo() + "）");
		}
		if (latest != null && latest.effectiveTo() == null) {
			int closed = close(latest, effectiveFrom, TextStatus.REVISED, actor, null);
			if (closed != 1) {
				throw RuleViolation.conflict("该条文已被他人修订，请刷新后重试");
			}
		}
		long id = insertArticle(law.code(), articleNo, text.strip(), effectiveFrom, null, TextStatus.IN_FORCE, actor,
				(note != null) ? note.strip() : null);
		this.events.publishEvent(
				new LegalBasisEvents.ArticleVersionAdded(law.code(), law.shortTitle(), articleNo, effectiveFrom));
		return history(law.code(), articleNo).stream().filter((v) -> v.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Closes an open version the day before {@code from}, as 已修订 or 已废止, recording who
	 * and why; answers how many rows it closed (0 when someone else closed it first).
	 */
	int close(ArticleVersion version, LocalDate from, TextStatus status, String actor, String why) {
		return this.jdbc.sql("""
				update legal_article set effective_to = :to, status = :status, closed_by = :by, closed_at = :at,
				closing_note = :why where id = :id and effective_to is null""")
			.param("to", from.minusDays(1))
			.param("status", status.name())
			.param("by", actor)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("why", why)
			.param("id", version.id())
			.update();
	}

	/**
	 * Serialises edits of one law's articles (the row lock is held to the end of the
	 * transaction).
	 */
	void lock(String lawCode) {
		this.jdbc.sql("select code from legal_text where code = :code for update")
			.param("code", lawCode)
			.query(String.class)
			.optional();
	}

	int nextSortOrder() {
		return this.jdbc.sql("select coalesce(max(sort_order), 0) + 1 from legal_text").query(Integer.class).single();
	}

	void insertLaw(LegalText law, int sortOrder) {
		this.jdbc
			.sql("""
					insert into legal_text (code, title, short_title, level, issuing_body, version_note, promulgated_on,
					effective_on, status, sort_order) values (:code, :title, :short, :level, :body, :note, :prom, :eff, :status, :sort)""")
			.param("code", law.code())
			.param("title", law.title())
			.param("short", law.shortTitle())
			.param("level", law.level().name())
			.param("body", law.issuingBody())
			.param("note", law.versionNote())
			.param("prom", law.promulgatedOn())
			.param("eff", law.effectiveOn())
			.param("status", law.status().name())
			.param("sort", sortOrder)
			.update();
	}

	long insertArticle(String lawCode, int articleNo, String text, LocalDate from, LocalDate to, TextStatus status,
			String actor, String note) {
		this.jdbc
			.sql("""
					insert into legal_article (law_code, article_no, text, effective_from, effective_to, status, recorded_by,
					recorded_at, note) values (:law, :no, :text, :from, :to, :status, :by, :at, :note)""")
			.param("law", lawCode)
			.param("no", articleNo)
			.param("text", text)
			.param("from", from)
			.param("to", to)
			.param("status", status.name())
			.param("by", actor)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("note", note)
			.update();
		return this.jdbc
			.sql("select id from legal_article where law_code = :law and article_no = :no and effective_from = :from")
			.param("law", lawCode)
			.param("no", articleNo)
			.param("from", from)
			.query(Long.class)
			.single();
	}

	boolean isEmpty() {
		return this.jdbc.sql("select count(*) from legal_text").query(Long.class).single() == 0;
	}

	private static String abbreviate(String text) {
		String value = (text == null) ? "" : text.strip();
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

	private static LegalText law(ResultSet rs, int row) throws SQLException {
		return new LegalText(rs.getString("code"), rs.getString("title"), rs.getString("short_title"),
				LegalLevel.valueOf(rs.getString("level")), rs.getString("issuing_body"), rs.getString("version_note"),
				rs.getObject("promulgated_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
				TextStatus.valueOf(rs.getString("status")));
	}

	private static ArticleVersion article(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("recorded_at");
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new ArticleVersion(rs.getLong("id"), rs.getString("law_code"), rs.getInt("article_no"),
				rs.getString("text"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), TextStatus.valueOf(rs.getString("status")),
				rs.getString("recorded_by"), (at != null) ? at.toInstant() : Instant.EPOCH, rs.getString("note"),
				rs.getString("closed_by"), (closedAt != null) ? closedAt.toInstant() : null,
				rs.getString("closing_note"));
	}

}
