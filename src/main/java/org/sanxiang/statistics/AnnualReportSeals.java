package org.sanxiang.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing (finalising) the 行政执法统计年报 of a year: its canonical statement is kept and its
 * digests sealed into the ledger ({@link AnnualReportSealed}); the report page then
 * compares the figures counted now with the sealed version and shows every difference — a
 * rebuild never silently replaces what was published.
 */
@Service
public class AnnualReportSeals {

	private final JdbcClient jdbc;

	private final AnnualReports reports;

	private final ApplicationEventPublisher events;

	private final BusinessTime time;

	private final Ledger ledger;

	AnnualReportSeals(JdbcClient jdbc, AnnualReports reports, ApplicationEventPublisher events, BusinessTime time,
			Ledger ledger) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.events = events;
		this.time = time;
		this.ledger = ledger;
	}

	/** A published version of a year's report, as sealed. */
	public record Seal(int year, long agencyId, int version, String statement, String sha256, String sm3,
			Instant sealedAt, String sealedBy) {

		String subjectId() {
			return AnnualReportSealed.subjectId(this.year, this.agencyId, this.version);
		}

	}

	/** One figure that is counted differently now than in the sealed version. */
	public record FigureDifference(String key, String label, String sealed, String current) {

		/** The message key of the figure's name in the UI's language. */
		public String messageKey() {
			return Figure.messageKey(this.key);
		}

	}

	/**
	 * The sealed version compared with the figures counted now: whether they are the same
	 * statement, which figures differ, and how many counted records were added or are no
	 * longer counted.
	 */
	public record Check(Seal seal, Long ledgerIndex, String currentSha256, boolean matches,
			List<FigureDifference> figures, int recordsAdded, int recordsRemoved) {
	}

	/**
	 * Publishes the report of a finished year: seals its statement as the next version —
	 * refused while the year is not over, and when the figures are those of the version
	 * already sealed.
	 */
	@Transactional
	public Seal publish(SanxiangPrincipal head, Integer year, Long agencyId) {
		AnnualReports.Stated stated = this.reports.stated(head, year, agencyId);
		AnnualReport report = stated.report();
		if (report.year() >= this.time.today().getYear()) {
			throw new RuleViolation("STATISTICS_YEAR_NOT_OVER", "本年度尚未结束，年报须在次年发布");
		}
		ContentDigests digests = ContentDigests.of(AnnualReportStatement.bytes(stated.statement()));
		Optional<Seal> latest = latest(report.year(), report.agencyId());
		if (latest.isPresent() && latest.get().sha256().equals(digests.sha256())) {
			throw new RuleViolation("STATISTICS_ALREADY_SEALED", "该年报已发布并封存，当前数字与封存版本一致，无需再次发布");
		}
		int version = latest.map(Seal::version).orElse(0) + 1;
		Instant now = this.time.now();
		try {
			this.jdbc.sql("insert into statistics_report_seal (report_year, agency_id, version, statement, sha256, sm3,"
					+ " sealed_at, sealed_by) values (:year, :agency, :version, :statement, :sha256, :sm3, :at, :by)")
				.params(Map.of("year", report.year(), "agency", report.agencyId(), "version", version, "statement",
						stated.statement(), "sha256", digests.sha256(), "sm3", digests.sm3(), "at", Timestamp.from(now),
						"by", head.displayName()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("STATISTICS_SEAL_RACE", "该年报刚由他人发布，请刷新页面后查看", HttpStatus.CONFLICT);
		}
		this.events.publishEvent(
				new AnnualReportSealed(report.year(), report.agencyId(), report.agencyName(), version, digests));
		return new Seal(report.year(), report.agencyId(), version, stated.statement(), digests.sha256(), digests.sm3(),
				now, head.displayName());
	}

	/**
	 * The latest sealed version of the report the reader asks for, compared with what is
	 * counted now; empty when it was never published.
	 */
	@Transactional(readOnly = true)
	public Optional<Check> check(SanxiangPrincipal reader, Integer year, Long agencyId) {
		AnnualReports.Stated stated = this.reports.stated(reader, year, agencyId);
		AnnualReport report = stated.report();
		return latest(report.year(), report.agencyId()).map((seal) -> compare(seal, stated));
	}

	/** A sealed version's exact statement (the bytes whose digests the ledger holds). */
	@Transactional(readOnly = true)
	public Seal sealed(SanxiangPrincipal reader, Integer year, Long agencyId, Integer version) {
		AnnualReport report = this.reports.report(reader, year, agencyId);
		return this.jdbc
			.sql("select * from statistics_report_seal where report_year = :year and agency_id = :agency"
					+ " and version = :version")
			.param("year", report.year())
			.param("agency", report.agencyId())
			.param("version",
					(version == null) ? latest(report.year(), report.agencyId()).map(Seal::version).orElse(0) : version)
			.query(AnnualReportSeals::seal)
			.optional()
			.orElseThrow(() -> RuleViolation.notFound("已发布的年报"));
	}

	private Check compare(Seal seal, AnnualReports.Stated stated) {
		String current = stated.statement();
		String currentSha256 = ContentDigests.of(AnnualReportStatement.bytes(current)).sha256();
		Long index = this.ledger.entriesForSubject(AnnualReportSealed.SUBJECT_TYPE, seal.subjectId())
			.stream()
			.filter((e) -> e.contentSha256().equals(seal.sha256()))
			.map(LedgerEntry::index)
			.findFirst()
			.orElse(null);
		if (currentSha256.equals(seal.sha256())) {
			return new Check(seal, index, currentSha256, true, List.of(), 0, 0);
		}
		Map<String, String> before = AnnualReportStatement.figures(seal.statement());
		Map<String, String> now = AnnualReportStatement.figures(current);
		List<FigureDifference> figures = new ArrayList<>();
		Set<String> keys = new java.util.LinkedHashSet<>(now.keySet());
		keys.addAll(before.keySet());
		for (String key : keys) {
			if (!Objects.equals(before.get(key), now.get(key))) {
				figures.add(new FigureDifference(key, AnnualReports.figureLabel(key), readable(before.get(key)),
						readable(now.get(key))));
			}
		}
		Set<String> sealedRecords = AnnualReportStatement.records(seal.statement());
		Set<String> currentRecords = AnnualReportStatement.records(current);
		Set<String> added = new HashSet<>(currentRecords);
		added.removeAll(sealedRecords);
		Set<String> removed = new HashSet<>(sealedRecords);
		removed.removeAll(currentRecords);
		return new Check(seal, index, currentSha256, false, figures, added.size(), removed.size());
	}

	/** {@code COUNT\tAMOUNT} as people read it: {@code 3 件，50000.00 元}. */
	private static String readable(String figure) {
		if (figure == null) {
			return "—";
		}
		String[] parts = figure.split("\t");
		return parts[0] + ((parts.length > 1 && !"0.00".equals(parts[1])) ? " / " + parts[1] : "");
	}

	private Optional<Seal> latest(int year, long agencyId) {
		return this.jdbc
			.sql("select * from statistics_report_seal where report_year = :year and agency_id = :agency"
					+ " order by version desc limit 1")
			.param("year", year)
			.param("agency", agencyId)
			.query(AnnualReportSeals::seal)
			.optional();
	}

	private static Seal seal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Seal(rs.getInt("report_year"), rs.getLong("agency_id"), rs.getInt("version"),
				rs.getString("statement"), rs.getString("sha256"), rs.getString("sm3"),
				rs.getTimestamp("sealed_at").toInstant(), rs.getString("sealed_by"));
	}

}
