package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.CaseFileSource;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.SignedCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 案卷 export of one owner (an inspection, a case): a ZIP written straight to the
 * response, never held in memory, whatever the size of the files. In archive order:
 * {@code 目录.txt} (the index), the 正卷 — the owner's issued documents as their archival
 * PDFs by date of issue, then the evidence originals by number — the 副卷 (each item's
 * custody log), and last {@code manifest.json}: every file's path, size, SHA-256 and SM3
 * as written, and for each sealed record its ledger inclusion proof against the signed
 * checkpoint the manifest carries. {@code sanxiang-verifier.jar export} checks it
 * offline. Asking for another agency's record is answered like an unknown one (404) and
 * audited as refused. The files come from every {@link CaseFileSource}, so that this
 * module needs none of the modules that keep them. Each export is an EXPORT line in the
 * custody log of each item it contains and an audit record.
 */
@Service
public class CaseFileExport {

	static final String FORMAT = "sanxiang-case-file/1";

	static final String INDEX = "目录.txt";

	static final String MANIFEST = "manifest.json";

	private static final Logger log = LoggerFactory.getLogger(CaseFileExport.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<CaseFileSource> sources;

	private final EvidenceItems items;

	private final CustodyLog custody;

	private final Ledger ledger;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	CaseFileExport(List<CaseFileSource> sources, EvidenceItems items, CustodyLog custody, Ledger ledger,
			BusinessTime time, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.sources = sources;
		this.items = items;
		this.custody = custody;
		this.ledger = ledger;
		this.time = time;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One file placed in the ZIP, with its proof if it is a sealed record. */
	record Placed(String path, CaseFileSource.Entry entry, Ledger.SealedProof proof) {
	}

	/**
	 * An export ready to be written: the owner, who asked and when, the files in archive
	 * order and the checkpoint their proofs are against (null while the ledger has none).
	 */
	public record Prepared(String ownerKind, String ownerId, Instant at, Actor by, List<Placed> files,
			SignedCheckpoint checkpoint) {

		/** The name the download carries, e.g. {@code 案卷-INSPECTION-DEMO-1.zip}. */
		public String fileName() {
			return "案卷-" + this.ownerKind + "-" + this.ownerId + ".zip";
		}

	}

	/**
	 * Collects the owner's files within the scope, checks that each can be read, proves
	 * each sealed one against a fresh checkpoint and records the export (custody log,
	 * audit). Refuses a malformed owner (400) and an owner with nothing in the scope
	 * (404), before anything is written.
	 */
	public Prepared prepare(String ownerKind, String ownerId, Actor actor, Set<Long> scope) {
		EvidenceOwner owner = new EvidenceOwner(ownerKind, ownerId, null);
		List<CaseFileSource.Entry> entries = new ArrayList<>();
		for (CaseFileSource source : this.sources) {
			entries.addAll(source.entries(owner.kind(), owner.id(), scope));
		}
		if (entries.isEmpty()) {
			if (this.items.existOutside(owner.kind(), owner.id(), scope)) {
				this.events.publishEvent(new AccessRefused("CASE_FILE_EXPORT_REFUSED", "CaseFile",
						owner.kind() + "/" + owner.id(), "outside data scope"));
			}
			throw new RuleViolation("CASE_FILE_EMPTY",
					"记录 " + owner.kind() + " " + owner.id() + " 没有可导出的文书或证据（或不在您的数据范围内）", HttpStatus.NOT_FOUND);
		}
		entries.sort(Comparator.comparing((CaseFileSource.Entry e) -> e.section().ordinal())
			.thenComparing(CaseFileSource.Entry::orderKey));
		for (CaseFileSource.Entry entry : entries) {
			if (entry.digests() != null) {
				readable(entry);
			}
		}
		this.ledger.checkpoint();
		SignedCheckpoint checkpoint = this.ledger.latestCheckpoint().orElse(null);
		List<Placed> placed = new ArrayList<>();
		Set<String> paths = new HashSet<>(List.of(INDEX, MANIFEST));
		for (CaseFileSource.Entry entry : entries) {
			Ledger.SealedProof proof = null;
			if (entry.sealedType() != null && checkpoint != null) {
				proof = this.ledger
					.proofOf(entry.sealedType(), entry.sealedId(), entry.digests().sha256(), checkpoint.treeSize())
					.orElse(null);
			}
			placed.add(new Placed(path(entry, paths), entry, proof));
		}
		Prepared prepared = new Prepared(owner.kind(), owner.id(), this.time.now(), actor, List.copyOf(placed),
				checkpoint);
		int sealed = (int) placed.stream().filter((p) -> p.proof() != null).count();
		this.transaction.executeWithoutResult((status) -> {
			for (EvidenceItem item : this.items.ofOwner(owner.kind(), owner.id(), scope)) {
				this.custody.append(item.id(), CustodyLog.Action.EXPORT, actor, null,
						"案卷 " + owner.kind() + " " + owner.id());
			}
			this.events.publishEvent(new CaseFileExported(owner.kind(), owner.id(), placed.size() + 2, sealed,
					(checkpoint != null) ? checkpoint.treeSize() : 0));
		});
		return prepared;
	}

	private static void readable(CaseFileSource.Entry entry) {
		try (InputStream in = entry.content().open()) {
			// opened: the file is there
		}
		catch (IOException | RuntimeException ex) {
			throw new RuleViolation("CASE_FILE_CONTENT_MISSING", entry.title() + " 的文件缺失，无法导出案卷，请联系系统管理员",
					HttpStatus.GONE);
		}
	}

	/**
	 * {@code 正卷/证据/证据-2-照片.jpg}: the volume, the category, the file's own name made safe
	 * for a ZIP path; a second file of the same name gets {@code (2)}.
	 */
	private static String path(CaseFileSource.Entry entry, Set<String> taken) {
		String name = entry.fileName().replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
		String base = entry.section().label() + "/" + entry.category() + "/" + (name.isEmpty() ? "文件" : name);
		String path = base;
		for (int n = 2; !taken.add(path); n++) {
			int dot = base.lastIndexOf('.');
			path = (dot > base.lastIndexOf('/')) ? base.substring(0, dot) + "(" + n + ")" + base.substring(dot)
					: base + "(" + n + ")";
		}
		return path;
	}

	/**
	 * Writes the ZIP to {@code out} (not closed), each file copied through one fixed
	 * buffer and digested on the way, the manifest last.
	 */
	public void write(Prepared prepared, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<Map<String, Object>> files = new ArrayList<>();
		files.add(file(INDEX, null, "目录", "案卷目录", put(zip, INDEX, Deflater.DEFAULT_COMPRESSION,
				new java.io.ByteArrayInputStream(index(prepared).getBytes(StandardCharsets.UTF_8)))));
		for (Placed placed : prepared.files()) {
			CaseFileSource.Entry entry = placed.entry();
			Written written;
			try (InputStream in = entry.content().open()) {
				// media files are compressed already: stored as they are, only framed
				written = put(zip, placed.path(),
						"证据".equals(entry.category()) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION, in);
			}
			if (entry.digests() != null && !entry.digests().equals(written.digests())) {
				log.warn("Case file {} {}: {} no longer has its sealed digests (sealed SHA-256 {}, now {})",
						prepared.ownerKind(), prepared.ownerId(), placed.path(), entry.digests().sha256(),
						written.digests().sha256());
			}
			Map<String, Object> file = file(placed.path(), entry.section(), entry.category(), entry.title(), written);
			if (entry.sealedType() != null) {
				Map<String, Object> ledger = new LinkedHashMap<>();
				ledger.put("subject", entry.sealedType() + "/" + entry.sealedId());
				if (placed.proof() != null) {
					ledger.put("index", placed.proof().index());
					ledger.put("treeSize", placed.proof().treeSize());
					ledger.put("leafInput", Base64.getEncoder()
						.encodeToString(placed.proof().leafInput().getBytes(StandardCharsets.UTF_8)));
					ledger.put("auditPath", placed.proof().auditPath());
				}
				file.put("ledger", ledger);
			}
			files.add(file);
		}
		zip.setLevel(Deflater.DEFAULT_COMPRESSION);
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(prepared, files)));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private Map<String, Object> manifest(Prepared prepared, List<Map<String, Object>> files) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", FORMAT);
		manifest.put("owner", Map.of("kind", prepared.ownerKind(), "id", prepared.ownerId()));
		manifest.put("exportedAt", prepared.at().toString());
		manifest.put("exportedBy", prepared.by().username());
		SignedCheckpoint c = prepared.checkpoint();
		if (c != null) {
			Map<String, Object> checkpoint = new LinkedHashMap<>();
			checkpoint.put("treeSize", c.treeSize());
			checkpoint.put("body", c.body());
			checkpoint.put("signature", c.signature());
			checkpoint.put("keyFingerprint", c.keyFingerprint());
			checkpoint.put("timestamp", c.timestamp().toString());
			manifest.put("checkpoint", checkpoint);
		}
		manifest.put("files", files);
		return manifest;
	}

