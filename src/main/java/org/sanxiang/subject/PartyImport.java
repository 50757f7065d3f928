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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
 * Imports organisations from an XLSX sheet in two steps: {@link #preview} stores the
 * upload in a temporary file, validates every row while streaming it and reports counts
 * and refused rows; {@link #confirm} streams it again and writes the valid rows in JDBC
 * batches in ONE transaction ({@link #cancel} writes nothing). Both steps are audited
 * with the file's SHA-256. Duplicates by 统一社会信用代码 — within the file or against the
 * agency's register — are merged (the file wins; a later row wins over an earlier one) or
 * refused, as chosen. Previews wait in the data directory (owner-only, emptied at
 * start-up, removed after {@link #PENDING_FOR}); a user has at most
 * {@link #PENDING_PER_USER} of them, a new one replacing the oldest.
 */
@Service
class PartyImport {

	static final Duration PENDING_FOR = Duration.ofHours(2);

	static final int PENDING_PER_USER = 3;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private final PartyRegistry registry;

	private final PersonalDataCipher cipher;

	private final PartyNameIndex names;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Path dir;

	PartyImport(PartyRegistry registry, PersonalDataCipher cipher, PartyNameIndex names, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock,
			@Value("${sanxiang.subject.import-dir:./data/import}") Path dir) {
		this.dir = dir;
		emptyDirectory(dir);
		this.registry = registry;
		this.cipher = cipher;
		this.names = names;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A file awaiting confirmation. */
	private record Pending(ImportReport report, Path file, long agencyId, String username, Set<Integer> superseded,
			Instant created) {
	}

	public ImportReport preview(InputStream upload, String fileName, long agencyId, DuplicatePolicy policy,
			Set<Long> agencyIds, String username) {
		if (!agencyIds.contains(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		purgeExpired();
		Path file = null;
		try {
			file = OwnerOnly.createFile(OwnerOnly.createDirectories(this.dir).resolve(UUID.randomUUID() + ".xlsx"));
			String sha256 = copyHashing(upload, file);
			if (!ImportScan.looksLikeXlsx(file)) {
				throw notXlsx();
			}
			ImportScan scan = new ImportScan(this.registry.today(), policy, existingCodes(agencyId), Set.of(), null);
			scan.run(file);
			String token = UUID.randomUUID().toString();
			ImportReport report = scan.report(token, safeName(fileName), sha256);
			makeRoomFor(username);
			this.pending.put(token,
					new Pending(report, file, agencyId, username, scan.superseded(), Instant.now(this.clock)));
			this.events.publishEvent(new PartyImportEvents.ImportPreviewed(agencyId, sha256, report.toInsert(),
					report.toUpdate(), report.rejectedRows()));
			return report;
		}
		catch (IOException ex) {
			delete(file);
			throw notXlsx();
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	public ImportReport report(String token, String username) {
		return pending(token, username).report();
	}

	/** Writes every valid row of a previewed file in one transaction. */
	@Transactional
	public ImportReport confirm(String token, String username, Set<Long> agencyIds) {
		Pending p = pending(token, username);
		if (!agencyIds.contains(p.agencyId())) {
			throw RuleViolation.notFound("导入任务");
		}
		ImportWriter writer = new ImportWriter(this.jdbc, this.registry, this.names, p.agencyId(), username,
				Instant.now(this.clock));
		ImportScan scan = new ImportScan(this.registry.today(), p.report().policy(), existingCodes(p.agencyId()),
				p.superseded(), writer);
		try {
			scan.run(p.file());
		}
		catch (IOException ex) {
			throw notXlsx();
		}
		writer.flush();
		ImportReport done = scan.report(token, p.report().fileName(), p.report().sha256());
		this.events.publishEvent(new PartyImportEvents.PartiesImported(p.agencyId(), p.report().sha256(),
				writer.inserted(), writer.updated(), done.rejectedRows()));
		this.pending.remove(token);
		delete(p.file());
		return done;
	}

	public void cancel(String token, String username) {
		Pending p = pending(token, username);
		this.pending.remove(token);
		delete(p.file());
		this.events.publishEvent(new PartyImportEvents.ImportCancelled(p.agencyId(), p.report().sha256()));
	}

	/**
	 * The template, generated on request: headers, one example row, and a sheet of
	 * instructions.
	 */
	public void writeTemplate(OutputStream out) throws IOException {
		ImportSheets.writeTemplate(out);
	}

	public void writeErrors(String token, String username, OutputStream out) throws IOException {
		ImportSheets.writeErrors(pending(token, username).report(), out);
	}

	private Pending pending(String token, String username) {
		Pending p = (token == null) ? null : this.pending.get(token);
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

	/** Drops the user's oldest previews so that the new one is at most the limit. */
	private synchronized void makeRoomFor(String username) {
		List<Map.Entry<String, Pending>> own = this.pending.entrySet()
			.stream()
			.filter((e) -> e.getValue().username().equals(username))
			.sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Pending::created)))
			.toList();
		for (int i = 0; i <= own.size() - PENDING_PER_USER; i++) {
			Pending dropped = this.pending.remove(own.get(i).getKey());
			if (dropped != null) {
				delete(dropped.file());
			}
		}
	}

	/** Previews that expired are removed, even when nobody imports for a while. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void purgeExpired() {
		Instant limit = Instant.now(this.clock).minus(PENDING_FOR);
		List<String> expired = this.pending.entrySet()
			.stream()
			.filter((e) -> e.getValue().created().isBefore(limit))
			.map(Map.Entry::getKey)
			.toList();
		expired.forEach((token) -> {
			Pending p = this.pending.remove(token);
			if (p != null) {
				delete(p.file());
			}
		});
	}

	/** No preview survives a restart: the tokens that named them are gone. */
	private static void emptyDirectory(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			files.filter(Files::isRegularFile).forEach(PartyImport::delete);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot empty the import directory " + dir.toAbsolutePath(), ex);
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
				// a preview left behind is removed at the next start
			}
		}
	}

}
