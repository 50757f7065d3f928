package org.sanxiang.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The platform's files are its own: directories {@code rwx------}, files
 * {@code rw-------} (blobs {@code r--------}), whatever the umask, and what an older
 * version left readable is tightened at start-up.
 */
class OwnerOnlyTests {

	@TempDir
	Path root;

	@BeforeEach
	void posix() {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
				"owner-only permissions need a POSIX file system");
	}

	@Test
	void directoriesAndFilesAreCreatedForTheOwnerOnly() throws IOException {
		Path dir = OwnerOnly.createDirectories(this.root.resolve("a/b/c"));
		Path file = OwnerOnly.createFile(dir.resolve("f"));
		assertThat(mode(this.root.resolve("a"))).isEqualTo("rwx------");
		assertThat(mode(dir)).isEqualTo("rwx------");
		assertThat(mode(file)).isEqualTo("rw-------");
	}

	@Test
	void blobsAndTheirDirectoriesAreTheOwnersOnly() {
		FileSystemBlobStore store = new FileSystemBlobStore(this.root.resolve("blobs"));
		Path blob = store.pathOf(store.put("卷宗".getBytes(StandardCharsets.UTF_8)).sha256());
		assertThat(mode(blob)).isEqualTo("r--------");
		for (Path dir = blob.getParent(); !dir.equals(this.root); dir = dir.getParent()) {
			assertThat(mode(dir)).as(dir.toString()).isEqualTo("rwx------");
		}
	}

	@Test
	void atStartUpTheDataDirectoriesAreCreatedOwnerOnlyAndWhatTheyHoldIsTightened() throws IOException {
		Path data = Files.createDirectories(this.root.resolve("data"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path database = Files.writeString(data.resolve("sanxiang.mv.db"), "db");
		Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
		Path blobs = Files.createDirectories(data.resolve("blobs/sha256/ab"));
		Files.setPosixFilePermissions(blobs, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path blob = Files.writeString(blobs.resolve("abcd"), "blob");
		Files.setPosixFilePermissions(blob, PosixFilePermissions.fromString("r--r--r--"));
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:h2:file:" + data.resolve("sanxiang") + ";MODE=PostgreSQL")
			.withProperty("logging.file.name", data.resolve("logs/sanxiang.log").toString())
			.withProperty("sanxiang.blobs.dir", data.resolve("blobs").toString())
			.withProperty("sanxiang.ledger.key-dir", data.resolve("ledger-keys").toString())
			.withProperty("sanxiang.subject.key-file", data.resolve("keys/subject-sm4.key").toString())
			.withProperty("sanxiang.subject.import-dir", data.resolve("import").toString());

		new DataDirectories().postProcessEnvironment(environment, null);

		assertThat(mode(database)).isEqualTo("rw-------");
		assertThat(mode(blob)).isEqualTo("r--------");
		for (String dir : List.of("", "blobs", "blobs/sha256/ab", "logs", "ledger-keys", "keys", "import")) {
			assertThat(mode(data.resolve(dir))).as("data/" + dir).isEqualTo("rwx------");
		}
		try (Stream<Path> all = Files.walk(data)) {
			assertThat(all.map(OwnerOnlyTests::permissions)).allSatisfy((permissions) -> assertThat(permissions)
				.noneMatch((p) -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")));
		}
	}

	static String mode(Path path) {
		return PosixFilePermissions.toString(permissions(path));
	}

	private static java.util.Set<PosixFilePermission> permissions(Path path) {
		try {
			return Files.getPosixFilePermissions(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