	private static Map<String, Object> file(String path, CaseFileSource.Section section, String category, String title,
			Written written) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("path", path);
		file.put("section", (section != null) ? section.label() : "目录");
		file.put("category", category);
		file.put("title", title);
		file.put("size", written.size());
		file.put("sha256", written.digests().sha256());
		file.put("sm3", written.digests().sm3());
		return file;
	}

	private String index(Prepared prepared) {
		StringBuilder text = new StringBuilder();
		text.append("案卷目录\n");
		text.append("归属记录：").append(prepared.ownerKind()).append(' ').append(prepared.ownerId()).append('\n');
		text.append("导出时间：")
			.append(this.time.formatSeconds(prepared.at()))
			.append("（")
			.append(this.time.zoneLabel())
			.append("）\n");
		text.append("导出人：")
			.append(prepared.by().displayName())
			.append('（')
			.append(prepared.by().username())
			.append("）\n");
		if (prepared.checkpoint() != null) {
			text.append("账本检查点：规模 ").append(prepared.checkpoint().treeSize()).append('\n');
		}
		CaseFileSource.Section section = null;
		int n = 0;
		for (Placed placed : prepared.files()) {
			CaseFileSource.Entry entry = placed.entry();
			if (entry.section() != section) {
				section = entry.section();
				n = 0;
				text.append('\n').append(section.label()).append('\n');
				text.append("序号\t类别\t题名\t日期\t文件\t大小（字节）\t账本\n");
			}
			n++;
			text.append(n)
				.append('\t')
				.append(entry.category())
				.append('\t')
				.append(entry.title().replaceAll("[\\t\\r\\n]+", " "))
				.append('\t')
				.append((entry.date() != null) ? entry.date().toString() : "")
				.append('\t')
				.append(placed.path())
				.append('\t')
				.append((entry.size() >= 0) ? String.valueOf(entry.size()) : "")
				.append('\t')
				.append((placed.proof() != null) ? "第 " + placed.proof().index() + " 条" : "")
				.append('\n');
		}
		text.append("\n说明：manifest.json 列出每个文件的大小、SHA-256 与 SM3，以及每份已封存记录的账本包含证明和签名检查点；\n");
		text.append("可用离线核验工具核验：java -jar sanxiang-verifier.jar export <公钥.pem> <本案卷.zip>\n");
		return text.toString();
	}

	/** What was written of one file: its size and digests. */
	private record Written(long size, ContentDigests digests) {
	}

	private static Written put(ZipOutputStream zip, String path, int level, InputStream in) throws IOException {
		zip.setLevel(level);
		zip.putNextEntry(new ZipEntry(path));
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		SM3Digest sm3 = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int n;
		while ((n = in.read(buffer)) >= 0) {
			sha256.update(buffer, 0, n);
			sm3.update(buffer, 0, n);
			zip.write(buffer, 0, n);
			size += n;
		}
		zip.closeEntry();
		byte[] sm = new byte[sm3.getDigestSize()];
		sm3.doFinal(sm, 0);
		return new Written(size,
				new ContentDigests(HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sm)));
	}

}
