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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.exception.UploadAlreadyLockedException;
import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.disk.DiskLockingService;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.storage.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
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

	private static final Logger log = LoggerFactory.getLogger(TusUploads.class);

	private final TusFileUploadService tus;

	private final DurableDiskStorage storage;

	private final Path uploads;

	private final int maxUnfinished;

	private final ConcurrentHashMap<Long, Object> creating = new ConcurrentHashMap<>();

	/**
	 * The uploads a request of this node is working on. The library's file lock alone
	 * lets two requests of one JVM in at once: it deletes the lock file on release, so a
	 * request that opened the old file and one that creates a new file both win, and
	 * their shared locks on the upload's description then collide
	 * ({@code OverlappingFileLockException}, a 500). The file lock still guards uploads
	 * between nodes.
	 */
	private final Set<UUID> inUse = ConcurrentHashMap.newKeySet();

	private final UploadDigests digests = new UploadDigests();

	TusUploads(TusUploadProperties properties) throws IOException {
		this.maxUnfinished = properties.maxUnfinishedPerAccount();
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

	/**
	 * Hands the request to the library. Its own log lines are off (application.yml): it
	 * logs a lost lock race — a client retrying while its earlier request still writes —
	 * at ERROR with a stack trace, and every refusal at WARN. Both are expected and
	 * logged here at INFO with the upload; an answer of 5xx is logged at ERROR.
	 */
	void process(HttpServletRequest request, HttpServletResponse response, long accountId) throws IOException {
		TusResponse tusResponse = new TusResponse(response);
		UUID id = idOf(request.getRequestURI());
		if (id != null && !this.inUse.add(id)) {
			response.setStatus(HttpServletResponse.SC_OK); // as the library leaves a lost
															// race
		}
		else {
			try {
				HttpServletRequest tusRequest = TusRequest.of(request);
				UUID patched = "PATCH".equals(request.getMethod()) ? id : null;
				Optional<UploadDigests.Running> digest = (patched == null) ? Optional.empty()
						: owned(patched, accountId)
							.flatMap((upload) -> this.digests.before(patched, upload.getOffset()));
				if (digest.isPresent()) {
					tusRequest = digest.get().reading(tusRequest);
				}
				this.tus.process(tusRequest, tusResponse, ownerKey(accountId));
				if (digest.isPresent()) {
					long offset = owned(patched, accountId).map(UploadInfo::getOffset).orElse(-1L);
					this.digests.after(patched, digest.get(), offset);
				}
			}
			finally {
				if (id != null) {
					this.inUse.remove(id);
				}
			}
		}
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_OK && !response.isCommitted()) {
			// the library answers nothing when another request holds the upload's lock
			TusResponse.problem(response, 423);
			log.info("tus {} {}: refused with 423, another request holds the upload's lock", request.getMethod(),
					request.getRequestURI());
		}
		else if (status >= 500) {
			log.error("tus {} {}: answered {} ({})", request.getMethod(), request.getRequestURI(), status,
					tusResponse.refusal());
		}
		else if (status >= 400) {
			log.info("tus {} {}: refused with {} ({})", request.getMethod(), request.getRequestURI(), status,
					tusResponse.refusal());
		}
	}

	/**
	 * Creates an upload unless the account already holds
	 * {@code sanxiang.evidence.uploads.max-unfinished-per-account} unfinished ones:
	 * partial uploads take disk space until they expire, so one account (or a stolen
	 * session) cannot fill the disk with them. Creations of one account are counted one
	 * at a time.
	 */
	void create(HttpServletRequest request, HttpServletResponse response, long accountId) throws IOException {
		synchronized (this.creating.computeIfAbsent(accountId, (k) -> new Object())) {
			long unfinished = unfinished(accountId);
			if (unfinished >= this.maxUnfinished) {
				throw new RuleViolation("UPLOAD_TOO_MANY_UNFINISHED", "您已有 " + unfinished + " 个未完成的上传（最多 "
						+ this.maxUnfinished + " 个）：请先完成或取消其中的上传，或等待过期的上传被清理后再开始新的上传", HttpStatus.TOO_MANY_REQUESTS);
			}
			process(request, response, accountId);
		}
	}

	/**
	 * The upload read from its description without taking its lock (for a request that
	 * already holds it), if it belongs to the account.
	 */
	private Optional<UploadInfo> owned(UUID id, long accountId) {
		return info(id).filter((upload) -> ownerKey(accountId).equals(upload.getOwnerKey()));
	}

	/** The account's uploads still receiving bytes (not complete, not expired). */
	long unfinished(long accountId) {
		String owner = ownerKey(accountId);
		long count = 0;
		for (UUID id : all()) {
			Optional<UploadInfo> info;
			try {
				info = info(id);
			}
			catch (UncheckedIOException ex) {
				continue; // being written or removed right now
			}
			if (info.isPresent() && owner.equals(info.get().getOwnerKey()) && info.get().isUploadInProgress()
					&& !info.get().isExpired()) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The upload if it exists and belongs to the account.
	 * @throws Locked if another request holds the upload's lock at this moment
	 */
	Optional<UploadInfo> info(UUID id, long accountId) {
		try (Use use = use(id)) {
			return Optional.ofNullable(this.tus.getUploadInfo(uri(id), ownerKey(accountId)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UploadAlreadyLockedException ex) {
			throw new Locked(id, ex);
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

	/**
	 * The bytes of a complete upload.
	 * @throws Locked if another request holds the upload's lock at this moment
	 */
	InputStream bytes(UUID id, String ownerKey) throws IOException {
		try (Use use = use(id)) {
			return this.tus.getUploadedBytes(uri(id), ownerKey);
		}
		catch (UploadAlreadyLockedException ex) {
			throw new Locked(id, ex);
		}
		catch (TusException ex) {
			throw new IOException("upload " + id + " cannot be read", ex);
		}
	}

	/**
	 * Another request (a {@code HEAD}, a {@code PATCH}, another finalisation) holds the
	 * upload's lock: expected under concurrency, and over in a moment.
	 */
	static final class Locked extends RuntimeException {

		Locked(UUID id, Throwable cause) {
			super("upload " + id + " is locked by another request", cause);
		}

	}

	void delete(UUID id, String ownerKey) {
		this.digests.forget(id);
		try (Use use = use(id)) {
			this.tus.deleteUpload(uri(id), ownerKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TusException | Locked ex) {
			// gone already, or in use: the clean-up job tries again
		}
	}

	/**
	 * Marks the upload in use by this request for as long as the result is open.
	 * @throws Locked if another request of this node uses it
	 */
	private Use use(UUID id) {
		if (!this.inUse.add(id)) {
			throw new Locked(id, null);
		}
		return () -> this.inUse.remove(id);
	}

	/** The end of a request's use of an upload. */
	private interface Use extends AutoCloseable {

		@Override
		void close();

	}

	/** The upload a request URI names, if it names one. */
	private static UUID idOf(String requestUri) {
		if (requestUri == null || !requestUri.startsWith(ENDPOINT + "/")) {
			return null;
		}
		try {
			return UUID.fromString(requestUri.substring(ENDPOINT.length() + 1));
		}
		catch (IllegalArgumentException ex) {
			return null;
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

	private static String uri(UUID id) {
		return ENDPOINT + "/" + id;
	}

}
