package org.sanxiang.subject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import previews wait in the data directory, not in {@code /tmp}: owner-only, gone after
 * a restart, at most {@link PartyImport#PENDING_PER_USER} per user, removed when
 * confirmed or cancelled.
 */
@SpringBootTest
class ImportPreviewStorageTests {

	static final Path DIR = temporaryDirectory();

	static final Path LEFT_BEFORE_RESTART = DIR.resolve("3f1c2b7e-left-by-a-previous-run.xlsx");

	@DynamicPropertySource
	static void importDirectory(DynamicPropertyRegistry registry) throws IOException {
		Files.writeString(LEFT_BEFORE_RESTART, "a preview of a run that ended");
		registry.add("sanxiang.subject.import-dir", DIR::toString);
	}

	@Autowired
	PartyImport imports;

	@Autowired
	AgencyDirectory agencies;

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
	void aPreviewLeftByAnEarlierRunIsDeletedAtStartUp() {
		assertThat(LEFT_BEFORE_RESTART).doesNotExist();
	}

	@Test
	void aPreviewIsAnOwnerOnlyFileInTheImportDirectoryUntilItIsCancelled() throws IOException {
		List<Path> before = files();
		List<Path> tmpBefore = temporaryImports();
		ImportReport preview = preview("storage-tester");
		List<Path> added = new ArrayList<>(files());
		added.removeAll(before);
		assertThat(added).hasSize(1);
		assertThat(temporaryImports()).as("nothing in java.io.tmpdir").isEqualTo(tmpBefore);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(added.get(0))))
				.isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIR))).isEqualTo("rwx------");
		}
		this.imports.cancel(preview.token(), "storage-tester");
		assertThat(added.get(0)).doesNotExist();
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
		assertThat(files()).isEmpty();
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.toList();
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
