package org.sanxiang.subject;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The key that seals personal data is readable by the server's account only. */
class PersonalDataKeyFileTests {

	@TempDir
	Path root;

	@Test
	void theKeyFileAndItsDirectoryAreCreatedForTheOwnerOnly() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
				"owner-only permissions need a POSIX file system");
		Path keyFile = this.root.resolve("data/keys/subject-sm4.key");
		new PersonalDataCipher(keyFile);
		assertThat(mode(this.root.resolve("data"))).isEqualTo("rwx------");
		assertThat(mode(keyFile.getParent())).isEqualTo("rwx------");
		assertThat(mode(keyFile)).isEqualTo("rw-------");
	}

	private static String mode(Path path) throws java.io.IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
