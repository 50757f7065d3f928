package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.storage.BlobStore.StoredBlob;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers evidence items and reads them within an account's data scope. Registering is,
 * in this order: the content checked ({@link ContentInspector}) and streamed into the
 * blob store (durable before any row), then in one transaction the number taken, the row
 * inserted and the item sealed by the ledger ({@link EvidenceSealed}), and the custody
 * log's first line. Numbers are per owner and series (证据-n, 音像-n), gap-free: the next is
 * the series' maximum + 1, inserted under a savepoint; the unique key refuses a second
 * holder and the loser retries, so a failed registration leaves no gap.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceItems {

	private static final int ATTEMPTS = 200;

	static final Map<String, String> SORTABLE = Map.of("captured", "记录时间", "uploaded", "上传时间", "number", "编号");

	private final EvidenceItemRepository items;

	private final OfficerRegistry officers;

	private final BlobStore blobs;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	private final CustodyLog custody;

	private final ContentInspector inspector;

	private final EvidenceProperties properties;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	private final ConcurrentHashMap<String, ReentrantLock> series = new ConcurrentHashMap<>();

	private final RecordingDevices devices;

	EvidenceItems(EvidenceItemRepository items, OfficerRegistry officers, BlobStore blobs, BusinessTime time,
			JdbcClient jdbc, CustodyLog custody, EvidenceProperties properties, PlatformTransactionManager transactions,
			RecordingDevices devices) {
		this.devices = devices;
		this.items = items;
		this.officers = officers;
		this.blobs = blobs;
		this.time = time;
		this.jdbc = jdbc;
		this.custody = custody;
		this.properties = properties;
		this.inspector = new ContentInspector(properties);
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** A file as uploaded: opened afresh on each call, with its size and names. */
	public interface Upload {

		InputStream open() throws IOException;

		long size();

		String declaredType();

		String fileName();

	}

	public EvidenceProperties properties() {
		return this.properties;
	}

	/**
	 * The plain (multipart) upload: checks the file, streams it into the blob store, then
	 * registers it. Nothing is stored for a refused file.
	 */
	public EvidenceItem upload(EvidenceDraft draft, Upload upload, Actor actor, Set<Long> scope) {
		return upload(draft, upload, actor, scope, null);
	}

	/**
	 * {@link #upload(EvidenceDraft, Upload, Actor, Set)} recorded with a registered
	 * device of the uploader's agency ({@code null}: none picked), linked to the item
	 * when it is registered.
	 */
	public EvidenceItem upload(EvidenceDraft draft, Upload upload, Actor actor, Set<Long> scope, Long deviceId) {
		if (upload.size() > this.properties.multipartLimit().toBytes()) {
			throw new RuleViolation("EVIDENCE_TOO_LARGE",
					"普通上传的文件不能超过 " + this.properties.multipartLimit().toMegabytes() + " MiB，更大的文件请用断点续传上传",
					HttpStatus.CONTENT_TOO_LARGE);
		}
		Preconditions pre = preconditions(draft, actor, scope, deviceId);
		String mediaType = this.inspector.inspect(upload::open, upload.size(), upload.declaredType(),
				upload.fileName());
		StoredBlob blob;
		try (InputStream in = upload.open()) {
			blob = this.blobs.put(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (blob.size() != upload.size()) {
			throw new RuleViolation("EVIDENCE_CONTENT_REFUSED", "文件在上传过程中发生变化", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return insert(pre.draft(), pre, blob, mediaType, upload.fileName(), actor);
	}

	/**
	 * Registers an item whose bytes are already in the blob store (the resumable upload
	 * finishing): the stored content is checked as an upload would be, then numbered,
	 * inserted and sealed. An unreferenced blob of a refused file stays
	 * (content-addressed, write-once).
	 */
	public EvidenceItem register(EvidenceDraft draft, StoredBlob blob, String declaredType, String fileName,
			Actor actor, Set<Long> scope) {
		return register(draft, blob, declaredType, fileName, actor, scope, null);
	}

	/**
	 * {@link #register(EvidenceDraft, StoredBlob, String, String, Actor, Set)} recorded
	 * with a registered device ({@code null}: none picked).
	 */
	public EvidenceItem register(EvidenceDraft draft, StoredBlob blob, String declaredType, String fileName,
			Actor actor, Set<Long> scope, Long deviceId) {
		Preconditions pre = preconditions(draft, actor, scope, deviceId);
		String mediaType = this.inspector.inspect(
				() -> this.blobs.open(blob.sha256())
					.orElseThrow(() -> new IOException("blob " + blob.sha256() + " missing")),
				blob.size(), declaredType, fileName);
		return insert(pre.draft(), pre, blob, mediaType, fileName, actor);
	}

	/**
	 * {@link #register(EvidenceDraft, StoredBlob, String, String, Actor, Set)} within the
	 * actor's own agency.
	 */
	public EvidenceItem register(EvidenceDraft draft, StoredBlob blob, String declaredType, String fileName,
			Actor actor) {
		return register(draft, blob, declaredType, fileName, actor, Set.of(actor.agencyId()));
	}

	private record Preconditions(EvidenceItem.Recorder recorder, EvidenceDraft draft, RecordingDevice device) {
	}

	private Preconditions preconditions(EvidenceDraft draft, Actor actor, Set<Long> scope, Long deviceId) {
		Officer officer = this.officers.byCertificateNumber(draft.officerCertificate())
			.filter((o) -> scope.contains(o.agencyId()))
			.orElseThrow(() -> new RuleViolation("EVIDENCE_OFFICER_UNKNOWN",
					"执法证号 " + draft.officerCertificate() + " 不是本机关的执法人员"));
		LocalDate from = this.time.dateOf(draft.captureStart());
		LocalDate to = this.time.dateOf(draft.captureEnd());
		if (!officer.isQualifiedOn(from) || !officer.isQualifiedOn(to)) {
			throw new RuleViolation("EVIDENCE_CERTIFICATE_INVALID",
					"记录人 " + officer.name() + " 的执法证在记录日期（" + from + "）无效");
		}
		if (draft.captureStart().isAfter(this.time.now().plusSeconds(300))) {
			throw new RuleViolation("EVIDENCE_CAPTURE_FUTURE", "记录时间不能晚于现在");
		}
		if (draft.derivedFrom() != null) {
			EvidenceItem original = item(draft.derivedFrom(), scope);
			if (!original.owner().kind().equals(draft.owner().kind())
					|| !original.owner().id().equals(draft.owner().id())) {
				throw new RuleViolation("EVIDENCE_DERIVATION", "派生证据须与原始证据属于同一记录");
			}
		}
		RecordingDevice device = (deviceId != null) ? this.devices.usableFor(deviceId, actor) : null;
		EvidenceDraft named = (device == null || draft.device() != null) ? draft
				: new EvidenceDraft(draft.kind(), draft.owner(), draft.description(), draft.officerCertificate(),
						device.label(), draft.captureStart(), draft.captureEnd(), draft.place(), draft.latitude(),
						draft.longitude(), draft.participants(), draft.mainContent(), draft.covert(),
						draft.covertBasis(), draft.interruptionNotes(), draft.derivedFrom(), draft.derivation());
		return new Preconditions(new EvidenceItem.Recorder(officer.id(), officer.name(), officer.certificateNumber()),
				named, device);
	}

	private EvidenceItem insert(EvidenceDraft draft, Preconditions pre, StoredBlob blob, String mediaType,
			String fileName, Actor actor) {
		String name = safeFileName(fileName);
		EvidenceItem.Content content = new EvidenceItem.Content(blob.digests(), blob.size(), mediaType, name);
		String key = draft.owner().kind() + "/" + draft.owner().id() + "/" + draft.kind().series();
		ReentrantLock lock = this.series.computeIfAbsent(key, (k) -> new ReentrantLock());
		lock.lock();
		try {
			return this.transaction.execute((status) -> {
				for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
					int seq = nextSeq(draft.owner(), draft.kind().series());
					Instant now = this.time.now();
					EvidenceItem item = EvidenceItem.register(actor.agencyId(), draft, seq, pre.recorder(), content,
							actor.username(), actor.displayName(), now);
					try {
						EvidenceItem saved = this.savepoint.execute((s) -> this.items.save(item));
						this.custody.append(saved.id(), CustodyLog.Action.REGISTER, actor, null, saved.number());
						if (pre.device() != null) {
							this.devices.link(saved.id(), pre.device().id());
						}
						if (draft.derivedFrom() != null) {
							this.custody.append(draft.derivedFrom(), CustodyLog.Action.DERIVE, actor,
									draft.derivation(), saved.number());
						}
						return saved;
					}
					catch (DuplicateKeyException ex) {
						// another node took this number: read the new maximum and try
						// again
					}
				}
				throw RuleViolation.conflict("编号被同时占用，请重试");
			});
		}
		finally {
			lock.unlock();
		}
	}

	private int nextSeq(EvidenceOwner owner, String seriesName) {
		return this.jdbc.sql(
				"select coalesce(max(seq), 0) + 1 from evidence_item where owner_kind = :kind and owner_id = :id and series = :series")
			.param("kind", owner.kind())
			.param("id", owner.id())
			.param("series", seriesName)
			.query(Integer.class)
			.single();
	}

	static String safeFileName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
		if (name.isEmpty()) {
			throw new RuleViolation("EVIDENCE_FILE_NAME", "请选择要上传的文件", HttpStatus.BAD_REQUEST);
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	/** One item within the scope, or 404. */
	public EvidenceItem item(long id, Set<Long> scope) {
		return this.items.findById(id)
			.filter((i) -> scope.contains(i.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("证据"));
	}

	/** The filters of the list; each may be absent. */
	public record Filter(String ownerKind, String ownerId, EvidenceKind kind, String recorder, LocalDate capturedFrom,
			LocalDate capturedTo) {

		public Filter {
			ownerKind = blankToNull(ownerKind, 32, "归属记录类型");
			ownerId = blankToNull(ownerId, 64, "归属记录编号");
			recorder = blankToNull(recorder, 50, "记录人");
			if (capturedFrom != null && capturedTo != null && capturedTo.isBefore(capturedFrom)) {
				throw EvidenceDraft.invalid("INVALID_PARAMETER", "记录日期的结束不能早于开始");
			}
		}

		private static String blankToNull(String value, int max, String what) {
			if (value == null || value.isBlank()) {
				return null;
			}
			if (value.strip().length() > max) {
				throw EvidenceDraft.invalid("INVALID_PARAMETER", what + "不能超过 " + max + " 字");
			}
			return value.strip();
		}

	}

	/** A page of the items within the scope that match the filter. */
	public ResultPage<EvidenceItem> list(Filter filter, Paging.Params params, Set<Long> scope) {
		Paging paging = Paging.of(params, "captured", true, SORTABLE);
		if (scope.isEmpty()) {
			return ResultPage.of(java.util.List.of(), paging, 0, false);
		}
		StringBuilder where = new StringBuilder(" where agency_id in (:scope)");
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("scope", scope);
		if (filter.ownerKind() != null) {
			where.append(" and owner_kind = :ownerKind");
			values.put("ownerKind", filter.ownerKind());
		}
		if (filter.ownerId() != null) {
			where.append(" and owner_id = :ownerId");
			values.put("ownerId", filter.ownerId());
		}
		if (filter.kind() != null) {
			where.append(" and kind = :kind");
			values.put("kind", filter.kind().name());
		}
		if (filter.recorder() != null) {
			where.append(" and (officer_name = :recorder or officer_certificate = :recorder)");
			values.put("recorder", filter.recorder());
		}
		if (filter.capturedFrom() != null) {
			where.append(" and capture_start >= :from");
			values.put("from", java.sql.Timestamp.from(this.time.startOf(filter.capturedFrom())));
		}
		if (filter.capturedTo() != null) {
			where.append(" and capture_start < :to");
			values.put("to", java.sql.Timestamp.from(this.time.startOf(filter.capturedTo().plusDays(1))));
		}
		String order = switch (paging.sort()) {
			case "uploaded" -> "uploaded_at";
			case "number" -> "owner_kind, owner_id, series, seq";
			default -> "capture_start";
		};
		String dir = paging.descending() ? " desc" : " asc";
		if (paging.sort().equals("number")) {
			order = "owner_kind" + dir + ", owner_id" + dir + ", series" + dir + ", seq";
		}
		long total = this.jdbc
			.sql("select count(*) from (select 1 from evidence_item" + where + " fetch first " + ResultPage.COUNT_CAP
					+ " rows only) t")
			.params(values)
			.query(Long.class)
			.single();
		java.util.List<Long> ids = this.jdbc
			.sql("select id from evidence_item" + where + " order by " + order + dir + ", id" + dir + " offset "
					+ paging.offset() + " rows fetch next " + paging.size() + " rows only")
			.params(values)
			.query(Long.class)
			.list();
		java.util.List<EvidenceItem> page = new ArrayList<>();
		for (Long id : ids) {
			this.items.findById(id).ifPresent(page::add);
		}
		return ResultPage.of(page, paging, total, total >= ResultPage.COUNT_CAP);
	}

	/**
	 * Every item of one owner within the scope, in the order of their numbers (证据-1, 证据-2
	 * …, then 音像-1 …).
	 */
	public java.util.List<EvidenceItem> ofOwner(String ownerKind, String ownerId, Set<Long> scope) {
		if (scope.isEmpty()) {
			return java.util.List.of();
		}
		java.util.List<Long> ids = this.jdbc
			.sql("select id from evidence_item where owner_kind = :kind and owner_id = :id and agency_id in (:scope)"
					+ " order by series, seq, id")
			.param("kind", ownerKind)
			.param("id", ownerId)
			.param("scope", scope)
			.query(Long.class)
			.list();
		java.util.List<EvidenceItem> found = new ArrayList<>();
		for (Long id : ids) {
			this.items.findById(id).ifPresent(found::add);
		}
		return found;
	}

	/**
	 * Whether the owner has items in agencies outside the scope (an IDOR attempt to
	 * audit).
	 */
	boolean existOutside(String ownerKind, String ownerId, Set<Long> scope) {
		return this.jdbc
			.sql("select count(*) from evidence_item where owner_kind = :kind and owner_id = :id"
					+ (scope.isEmpty() ? "" : " and agency_id not in (:scope)"))
			.param("kind", ownerKind)
			.param("id", ownerId)
			.param("scope", scope.isEmpty() ? Set.of(-1L) : scope)
			.query(Long.class)
			.single() > 0;
	}

	/** Opens the item's stored bytes. */
	InputStream open(EvidenceItem item) {
		return this.blobs.open(item.digests().sha256())
			.orElseThrow(() -> new RuleViolation("EVIDENCE_CONTENT_MISSING", "证据文件缺失，请联系系统管理员", HttpStatus.GONE));
	}

}
