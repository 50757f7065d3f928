package org.sanxiang.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The temporary files a store writes a blob to before it is durable: one whose writer was
 * killed stays behind, so what nobody touched since a given instant is removed. A writer
 * still at work changes its file all the time.
 */
final class TemporaryFiles {

	private TemporaryFiles() {
	}

	/** Removes the files ending in {@code suffix} untouched since {@code before}. */
	static int removeAbandoned(Path dir, String suffix, Instant before) {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int removed = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
			for (Path file : files) {
				try {
					if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
						removed++;
					}
				}
				catch (NoSuchFileException ex) {
					// moved into place or removed meanwhile
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return removed;
	}

}
