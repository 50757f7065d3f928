package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.storage.BlobStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Evidence on a real database: numbers per owner and series, gap-free under concurrent
 * uploads with bounded memory; the recording officer's certificate checked on the capture
 * date; derived items as new items with the derivation in the original's custody log; the
 * item sealed in the ledger; and the database refusing to change or remove an item or a
 * custody line. Subclasses choose the database.
 */
abstract class EvidenceContract {

	@Autowired
	EvidenceItems evidence;

	@Autowired
	CustodyLog custody;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BlobStore blobs;

	@Autowired
	BusinessTime time;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal officer;

	Set<Long> scope;

	String certificate;

	@BeforeEach
	void officerOfMudanjiang() {
		Agency mudanjiang = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ"))
			.findFirst()
			.orElseThrow();
		this.scope = Set.of(mudanjiang.id());
		this.officer = TestPrincipals.holding(Role.OFFICER, mudanjiang.id(), mudanjiang.path(), this.scope);
		this.certificate = this.officers.within(this.scope, null)
			.stream()
			.filter((o) -> o.isQualifiedOn(this.time.today()))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
	}

	static String unique(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

	EvidenceDraft draft(EvidenceKind kind, String owner, String certificate, Instant start) {
		return new EvidenceDraft(kind, new EvidenceOwner("INSPECTION", owner, "ON_SITE"), "厂区排污口现场", certificate,
				"执法记录仪 DSJ-01", start, start.plusSeconds(600), "牡丹江市某化工厂", new java.math.BigDecimal("44.551234"),
				new java.math.BigDecimal("129.633210"), List.of("王某 法定代表人", "李某 现场负责人"), "排污口检查", false, null, null,
				null, null);
	}

	EvidenceDraft draft(EvidenceKind kind, String owner) {
		return draft(kind, owner, this.certificate, this.time.now().minus(Duration.ofHours(2)));
	}

	EvidenceItem upload(EvidenceDraft draft, byte[] bytes, String type, String name) {
		return this.evidence.upload(draft, new Bytes(bytes, type, name), this.officer, this.scope);
	}

	record Bytes(byte[] bytes, String declaredType, String fileName) implements EvidenceItems.Upload {

		@Override
		public InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

		@Override
		public long size() {
			return this.bytes.length;
		}

	}

	@Test
	void numbersArePerOwnerAndSeriesAudioVisualApart() {
		String owner = unique("T");
		assertThat(upload(draft(EvidenceKind.DOCUMENTARY, owner), EvidenceFiles.pdf(), "application/pdf", "a.pdf")
			.number()).isEqualTo("证据-1");
		assertThat(upload(draft(EvidenceKind.AUDIO_VISUAL, owner), EvidenceFiles.mp4(), "video/mp4", "a.mp4").number())
			.isEqualTo("音像-1");
		assertThat(upload(draft(EvidenceKind.PHYSICAL, owner), EvidenceFiles.jpeg(), "image/jpeg", "b.jpg").number())
			.isEqualTo("证据-2");
		assertThat(upload(draft(EvidenceKind.AUDIO_VISUAL, owner), EvidenceFiles.mp4(), "video/mp4", "b.mp4").number())
			.isEqualTo("音像-2");
		assertThat(upload(draft(EvidenceKind.DOCUMENTARY, unique("U")), EvidenceFiles.pdf(), "application/pdf", "a.pdf")
			.number()).isEqualTo("证据-1");
	}

	@Test
	void anItemIsStoredAndSealedWithItsDigests() {
		byte[] jpeg = EvidenceFiles.jpeg();
		EvidenceItem item = upload(draft(EvidenceKind.PHYSICAL, unique("S")), jpeg, "image/jpeg", "现场.jpg");
		assertThat(this.blobs.read(item.digests().sha256())).hasValueSatisfying((b) -> assertThat(b).isEqualTo(jpeg));
		assertThat(item.digests()).isEqualTo(org.sanxiang.core.ContentDigests.of(jpeg));
		assertThat(this.jdbc.sql("select count(*) from ledger_entry where subject_id = :s")
			.param("s", "EVIDENCE-" + item.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.custody.page(item.id(), new org.sanxiang.core.Paging.Params(null, null, null, null)).items())
			.extracting(CustodyLog.Entry::action)
			.containsExactly(CustodyLog.Action.REGISTER);
	}

	@Test
	void aBlobAlreadyStoredIsRegisteredAfterTheSameChecks() {
		BlobStore.StoredBlob exe = this.blobs.put(EvidenceFiles.hostile().get(5).bytes());
		long before = this.jdbc.sql("select count(*) from evidence_item").query(Long.class).single();
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.evidence
			.register(draft(EvidenceKind.PHYSICAL, unique("B")), exe, "image/jpeg", "photo.jpg", this.officer));
		assertThat(this.jdbc.sql("select count(*) from evidence_item").query(Long.class).single()).isEqualTo(before);
		BlobStore.StoredBlob mp4 = this.blobs.put(EvidenceFiles.mp4());
		EvidenceItem item = this.evidence.register(draft(EvidenceKind.AUDIO_VISUAL, unique("B")), mp4, "video/mp4",
				"大文件.mp4", this.officer);
		assertThat(item.number()).isEqualTo("音像-1");
		assertThat(item.digests()).isEqualTo(mp4.digests());
		assertThat(item.size()).isEqualTo(mp4.size());
	}

	@Autowired
	RecordingCoverage coverage;

	@Test
	void aSeizureIsCoveredOnlyByVideoWithoutALongerGapThanThePolicyAllows() {
		String owner = unique("V");
		Instant start = this.time.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		assertThat(this.coverage.requirementFor(RecordedAct.SEIZURE)).isEqualTo(RecordingRequirement.CONTINUOUS_VIDEO);
		upload(draft(EvidenceKind.AUDIO_VISUAL, owner, this.certificate, start), EvidenceFiles.mp4(), "video/mp4",
				"1.mp4");
		upload(draft(EvidenceKind.AUDIO_VISUAL, owner, this.certificate, start.plusSeconds(603)), EvidenceFiles.mp4(),
				"video/mp4", "2.mp4");
		upload(draft(EvidenceKind.PHYSICAL, owner, this.certificate, start.plusSeconds(1300)), EvidenceFiles.jpeg(),
				"image/jpeg", "3.jpg");
		EvidenceOwner of = new EvidenceOwner("INSPECTION", owner, "ON_SITE");
		assertThat(this.coverage.coverage(of, start, start.plusSeconds(1203)).covered()).isTrue();
		VideoCoverage.Result longer = this.coverage.coverage(of, start, start.plusSeconds(1800));
		assertThat(longer.covered()).as("a photo is not video").isFalse();
		assertThat(longer.gaps())
			.containsExactly(new VideoCoverage.Interval(start.plusSeconds(1203), start.plusSeconds(1800)));
		assertThat(this.coverage
			.coverage(new EvidenceOwner("INSPECTION", unique("W"), "ON_SITE"), start, start.plusSeconds(60))
			.covered()).isFalse();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.coverage.coverage(of, start, start.plus(Duration.ofDays(8))));
	}

