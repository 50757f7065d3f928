package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.EntryFields;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.ProofException;
import org.sanxiang.ledger.verifier.Sm2Signatures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Recomputes the whole tree from the stored entries — never from the in-memory cache —
 * and compares it with every signed checkpoint. Names each entry that was changed, moved
 * or removed behind the application's back. Runs nightly and on an administrator's
 * request; every run is audited, and a failure raises an alarm in the workspace.
 */
@Service
class LedgerIntegrity {

	private final LedgerStore store;

	private final LedgerKeys keys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BlobStore blobs;

	private final BlobCheck blobCheck;

	private final int blobSample;

	private volatile IntegrityReport last;

	LedgerIntegrity(LedgerStore store, LedgerKeys keys, ApplicationEventPublisher events, Clock clock, BlobStore blobs,
			@Value("${sanxiang.ledger.integrity.blobs:ALL}") BlobCheck blobCheck,
			@Value("${sanxiang.ledger.integrity.blob-sample:200}") int blobSample) {
		this.store = store;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
		this.blobs = blobs;
		this.blobCheck = blobCheck;
		this.blobSample = blobSample;
	}

	/**
	 * How many of the stored blobs a run re-hashes: {@code all}, a random {@code sample}
	 * of {@code sanxiang.ledger.integrity.blob-sample}, or {@code none}.
	 */
	public enum BlobCheck {

		ALL, SAMPLE, NONE

	}

	public Optional<IntegrityReport> lastReport() {
		return Optional.ofNullable(this.last);
	}

	/**
	 * Nightly on one node; a check of a large ledger with every blob re-hashed may take
	 * an hour or more.
	 */
	@Scheduled(cron = "${sanxiang.ledger.integrity-cron:0 15 3 * * *}")
	@SchedulerLock(name = "ledger.integrity", lockAtLeastFor = "PT5M", lockAtMostFor = "PT6H")
	void nightly() {
		check("system");
	}

	public IntegrityReport check(String checkedBy) {
		List<String> problems = new ArrayList<>();
		MerkleTree tree = new MerkleTree();
		long expected = 0;
		long stored = 0;
		List<LedgerEntry> blobEntries = new ArrayList<>();
		while (true) {
			List<LedgerEntry> page = this.store.entriesFrom(expected, 10_000);
			if (page.isEmpty()) {
				break;
			}
			for (LedgerEntry entry : page) {
				if (entry.index() != expected) {
					problems.add(entry.index() - expected == 1 ? "第" + expected + "条记录缺失（已被删除）"
							: "第" + expected + "至" + (entry.index() - 1) + "条记录缺失（已被删除）");
				}
				checkEntry(entry, problems);
				if ("blob".equals(EntryFields.get(entry.leafInput(), "stored"))) {
					blobEntries.add(entry);
				}
				tree.append(MerkleHashes.leaf(entry.leafInput().getBytes(StandardCharsets.UTF_8)));
				expected = entry.index() + 1;
				stored++;
			}
		}
		checkBlobs(blobEntries, problems);
		List<SignedCheckpoint> checkpoints = allCheckpoints();
		Map<String, String> keysByFingerprint = new HashMap<>();
		this.store.keys().forEach((k) -> keysByFingerprint.put(k.fingerprint(), k.publicKeyPem()));
		keysByFingerprint.putIfAbsent(this.keys.fingerprint(), this.keys.publicKeyPem());
		for (SignedCheckpoint checkpoint : checkpoints) {
			checkCheckpoint(checkpoint, keysByFingerprint.get(checkpoint.keyFingerprint()), tree, stored, problems);
		}
		IntegrityReport report = new IntegrityReport(this.clock.instant(), checkedBy, stored, checkpoints.size(),
				problems);
		this.last = report;
		this.events.publishEvent(new LedgerIntegrityChecked(report));
		return report;
	}

