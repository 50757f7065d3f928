package org.sanxiang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.core.ContentDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The blob store on the local file system ({@code sanxiang.blobs.dir}). A blob is written
 * to a temporary file while both digests are computed in one pass, forced to disk, then
 * moved atomically to {@code sha256/ab/cd/abcd…} and made read-only, so a crash leaves at
 * most an orphan temporary file ({@link #removeAbandonedTemporaryFiles}). The default
 * store ({@code sanxiang.storage.kind=filesystem}).
 */
@Component
@Conditional(StorageKindCondition.FileSystem.class)
public class FileSystemBlobStore implements BlobStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemBlobStore.class);

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	@Autowired
	FileSystemBlobStore(BlobStoreProperties properties) {
		this(properties.dir());
	}

	public FileSystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public StoredBlob put(InputStream content) {
		try {
			Path tmpDir = OwnerOnly.createDirectories(this.root.resolve("tmp"));
			Path tmp = tmpDir.resolve(UUID.randomUUID() + ".part");
			MessageDigest sha = sha256();
			SM3Digest sm3 = new SM3Digest();
			long size = 0;
			OwnerOnly.createFile(tmp);
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
					OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = content.read(buffer)) > 0) {
					sha.update(buffer, 0, n);
					sm3.update(buffer, 0, n);
					out.write(buffer, 0, n);
					size += n;
				}
				out.flush();
				channel.force(true);
			}
			ContentDigests digests = new ContentDigests(HexFormat.of().formatHex(sha.digest()), hex(sm3));
			Path target = pathOf(digests.sha256());
			OwnerOnly.createDirectories(target.getParent());
			if (Files.exists(target)) {
				Files.delete(tmp);
			}
			else {
				move(tmp, target);
				target.toFile().setReadOnly();
				forceDirectory(target.getParent());
			}
			return new StoredBlob(digests, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("blob store " + this.root + " not writable", ex);
		}
	}

	/**
	 * A hard link to the file at the blob's address (same file system), so nothing is
	 * copied or read; on another file system, or where links are not supported, the file
	 * is copied and hashed as {@link #put} does.
	 */
	@Override
	public StoredBlob putFile(Path file, ContentDigests digests) {
		try {
			long size = Files.size(file);
			Path target = pathOf(digests.sha256());
			OwnerOnly.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				try {
					Files.createLink(target, file);
				}
				catch (FileAlreadyExistsException ex) {
					return new StoredBlob(digests, size);
				}
				catch (IOException | UnsupportedOperationException | SecurityException ex) {
					return BlobStore.super.putFile(file, digests);
				}
				OwnerOnly.tighten(target);
				target.toFile().setReadOnly();
				forceDirectory(target.getParent());
			}
			return new StoredBlob(digests, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("blob store " + this.root + " not writable", ex);
		}
	}

	@Override
	public int removeAbandonedTemporaryFiles(java.time.Instant before) {
		return TemporaryFiles.removeAbandoned(this.root.resolve("tmp"), ".part", before);
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public Optional<InputStream> open(String sha256) {
		try {
			return Optional.of(Files.newInputStream(pathOf(sha256)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> read(String sha256) {
		try {
			return Optional.of(Files.readAllBytes(pathOf(sha256)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<ContentDigests> digestsOf(String sha256) {
		try (InputStream in = Files.newInputStream(pathOf(sha256))) {
			MessageDigest sha = sha256();
			SM3Digest sm3 = new SM3Digest();
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha.update(buffer, 0, n);
				sm3.update(buffer, 0, n);
			}
			return Optional.of(new ContentDigests(HexFormat.of().formatHex(sha.digest()), hex(sm3)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where a blob lives; the address is checked so that no path can leave the store. */
	public Path pathOf(String sha256) {
		if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
			throw new IllegalArgumentException("blob address must be 64 lowercase hex characters");
		}
		return this.root.resolve("sha256")
			.resolve(sha256.substring(0, 2))
			.resolve(sha256.substring(2, 4))
			.resolve(sha256);
	}

	private static void move(Path tmp, Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(tmp);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(tmp, target);
		}
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			log.debug("directory {} cannot be forced on this file system", directory);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(SM3Digest sm3) {
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

}
