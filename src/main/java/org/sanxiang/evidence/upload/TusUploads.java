package org.sanxiang.evidence.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.disk.DiskLockingService;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.storage.OwnerOnly;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The tus 1.0 server (tus-java-server): core, creation, checksum (md5, sha1, sha256,
 * sha384, sha512), termination and expiration; concatenation is off. Partial uploads live
 * under {@code sanxiang.evidence.uploads.dir} ({@code uploads/<id>/data} and
 * {@code info}, with file locks under {@code locks/}), each owned by the account that
 * created it: another account's request finds nothing (404). The library's disk storage
 * is made crash-safe by {@link DurableDiskStorage}.
 */
@Component
class TusUploads {

	static final String ENDPOINT = "/api/v1/evidence/uploads";

	private final TusFileUploadService tus;

	private final DurableDiskStorage storage;

	private final Path uploads;

	private final UploadDigests digests = new UploadDigests();

	TusUploads(TusUploadProperties properties) throws IOException {
		Path dir = OwnerOnly.createDirectories(properties.dir()).toAbsolutePath().normalize();
		this.uploads = OwnerOnly.createDirectories(dir.resolve("uploads"));
		OwnerOnly.createDirectories(dir.resolve("locks"));
		this.storage = new DurableDiskStorage(dir.toString());
		this.tus = new TusFileUploadService().withUploadStorageService(this.storage)
			.withUploadLockingService(new DiskLockingService(dir.toString()))
			.withUploadUri(ENDPOINT)
			.withMaxUploadSize(properties.maxSize().toBytes())
			.withUploadExpirationPeriod(properties.expiration().toMillis())
			.disableTusExtension("concatenation");
	}

	static String ownerKey(long accountId) {
		return "account-" + accountId;
	}

	void process(HttpServletRequest request, HttpServletResponse response, long accountId) throws IOException {
		HttpServletRequest tusRequest = TusRequest.of(request);
		UUID patched = "PATCH".equals(request.getMethod()) ? idIn(request.getRequestURI()) : null;
		Optional<UploadDigests.Running> digest = (patched == null) ? Optional.empty()
				: info(patched, accountId).flatMap((upload) -> this.digests.before(patched, upload.getOffset()));
		if (digest.isPresent()) {
			tusRequest = digest.get().reading(tusRequest);
		}
		this.tus.process(tusRequest, new TusResponse(response), ownerKey(accountId));
		if (digest.isPresent()) {
			long offset = info(patched, accountId).map(UploadInfo::getOffset).orElse(-1L);
			this.digests.after(patched, digest.get(), offset);
		}
		if (response.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
			// the library answers nothing when another request holds the upload's lock
			TusResponse.problem(response, 423);
		}
	}

	/** The upload if it exists and belongs to the account. */
	Optional<UploadInfo> info(UUID id, long accountId) {
		try {
			return Optional.ofNullable(this.tus.getUploadInfo(uri(id), ownerKey(accountId)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TusException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The upload whoever owns it (for the clean-up job); empty too when it has no
	 * readable description.
	 */
	Optional<UploadInfo> info(UUID id) {
		if (this.storage.undescribed(new UploadId(id))) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.storage.getUploadInfo(new UploadId(id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	InputStream bytes(UUID id, String ownerKey) throws IOException {
		try {
			return this.tus.getUploadedBytes(uri(id), ownerKey);
		}
		catch (TusException ex) {
			throw new IOException("upload " + id + " cannot be read", ex);
		}
	}

	void delete(UUID id, String ownerKey) {
		this.digests.forget(id);
		try {
			this.tus.deleteUpload(uri(id), ownerKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TusException ex) {
			// gone already, or in use: the clean-up job tries again
		}
	}

	/** Removes the expired uploads and stale locks. */
	void removeExpired() {
		try {
			this.tus.cleanup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes the uploads without a readable description (a creation cut short by a
	 * crash, never answered) untouched since {@code before}.
	 */
	void removeUndescribed(Instant before) {
		for (UUID id : all()) {
			Path dir = directoryOf(id);
			try {
				if (this.storage.undescribed(new UploadId(id)) && lastChange(dir).isBefore(before)) {
					FileSystemUtils.deleteRecursively(dir);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static Instant lastChange(Path dir) throws IOException {
		Instant last = Files.getLastModifiedTime(dir).toInstant();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
			for (Path file : files) {
				Instant changed = Files.getLastModifiedTime(file).toInstant();
				last = changed.isAfter(last) ? changed : last;
			}
		}
		return last;
	}

	/** The ids of every partial upload on disk. */
	List<UUID> all() {
		List<UUID> ids = new ArrayList<>();
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(this.uploads)) {
			for (Path dir : dirs) {
				try {
					ids.add(UUID.fromString(dir.getFileName().toString()));
				}
				catch (IllegalArgumentException ex) {
					// not an upload of ours
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

	/** Where the upload's bytes and description are kept while it is partial. */
	Path directoryOf(UUID id) {
		return this.uploads.resolve(id.toString());
	}

	/**
	 * SHA-256 and SM3 of a complete upload as its bytes were received, when this node
	 * followed them all.
	 */
	Optional<ContentDigests> receivedDigests(UUID id, long length) {
		return this.digests.complete(id, length);
	}

	/** The file holding the upload's bytes. */
	Path dataOf(UUID id) {
		return directoryOf(id).resolve("data");
	}

	private static UUID idIn(String uri) {
		try {
			return UUID.fromString(uri.substring(uri.lastIndexOf('/') + 1));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String uri(UUID id) {
		return ENDPOINT + "/" + id;
	}

}