	@Test
	void theCertificateMustBeValidOnTheCaptureDate() {
		Officer expired = this.officers.byCertificateNumber("23100020180031").orElseThrow();
		LocalDate lastValid = expired.validTo();
		Instant after = this.time.startOf(lastValid.plusDays(1)).plusSeconds(3600);
		Instant before = this.time.startOf(lastValid).plusSeconds(3600);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> upload(draft(EvidenceKind.PHYSICAL, unique("C"), expired.certificateNumber(), after),
					EvidenceFiles.jpeg(), "image/jpeg", "a.jpg"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("EVIDENCE_CERTIFICATE_INVALID"));
		assertThat(upload(draft(EvidenceKind.PHYSICAL, unique("C"), expired.certificateNumber(), before),
				EvidenceFiles.jpeg(), "image/jpeg", "a.jpg")
			.officerName()).isEqualTo(expired.name());
	}

	@Test
	void aSuspendedOrUnknownCertificateIsRefused() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> upload(
				draft(EvidenceKind.PHYSICAL, unique("C"), "23100020200017", this.time.now().minusSeconds(3600)),
				EvidenceFiles.jpeg(), "image/jpeg", "a.jpg"));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> upload(
				draft(EvidenceKind.PHYSICAL, unique("C"), "99999999999999", this.time.now().minusSeconds(3600)),
				EvidenceFiles.jpeg(), "image/jpeg", "a.jpg"));
	}

	@Test
	void aDerivedItemIsANewItemNamingItsOriginal() {
		String owner = unique("D");
		EvidenceItem original = upload(draft(EvidenceKind.AUDIO_VISUAL, owner), EvidenceFiles.mp4(), "video/mp4",
				"full.mp4");
		EvidenceDraft clip = draft(EvidenceKind.AUDIO_VISUAL, owner);
		clip = new EvidenceDraft(clip.kind(), clip.owner(), "第 3–5 分钟剪辑", clip.officerCertificate(), clip.device(),
				clip.captureStart(), clip.captureEnd(), clip.place(), null, null, List.of(), null, false, null, null,
				original.id(), "剪辑第 3–5 分钟（ffmpeg -ss 180 -to 300）");
		byte[] clipBytes = EvidenceFiles.concat(EvidenceFiles.mp4(), EvidenceFiles.box("free", new byte[10]));
		EvidenceItem derived = upload(clip, clipBytes, "video/mp4", "clip.mp4");
		assertThat(derived.id()).isNotEqualTo(original.id());
		assertThat(derived.number()).isEqualTo("音像-2");
		assertThat(derived.derivedFrom()).isEqualTo(original.id());
		EvidenceItem reread = this.evidence.item(original.id(), this.scope);
		assertThat(reread.digests()).isEqualTo(original.digests());
		assertThat(
				this.custody.page(original.id(), new org.sanxiang.core.Paging.Params(null, null, null, null)).items())
			.extracting(CustodyLog.Entry::action)
			.contains(CustodyLog.Action.DERIVE);
		EvidenceDraft orphan = new EvidenceDraft(clip.kind(), clip.owner(), "x", clip.officerCertificate(), null,
				clip.captureStart(), clip.captureEnd(), "x", null, null, List.of(), null, false, null, null,
				999_999_999L, "剪辑");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> upload(orphan, clipBytes, "video/mp4", "clip.mp4"))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAnItemOrACustodyLine() {
		EvidenceItem item = upload(draft(EvidenceKind.PHYSICAL, unique("I")), EvidenceFiles.jpeg(), "image/jpeg",
				"a.jpg");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update evidence_item set description = 'changed' where id = :id")
				.param("id", item.id())
				.update());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("delete from evidence_item where id = :id").param("id", item.id()).update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update evidence_custody set actor = 'someone' where item_id = :id")
				.param("id", item.id())
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from evidence_custody where item_id = :id")
				.param("id", item.id())
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate table evidence_custody").update());
		assertThat(this.evidence.item(item.id(), this.scope).description()).isEqualTo("厂区排污口现场");
	}

	/**
	 * Thirty uploads of 8 MiB each at once into one owner's 音像 series take 音像-1 … 音像-30,
	 * and the heap grows far less than the 240 MiB uploaded (the bytes are streamed,
	 * generated as they are read, never held).
	 */
	@Test
	void concurrentUploadsKeepNumbersGapFreeAndMemoryBounded() throws Exception {
		String owner = unique("P");
		int uploads = 30;
		int size = 8 * 1024 * 1024;
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (sampling.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.start();
		ExecutorService pool = Executors.newFixedThreadPool(uploads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<EvidenceItem>> results = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			int seed = i;
			results.add(pool.submit(() -> {
				start.await();
				return this.evidence.upload(draft(EvidenceKind.AUDIO_VISUAL, owner), new GeneratedWav(size, seed),
						this.officer, this.scope);
			}));
		}
		start.countDown();
		List<String> numbers = new ArrayList<>();
		for (Future<EvidenceItem> result : results) {
			numbers.add(result.get(10, TimeUnit.MINUTES).number());
		}
		pool.shutdown();
		sampling.set(false);
		sampler.join();
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= uploads; i++) {
			expected.add("音像-" + i);
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(peak.get() - baseline).as("heap growth while uploading %d MiB", uploads * size / (1024 * 1024))
			.isLessThan((long) uploads * size / 2);
	}

	/** A WAV file of the given size whose bytes are generated as they are read. */
	record GeneratedWav(int length, int seed) implements EvidenceItems.Upload {

		@Override
		public InputStream open() {
			byte[] header = EvidenceFiles.wav(this.length - 44);
			return new InputStream() {

				private int position;

				@Override
				public int read() {
					if (this.position >= GeneratedWav.this.length) {
						return -1;
					}
					int p = this.position++;
					return (p < 44) ? header[p] & 0xFF : (p * 31 + GeneratedWav.this.seed) & 0xFF;
				}

				@Override
				public int read(byte[] b, int off, int len) {
					if (this.position >= GeneratedWav.this.length) {
						return -1;
					}
					int n = Math.min(len, GeneratedWav.this.length - this.position);
					for (int i = 0; i < n; i++) {
						b[off + i] = (byte) read();
					}
					return n;
				}

				@Override
				public long skip(long n) {
					long skipped = Math.min(n, GeneratedWav.this.length - this.position);
					this.position += (int) skipped;
					return skipped;
				}

			};
		}

		@Override
		public long size() {
			return this.length;
		}

		@Override
		public String declaredType() {
			return "audio/wav";
		}

		@Override
		public String fileName() {
			return "录音-" + this.seed + ".wav";
		}

	}

	@Autowired
	RecordingDevices devices;

	@Autowired
	RecordingRules recordingRules;

	@Test
	void aDeviceKeepsItsHistoryItsItemsAndItsLastUploadAndTheRulesTheirRevisions() {
		String serial = unique("SN");
		RecordingDevice device = this.devices.register("执法记录仪", serial, DeviceType.BODY_CAMERA, null, this.officer);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.devices.register("另一台", serial, DeviceType.CAMERA, null, this.officer));
		EvidenceItem item = this.evidence.upload(draft(EvidenceKind.AUDIO_VISUAL, unique("D")),
				new Bytes(EvidenceFiles.mp4(), "video/mp4", "d.mp4"), this.officer, this.scope, device.id());
		assertThat(this.devices.ofItem(item.id())).map(RecordingDevice::id).contains(device.id());
		assertThat(this.devices.device(device.id(), this.scope).lastUpload()).isCloseTo(item.uploadedAt(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		this.devices.changeStatus(device.id(), 0, DeviceStatus.REPAIR, this.time.today(), "送修", this.scope,
				this.officer);
		assertThat(this.devices.history(device.id())).extracting(DeviceStatusChange::status)
			.containsExactly(DeviceStatus.IN_USE, DeviceStatus.REPAIR);
		assertThat(this.devices.silent(this.scope)).noneMatch((d) -> d.id() == device.id());
		assertThat(this.devices.lateUploads(this.scope)).noneMatch((u) -> u.itemId() == item.id());
		this.recordingRules.save("配备", "规范", "范围", "要素", "存储一", this.officer);
		this.recordingRules.save("配备", "规范", "范围", "要素", "存储二", this.officer);
		assertThat(this.recordingRules.published()).filteredOn((r) -> r.agencyId() == this.officer.agencyId())
			.singleElement()
			.satisfies((r) -> assertThat(r.storage()).isEqualTo("存储二"));
	}

}