	private static void checkEntry(LedgerEntry entry, List<String> problems) {
		String input = entry.leafInput();
		if (!EntryEncoding.leafHashHex(input).equals(entry.leafHash())) {
			problems.add("第" + entry.index() + "条记录的内容已被改动（与封存时的哈希不符）");
		}
		String declared = EntryFields.get(input, "index");
		if (declared != null && !declared.equals(String.valueOf(entry.index()))) {
			problems.add("第" + entry.index() + "条记录的内容声明序号为" + declared + "（记录被移动或调换）");
		}
		if (!entry.contentSha256().equals(EntryFields.get(input, "sha256"))
				|| !entry.contentSm3().equals(EntryFields.get(input, "sm3"))) {
			problems.add("第" + entry.index() + "条记录的摘要列与封存内容不一致");
		}
	}

	private void checkBlobs(List<LedgerEntry> entries, List<String> problems) {
		List<LedgerEntry> chosen = switch (this.blobCheck) {
			case NONE -> List.of();
			case ALL -> entries;
			case SAMPLE -> {
				List<LedgerEntry> shuffled = new ArrayList<>(entries);
				java.util.Collections.shuffle(shuffled, new java.security.SecureRandom());
				yield shuffled.subList(0, Math.min(this.blobSample, shuffled.size()));
			}
		};
		for (LedgerEntry entry : chosen) {
			String sha256 = EntryFields.get(entry.leafInput(), "sha256");
			String sm3 = EntryFields.get(entry.leafInput(), "sm3");
			if (sha256 == null || sm3 == null) {
				continue;
			}
			Optional<ContentDigests> now = this.blobs.digestsOf(sha256);
			if (now.isEmpty()) {
				problems.add("第" + entry.index() + "条记录的文件（SHA-256 " + sha256 + "）已不在文件库中（被删除或移走）");
			}
			else if (!now.get().sha256().equals(sha256) || !now.get().sm3().equals(sm3)) {
				problems.add("第" + entry.index() + "条记录的文件（SHA-256 " + sha256 + "）内容已被改动（重新计算的哈希为 " + now.get().sha256()
						+ "）");
			}
		}
	}

	private void checkCheckpoint(SignedCheckpoint checkpoint, String publicKeyPem, MerkleTree tree, long stored,
			List<String> problems) {
		String name = "规模为" + checkpoint.treeSize() + "的检查点";
		if (publicKeyPem == null) {
			problems.add(name + "由未登记的密钥" + checkpoint.keyFingerprint() + "签名");
			return;
		}
		try {
			Sm2Signatures.verify(Sm2Signatures.publicKeyFromPem(publicKeyPem),
					checkpoint.body().getBytes(StandardCharsets.UTF_8),
					Base64.getDecoder().decode(checkpoint.signature()));
			Checkpoint body = Checkpoint.parse(checkpoint.body());
			if (body.treeSize() != checkpoint.treeSize()
					|| !HexFormat.of().formatHex(body.rootHash()).equals(checkpoint.rootHash())) {
				problems.add(name + "的列与已签名内容不一致");
			}
			if (checkpoint.treeSize() > tree.size()) {
				problems.add(name + "声明" + checkpoint.treeSize() + "条记录，现存只有" + stored + "条");
			}
			else if (!java.security.MessageDigest.isEqual(tree.root(checkpoint.treeSize()), body.rootHash())) {
				problems.add(name + "的根哈希与现存记录重新计算的结果不一致");
			}
		}
		catch (ProofException | IllegalArgumentException ex) {
			problems.add(name + "的签名无效：" + ex.getMessage());
		}
	}

	private List<SignedCheckpoint> allCheckpoints() {
		List<SignedCheckpoint> all = new ArrayList<>();
		long after = -1;
		List<SignedCheckpoint> page;
		while (!(page = this.store.checkpointsAfter(after, 1000)).isEmpty()) {
			all.addAll(page);
			after = page.get(page.size() - 1).treeSize();
		}
		return all;
	}

}
