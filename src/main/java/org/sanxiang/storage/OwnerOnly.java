package org.sanxiang.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and directories of the platform (database, keys, blobs, logs, import previews)
 * are its own: created {@code rwx------} / {@code rw-------}, and existing ones tightened
 * at start-up, because the umask of whoever starts the server usually lets everyone read.
 * On a file system without POSIX permissions nothing is changed.
 */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private OwnerOnly() {
	}

	/** The directory and any missing parents, created {@code rwx------}. */
	public static Path createDirectories(Path dir) throws IOException {
		Path absolute = dir.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			return dir;
		}
		Path parent = absolute.getParent();
		if (parent != null && !Files.exists(parent)) {
			createDirectories(parent);
		}
		try {
			Files.createDirectory(absolute, attributes(DIRECTORY));
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			if (!Files.isDirectory(absolute)) {
				throw ex;
			}
		}
		return dir;
	}

	/** A new, empty file readable and writable by the owner only. */
	public static Path createFile(Path file) throws IOException {
		return Files.createFile(file, attributes(FILE));
	}

	/**
	 * Takes every permission of group and others away from the path and, for a directory,
	 * from everything under it; a missing path is left alone.
	 */
	public static void tighten(Path path) {
		if (!posix() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(path)) {
			tree.filter((p) -> !Files.isSymbolicLink(p)).forEach(OwnerOnly::removeGroupAndOthers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the permissions of " + path.toAbsolutePath(), ex);
		}
	}

	private static void removeGroupAndOthers(Path path) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
			if (permissions.removeAll(GROUP_AND_OTHERS)) {
				Files.setPosixFilePermissions(path, permissions);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the permissions of " + path.toAbsolutePath(), ex);
		}
	}

	private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
		return posix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
