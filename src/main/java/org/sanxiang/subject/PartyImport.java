package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanxiang.storage.OwnerOnly;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports organisations from an XLSX sheet in two steps: {@link #preview} validates every
 * row while streaming the upload and reports counts and refused rows; {@link #confirm}
 * streams it again and writes the valid rows in JDBC batches in ONE transaction
 * ({@link #cancel} writes nothing). Both steps are audited with the file's SHA-256.
 * Duplicates by 统一社会信用代码 — within the file or against the agency's register — are merged
 * (the file wins; a later row wins over an earlier one) or refused, as chosen. Previews
 * wait in the database ({@link PendingImports}), so that any node can confirm them; they
 * are removed after {@link #PENDING_FOR}, and a user has at most
 * {@link #PENDING_PER_USER} of them, a new one replacing the oldest. While a file is read
 * it is a scratch file in the data directory (owner-only, deleted after the read).
 */
@Service
class PartyImport {

	static final Duration PENDING_FOR = Duration.ofHours(2);

	static final int PENDING_PER_USER = 3;

	/** Scratch files older than this are left by a node that stopped in the middle. */
	static final Duration SCRATCH_LEFT_BEHIND = Duration.ofHours(1);

	private final PendingImports pending;

	private final PartyRegistry registry;

	private final PersonalDataCipher cipher;

	private final PartyNameIndex names;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Path dir;

	PartyImport(PendingImports pending, PartyRegistry registry, PersonalDataCipher cipher, PartyNameIndex names,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${sanxiang.subject.import-dir:./data/import}") Path dir) {
		this.dir = dir;
		this.clock = clock;
		deleteScratchLeftBehind(dir, Instant.now(clock).minus(SCRATCH_LEFT_BEHIND));
		this.pending = pending;
		this.registry = registry;
		this.cipher = cipher;
		this.names = names;
		this.jdbc = jdbc;
		this.events = events;
	}

	public ImportReport preview(InputStream upload, String fileName, long agencyId, DuplicatePolicy policy,
			Set<Long> agencyIds, String username) {
		if (!agencyIds.contains(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		purgeExpired();
		Path file = null;
		try {
			file = scratchFile();
			String sha256 = copyHashing(upload, file);
			if (!ImportScan.looksLikeXlsx(file)) {
				throw notXlsx();
			}
			ImportScan scan = new ImportScan(this.registry.today(), policy, existingCodes(agencyId), Set.of(), null);
			scan.run(file);
			String token = UUID.randomUUID().toString();
			ImportReport report = scan.report(token, safeName(fileName), sha256);
			this.pending.keepNewest(username, PENDING_PER_USER - 1);
			this.pending.add(token, username, agencyId, Instant.now(this.clock),
					new PendingImports.Preview(report, scan.superseded()), Files.readAllBytes(file));
			this.events.publishEvent(new PartyImportEvents.ImportPreviewed(agencyId, sha256, report.toInsert(),
					report.toUpdate(), report.rejectedRows()));
			return report;
		}
		catch (IOException ex) {
			throw notXlsx();
		}
		finally {
			delete(file);
		}
	}

	public ImportReport report(String token, String username) {
		return pending(token, username).preview().report();
	}

	/**
	 * Writes every valid row of a previewed file in one transaction; the preview is gone
	 * when it commits, so a second confirmation (on any node) finds nothing to import.
	 */
	@Transactional
	public ImportReport confirm(String token, String username, Set<Long> agencyIds) {
		PendingImports.Pending p = pending(token, username);
		if (!agencyIds.contains(p.agencyId())) {
			throw RuleViolation.notFound("导入任务");
		}
		byte[] content = this.pending.lockContent(token).orElseThrow(() -> RuleViolation.notFound("导入任务"));
		ImportReport previewed = p.preview().report();
		ImportWriter writer = new ImportWriter(this.jdbc, this.registry, this.names, p.agencyId(), username,
				Instant.now(this.clock));
		ImportScan scan = new ImportScan(this.registry.today(), previewed.policy(), existingCodes(p.agencyId()),
				p.preview().superseded(), writer);
		Path file = null;
		try {
			file = scratchFile();
			Files.write(file, content);
			scan.run(file);
		}
		catch (IOException ex) {
			throw notXlsx();
		}
		finally {
			delete(file);
		}
		writer.flush();
		ImportReport done = scan.report(token, previewed.fileName(), previewed.sha256());
		this.events.publishEvent(new PartyImportEvents.PartiesImported(p.agencyId(), previewed.sha256(),
				writer.inserted(), writer.updated(), done.rejectedRows()));
		this.pending.remove(token);
		return done;
	}

	public void cancel(String token, String username) {
		PendingImports.Pending p = pending(token, username);
		if (this.pending.remove(token)) {
			this.events
				.publishEvent(new PartyImportEvents.ImportCancelled(p.agencyId(), p.preview().report().sha256()));
		}
	}

	/**
	 * The template, generated on request: headers, one example row, and a sheet of
	 * instructions.
	 */
	public void writeTemplate(OutputStream out) throws IOException {
		ImportSheets.writeTemplate(out);
	}

	public void writeErrors(String token, String username, OutputStream out) throws IOException {
		ImportSheets.writeErrors(pending(token, username).preview().report(), out);
	}

	private PendingImports.Pending pending(String token, String username) {
		PendingImports.Pending p = (token == null || token.length() > 36) ? null
				: this.pending.find(token).orElse(null);
		if (p == null || !p.username().equals(username)) {
			throw RuleViolation.notFound("导入任务");
		}
		return p;
	}

	private Map<String, Long> existingCodes(long agencyId) {
		Map<String, Long> codes = new java.util.HashMap<>();
		this.jdbc.query("select credit_code, id from subject_party where agency_id = ? and credit_code is not null",
				(rs) -> {
					codes.put(rs.getString(1), rs.getLong(2));
				}, agencyId);
		return codes;
	}

	/**
	 * Previews that expired are removed, even when nobody imports for a while; on one
	 * node at a time.
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	@SchedulerLock(name = "subject.import-purge", lockAtMostFor = "PT10M")
	void purgeExpired() {
		this.pending.removeCreatedBefore(Instant.now(this.clock).minus(PENDING_FOR));
	}

	private Path scratchFile() throws IOException {
		return OwnerOnly.createFile(OwnerOnly.createDirectories(this.dir).resolve(UUID.randomUUID() + ".xlsx"));
	}

	/**
	 * Scratch files of reads that never finished (the node stopped); recent ones may be
	 * another node's reads in progress, when the nodes share the data directory.
	 */
	private static void deleteScratchLeftBehind(Path dir, Instant before) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			files.filter(Files::isRegularFile).filter((f) -> modifiedBefore(f, before)).forEach(PartyImport::delete);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot clean the import directory " + dir.toAbsolutePath(), ex);
		}
	}

	private static boolean modifiedBefore(Path file, Instant before) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(before);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String copyHashing(InputStream upload, Path file) throws IOException {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(upload, sha256);
					OutputStream out = Files.newOutputStream(file)) {
				in.transferTo(out);
			}
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String safeName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replaceAll("[\\p{Cntrl}<>\"\\\\/]", "_");
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static RuleViolation notXlsx() {
		return new RuleViolation("SUBJECT_IMPORT_NOT_XLSX", "只接受 Excel 2007 及以上格式（.xlsx）的文件，请下载模板填写后上传",
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a scratch file left behind is removed at a later start
			}
		}
	}

}
