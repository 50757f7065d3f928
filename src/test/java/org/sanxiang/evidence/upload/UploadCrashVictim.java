package org.sanxiang.evidence.upload;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import me.desair.tus.server.upload.UploadInfo;
import org.sanxiang.evidence.EvidenceDraft;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.EvidenceOwner;
import org.sanxiang.evidence.upload.UploadFinaliser.UploadState;
import org.sanxiang.identity.DataScope;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.storage.BlobStore.StoredBlob;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The victim of {@link UploadCrashTests}: in the smallest context that runs the real
 * upload path it first finishes what an earlier (killed) run left — resumes each partial
 * upload from the offset {@code HEAD} tells, finalises the complete ones, registers the
 * finished ones as evidence — then uploads new files in {@link #CHUNK} PATCHes until it
 * is killed, printing each acknowledgement: {@code OFFSET id n} after a 204 to a PATCH,
 * {@code FINISHED id sha256 sm3} when the result is stored, {@code ITEM itemId uploadId
 * sha256} after registration, {@code REFUSED id status} when a request that should
 * succeed does not. With {@code finish} as the second argument it exits after the first
 * part.
 */
public final class UploadCrashVictim {

	static final int CHUNK = 256 * 1024;

	static final String AGENCY_PATH = "/CRASH/";

	static final String CERTIFICATE = "23000000000001";

	private static final PrintStream out = System.out;

	private final TusUploadController endpoint;

	private final UploadFinaliser finaliser;

	private final TusUploads uploads;

	private final EvidenceItems items;

	private final JdbcClient jdbc;

	private final SanxiangPrincipal officer;

	private UploadCrashVictim(AnnotationConfigApplicationContext context) {
		this.endpoint = context.getBean(TusUploadController.class);
		this.finaliser = context.getBean(UploadFinaliser.class);
		this.uploads = context.getBean(TusUploads.class);
		this.items = context.getBean(EvidenceItems.class);
		this.jdbc = context.getBean(JdbcClient.class);
		long agency = this.jdbc.sql("select id from agency where path = :path")
			.param("path", AGENCY_PATH)
			.query(Long.class)
			.single();
		this.officer = new SanxiangPrincipal(7L, "crash-officer", "崩溃测试执法人员", agency, "崩溃测试局", AGENCY_PATH, 1L,
				Set.of(Role.OFFICER), new DataScope(Set.of(agency)), true, null, false, null);
	}

	public static void main(String[] args) throws Exception {
		org.sanxiang.ledger.AppendOnlyTrigger.answerToFormerName();
		UploadCrashContext.Place place = new UploadCrashContext.Place(Path.of(args[0]));
		AnnotationConfigApplicationContext context = UploadCrashContext.start(place, Clock.systemUTC());
		UploadCrashVictim victim = new UploadCrashVictim(context);
		out.println("READY " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
		out.flush();
		victim.finishWhatWasLeft();
		if (args.length > 1 && args[1].equals("finish")) {
			context.close();
			return;
		}
		Random random = new Random(Long.parseLong(args.length > 1 ? args[1] : "1"));
		while (true) {
			victim.upload(random.nextLong(), 512 * 1024 + random.nextInt(3 * 1024 * 1024));
		}
	}

	private void finishWhatWasLeft() throws Exception {
		for (UUID id : this.uploads.all()) {
			UploadInfo info;
			try {
				info = this.uploads.info(id).orElse(null);
			}
			catch (java.io.UncheckedIOException ex) {
				info = null;
			}
			if (info == null) {
				// no readable description: its creation was never answered, or it was
				// destroyed
				out.println("UNREADABLE " + id);
				continue;
			}
			String[] parts = UploadMetadata.of(info.getMetadata()).fileName().split("[-.]");
			long seed = Long.parseLong(parts[1]);
			int size = Integer.parseInt(parts[2]);
			MockHttpServletResponse head = call("HEAD", id, null, -1);
			if (head.getStatus() != 204) {
				refused(id, head.getStatus());
				continue;
			}
			send(id, content(seed, size), Long.parseLong(head.getHeader("Upload-Offset")));
		}
		List<String> unregistered = this.jdbc
			.sql("select upload_id from evidence_upload where upload_id not in (select owner_id from evidence_item)")
			.query(String.class)
			.list();
		for (String id : unregistered) {
			register(UUID.fromString(id));
		}
	}

	private void upload(long seed, int size) throws Exception {
		MockHttpServletRequest create = request("POST", TusUploads.ENDPOINT);
		create.addHeader("Upload-Length", String.valueOf(size));
		create.addHeader("Upload-Metadata",
				"filename " + b64("crash-" + Math.abs(seed) + "-" + size + ".mp4") + ",filetype " + b64("video/mp4")
						+ ",ownerKind " + b64("INSPECTION") + ",ownerId " + b64("crash") + ",stage " + b64("ON_SITE"));
		MockHttpServletResponse created = new MockHttpServletResponse();
		this.endpoint.create(this.officer, create, created);
		String location = created.getHeader("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		send(id, content(Math.abs(seed), size), 0);
	}

	/** PATCHes the content from {@code offset} on, then registers the finished upload. */
	private void send(UUID id, byte[] content, long offset) throws Exception {
		while (offset < content.length) {
			int n = (int) Math.min(CHUNK, content.length - offset);
			byte[] chunk = java.util.Arrays.copyOfRange(content, (int) offset, (int) offset + n);
			MockHttpServletResponse patched = call("PATCH", id, chunk, offset);
			if (patched.getStatus() != 204) {
				refused(id, patched.getStatus());
				return;
			}
			offset = Long.parseLong(patched.getHeader("Upload-Offset"));
			out.println("OFFSET " + id + " " + offset);
			out.flush();
		}
		register(id);
	}

	private void register(UUID id) {
		UploadState state = this.finaliser.finish(id, this.officer.accountId());
		if (!(state instanceof UploadState.Finished finished)) {
			refused(id, 0);
			return;
		}
		FinishedUpload upload = finished.upload();
		out.println("FINISHED " + id + " " + upload.sha256() + " " + upload.digests().sm3());
		out.flush();
		Instant start = Instant.now().minus(Duration.ofHours(1));
		EvidenceDraft draft = new EvidenceDraft(EvidenceKind.AUDIO_VISUAL,
				new EvidenceOwner("INSPECTION", id.toString(), "ON_SITE"), "崩溃测试录像", CERTIFICATE, "执法记录仪 DSJ-01", start,
				start.plusSeconds(600), "测试现场", null, null, List.of("王某 现场负责人"), "现场检查", false, null, null, null, null);
		EvidenceItem item = this.items.register(draft, new StoredBlob(upload.digests(), upload.size()),
				upload.mediaType(), upload.fileName(), this.officer);
		out.println("ITEM " + item.id() + " " + id + " " + item.digests().sha256());
		out.flush();
	}

	private MockHttpServletResponse call(String method, UUID id, byte[] body, long offset) throws Exception {
		MockHttpServletRequest request = request(method, TusUploads.ENDPOINT + "/" + id);
		if (body != null) {
			request.addHeader("Upload-Offset", String.valueOf(offset));
			request.addHeader("Content-Type", TusRequest.OFFSET_OCTET_STREAM);
			request.setContentType(TusRequest.OFFSET_OCTET_STREAM);
			request.setContent(body);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.endpoint.upload(this.officer, id.toString(), request, response);
		return response;
	}

	private static MockHttpServletRequest request(String method, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.addHeader("Tus-Resumable", "1.0.0");
		return request;
	}

	private static void refused(UUID id, int status) {
		out.println("REFUSED " + id + " " + status);
		out.flush();
	}

	/**
	 * A playable-looking MP4 of {@code size} bytes ({@code ftyp}, {@code moov},
	 * {@code mdat}) whose payload is random from {@code seed}: the same bytes each time.
	 */
	static byte[] content(long seed, int size) {
		byte[] bytes = new byte[size];
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		buffer.putInt(24).put(ascii("ftypisom")).putInt(0x200).put(ascii("isommp41"));
		buffer.putInt(116).put(ascii("moov")).putInt(108).put(ascii("mvhd")).put(new byte[100]);
		buffer.putInt(size - 140).put(ascii("mdat"));
		byte[] payload = new byte[size - 148];
		new Random(seed).nextBytes(payload);
		buffer.put(payload);
		return bytes;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	private static String b64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

}
