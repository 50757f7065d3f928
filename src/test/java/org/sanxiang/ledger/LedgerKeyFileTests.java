package org.sanxiang.ledger;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The agency's signing keys are readable by the server's account only, staged ones too.
 */
class LedgerKeyFileTests {

	@TempDir
	Path root;

	@Test
	void theKeyDirectoryAndEveryKeyFileAreTheOwnersOnly() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
				"owner-only permissions need a POSIX file system");
		Path dir = this.root.resolve("data/ledger-keys");
		LedgerKeys keys = new LedgerKeys(dir);
		keys.prepareRotation();
		assertThat(mode(this.root.resolve("data"))).isEqualTo("rwx------");
		assertThat(mode(dir)).isEqualTo("rwx------");
		try (var files = Files.list(dir)) {
			assertThat(files.toList()).hasSize(4)
				.allSatisfy((file) -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
		}
	}

	private static String mode(Path path) throws java.io.IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
