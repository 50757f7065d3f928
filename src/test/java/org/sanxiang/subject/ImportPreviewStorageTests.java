package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import previews wait in the database (so that every node finds them), not in files: at
 * most {@link PartyImport#PENDING_PER_USER} per user, removed when cancelled or expired.
 * A file being read is an owner-only scratch file in the data directory, never in
 * {@code /tmp}; scratch files a stopped node left behind go at the next start.
 */
@SpringBootTest
class ImportPreviewStorageTests {

	static final Path DIR = temporaryDirectory();

	static final Path LEFT_BEFORE_RESTART = DIR.resolve("3f1c2b7e-left-by-a-previous-run.xlsx");

	static final Path READ_IN_PROGRESS = DIR.resolve("9a0d4c11-read-by-another-node.xlsx");

	@DynamicPropertySource
	static void importDirectory(DynamicPropertyRegistry registry) throws IOException {
		Files.writeString(LEFT_BEFORE_RESTART, "a scratch file of a run that ended");
		Files.setLastModifiedTime(LEFT_BEFORE_RESTART,
				FileTime.from(Instant.now().minus(PartyImport.SCRATCH_LEFT_BEHIND).minusSeconds(60)));
		Files.writeString(READ_IN_PROGRESS, "a file another node is reading now");
		registry.add("sanxiang.subject.import-dir", DIR::toString);
	}

	@Autowired
	PartyImport imports;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	Agency hailin;

	Path sheet;

	@BeforeEach
	void agencyAndSheet() throws IOException {
		this.hailin = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		this.sheet = ImportFiles.write(Files.createTempFile(DIR.getParent(), "sheet", ".xlsx"), 7, 3,
				List.of(ImportColumn.values()));
	}

	ImportReport preview(String username) throws IOException {
		try (InputStream in = Files.newInputStream(this.sheet)) {
			return this.imports.preview(in, "parties.xlsx", this.hailin.id(), DuplicatePolicy.REFUSE,
					Set.of(this.hailin.id()), username);
		}
	}

	@Test
	void aScratchFileLeftByAnEarlierRunIsDeletedAtStartUpButNotOneBeingRead() throws IOException {
		assertThat(LEFT_BEFORE_RESTART).doesNotExist();
		assertThat(READ_IN_PROGRESS).exists();
	}

	@Test
	void aPreviewIsKeptInTheDatabaseNotInAFileUntilItIsCancelled() throws IOException {
		List<Path> tmpBefore = temporaryImports();
		ImportReport preview = preview("storage-tester");
		assertThat(files()).as("no file stays in the import directory").isEmpty();
		assertThat(temporaryImports()).as("nothing in java.io.tmpdir").isEqualTo(tmpBefore);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIR))).isEqualTo("rwx------");
		}
		assertThat(this.jdbc.sql("select content from subject_pending_import where token = :t")
			.param("t", preview.token())
			.query(byte[].class)
			.single()).isEqualTo(Files.readAllBytes(this.sheet));
		this.imports.cancel(preview.token(), "storage-tester");
		assertThat(pendingOf("storage-tester")).isZero();
		assertThatThrownBy(() -> this.imports.report(preview.token(), "storage-tester"))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aPreviewOlderThanTwoHoursIsRemoved() throws IOException {
		ImportReport old = preview("slow-user");
		ImportReport recent = preview("slow-user");
		this.jdbc.sql("update subject_pending_import set created_at = :at where token = :t")
			.param("at", OffsetDateTime.now().minus(PartyImport.PENDING_FOR).minusMinutes(1))
			.param("t", old.token())
			.update();
		this.imports.purgeExpired();
		assertThatThrownBy(() -> this.imports.report(old.token(), "slow-user")).isInstanceOf(RuleViolation.class);
		assertThat(this.imports.report(recent.token(), "slow-user").rows()).isEqualTo(recent.rows());
		this.imports.cancel(recent.token(), "slow-user");
	}

	@Test
	void aUserKeepsAtMostThreePreviewsTheOldestGivingWayToANewOne() throws IOException {
		ImportReport other = preview("another-user");
		List<ImportReport> mine = new ArrayList<>();
		for (int i = 0; i < PartyImport.PENDING_PER_USER + 2; i++) {
			mine.add(preview("busy-user"));
		}
		for (ImportReport dropped : mine.subList(0, 2)) {
			assertThatThrownBy(() -> this.imports.report(dropped.token(), "busy-user"))
				.isInstanceOf(RuleViolation.class);
		}
		for (ImportReport kept : mine.subList(2, mine.size())) {
			assertThat(this.imports.report(kept.token(), "busy-user").token()).isEqualTo(kept.token());
		}
		assertThat(this.imports.report(other.token(), "another-user").token()).isEqualTo(other.token());
		mine.subList(2, mine.size()).forEach((kept) -> this.imports.cancel(kept.token(), "busy-user"));
		this.imports.cancel(other.token(), "another-user");
		assertThat(pendingOf("busy-user") + pendingOf("another-user")).isZero();
		assertThat(files()).isEmpty();
	}

	private long pendingOf(String username) {
		return this.jdbc.sql("select count(*) from subject_pending_import where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** The import directory's files, but the one another node is reading. */
	private static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter((f) -> !f.equals(READ_IN_PROGRESS)).toList();
		}
	}

	private static List<Path> temporaryImports() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((f) -> f.getFileName().toString().startsWith("sanxiang-subject-import-")).toList();
		}
	}

	private static Path temporaryDirectory() {
		try {
			Path parent = Files.createDirectories(Path.of("target/test-imports"));
			return Files.createDirectories(Files.createTempDirectory(parent, "storage").resolve("import"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
