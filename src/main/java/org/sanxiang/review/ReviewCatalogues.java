package org.sanxiang.review;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.AgencyLevel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies' review catalogues: the version in force on a date, the versions an agency
 * published, publishing a new one, and classifying a proposed decision against the
 * version in force on its date.
 */
@Service
public class ReviewCatalogues {

	/**
	 * An agency publishes a few versions in its lifetime; the list shows the latest ones.
	 */
	static final int VERSIONS_SHOWN = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<CatalogueEntry>> ENTRIES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	ReviewCatalogues(JdbcClient jdbc, AgencyDirectory agencies, BusinessTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.time = time;
		this.events = events;
	}

	/**
	 * The version in force for {@code agencyId} on {@code date}, if the agency has one.
	 */
	public Optional<ReviewCatalogue> inForce(long agencyId, LocalDate date) {
		return this.jdbc
			.sql("select * from review_catalogue where agency_id = :agency and " + EffectiveDated.IN_FORCE_SQL)
			.param("agency", agencyId)
			.param("d", Date.valueOf(date))
			.query(this::map)
			.optional();
	}

	/** The latest versions an agency published, newest first. */
	public List<ReviewCatalogue> versions(long agencyId) {
		return this.jdbc
			.sql("select * from review_catalogue where agency_id = :agency order by version desc limit "
					+ VERSIONS_SHOWN)
			.param("agency", agencyId)
			.query(this::map)
			.list();
	}

	/**
	 * Publishes a new version from {@code effectiveFrom} (today or later: a catalogue
	 * does not reclassify decisions already made) and closes the current one the day
	 * before.
	 */
	@Transactional
	public ReviewCatalogue publish(long agencyId, LocalDate effectiveFrom, List<CatalogueEntry> entries, Actor actor) {
		if (effectiveFrom == null || effectiveFrom.isBefore(this.time.today())) {
			throw new RuleViolation("REVIEW_CATALOGUE_RETROACTIVE", "目录清单的施行日期不能早于今天，已作出的决定不因新目录清单改变");
		}
		return record(agencyId, effectiveFrom, entries, actor);
	}

	/**
	 * Records a version as published from {@code effectiveFrom} whatever the date: for
	 * the demo data, which shows a catalogue in force since the start of the year.
	 */
	@Transactional
	ReviewCatalogue record(long agencyId, LocalDate effectiveFrom, List<CatalogueEntry> entries, Actor actor) {
		this.agencies.agency(agencyId);
		Optional<ReviewCatalogue> latest = versions(agencyId).stream().findFirst();
		int version = latest.map((catalogue) -> catalogue.version() + 1).orElse(1);
		ReviewCatalogue catalogue = new ReviewCatalogue(agencyId, version, effectiveFrom, null, entries);
		if (latest.isPresent()) {
			ReviewCatalogue previous = latest.get();
			if (!previous.maySucceedFrom(effectiveFrom)) {
				throw new RuleViolation("REVIEW_CATALOGUE_ORDER",
						"新版本的施行日期须晚于第" + previous.version() + "版的施行日期（" + previous.effectiveFrom() + "）",
						HttpStatus.CONFLICT);
			}
			this.jdbc
				.sql("update review_catalogue set effective_to = :to where agency_id = :agency and version = :version")
				.param("to", Date.valueOf(effectiveFrom.minusDays(1)))
				.param("agency", agencyId)
				.param("version", previous.version())
				.update();
		}
		String json = JSON.writeValueAsString(catalogue.entries());
		String digest = sha256(json);
		try {
			this.jdbc
				.sql("""
						insert into review_catalogue (agency_id, version, effective_from, entries, digest, published_by,
						published_by_name, published_at) values (:agency, :version, :from, :entries, :digest, :by, :name, :at)""")
				.param("agency", agencyId)
				.param("version", version)
				.param("from", Date.valueOf(effectiveFrom))
				.param("entries", json)
				.param("digest", digest)
				.param("by", actor.username())
				.param("name", actor.displayName())
				.param("at", Timestamp.from(this.time.now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("REVIEW_CATALOGUE_CONFLICT", "另一版本刚刚发布，请刷新后重试", HttpStatus.CONFLICT);
		}
		this.events.publishEvent(
				new ReviewCataloguePublished(agencyId, version, effectiveFrom, catalogue.entries().size(), digest));
		return catalogue;
	}

	/**
	 * Classifies {@code decision} against its agency's catalogue in force on its date;
	 * refused when there is none, since then nobody can say whether review is required.
	 */
	public Classification classify(ProposedDecision decision) {
		ReviewCatalogue catalogue = inForce(decision.agencyId(), decision.decisionDate())
			.orElseThrow(() -> new RuleViolation("REVIEW_CATALOGUE_MISSING",
					"本机关在 " + decision.decisionDate() + " 没有生效的法制审核目录清单，无法判断是否须经法制审核；请先发布目录清单", HttpStatus.CONFLICT));
		AgencyLevel level = this.agencies.agency(decision.agencyId()).level();
		return ReviewClassifier.classify(decision, catalogue, level);
	}

	private ReviewCatalogue map(ResultSet rs, int row) throws SQLException {
		Date to = rs.getDate("effective_to");
		return new ReviewCatalogue(rs.getLong("agency_id"), rs.getInt("version"),
				rs.getDate("effective_from").toLocalDate(), (to == null) ? null : to.toLocalDate(),
				JSON.readValue(rs.getString("entries"), ENTRIES));
	}

	private static String sha256(String text) {
		return ContentDigests.of(text.getBytes(StandardCharsets.UTF_8)).sha256();
	}

}
