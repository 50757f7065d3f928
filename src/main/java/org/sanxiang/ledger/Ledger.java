package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.SealedRecord;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.MerkleHashes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ledger for the other modules and the public: appends every {@link SealedRecord} in
 * the transaction of the business change, signs checkpoints while new entries exist, and
 * answers proofs from the cached tree.
 */
@Service
public class Ledger {

	static final int MAX_PAGE = 100;

	private final LedgerStore store;

	private final LedgerKeys keys;

	private final Clock clock;

	private final String origin;

	private final MerkleTree tree = new MerkleTree();

	private final ApplicationEventPublisher events;

	Ledger(LedgerStore store, LedgerKeys keys, Clock clock,
			@Value("${sanxiang.ledger.origin:sanxiang/ledger/HLJ}") String origin, ApplicationEventPublisher events) {
		this.store = store;
		this.keys = keys;
		this.clock = clock;
		this.origin = origin;
		this.events = events;
	}

	/** Seals a record: one entry, in the caller's transaction, at the next index. */
	@EventListener
	@Transactional
	public LedgerEntry append(SealedRecord record) {
		return appendAll(List.of(record)).get(0);
	}

	/**
	 * Seals several records at once (e.g. the items of one evidence upload): one index
	 * reservation and one insert, in the caller's transaction, in the given order.
	 */
	@Transactional
	public List<LedgerEntry> appendAll(List<? extends SealedRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		Actor actor = CurrentActor.orNull();
		long first = this.store.reserve(records.size());
		java.time.Instant now = this.clock.instant();
		List<LedgerEntry> entries = new java.util.ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			entries.add(EntryEncoding.encode(first + i, records.get(i), now,
					actor == null ? "system" : actor.username(), actor == null ? null : actor.agencyId()));
		}
		this.store.insertAll(entries);
		return entries;
	}

	/**
	 * Rotates the signing key: stages the next key, seals a statement about it signed by
	 * the current key, and activates the next key only when that commits (a failed
	 * rotation leaves the current key in force).
	 */
	@Transactional
	public KeyRotated rotateKey(String by) {
		if (!registerCurrentKey()) {
			throw new RuleViolation("LEDGER_KEY_CHANGING", "签名密钥正在由另一节点更换，请稍后再试", HttpStatus.CONFLICT);
		}
		LedgerKeys.PendingRotation pending = this.keys.prepareRotation();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					Ledger.this.keys.promote(pending);
				}
				else {
					Ledger.this.keys.discard(pending);
				}
			}
		});
		this.store.insert(new LedgerKey(pending.next().fingerprint(), pending.next().publicKeyPem(),
				this.clock.instant(), pending.previousFingerprint(), pending.statement()));
		KeyRotated rotated = new KeyRotated(pending.previousFingerprint(), pending.next().fingerprint(),
				pending.statement());
		this.events.publishEvent(rotated);
		return rotated;
	}

	/** Every signing key, oldest first, with the rotation statements that chain them. */
	public List<LedgerKey> keys() {
		registerCurrentKey();
		return this.store.keys();
	}

	/**
	 * Signs with the key in force: registers the key in use if the database does not know
	 * it yet (the first key), and reads the key files again when the database names a
	 * later key (another node rotated it). False while this node cannot sign with the key
	 * in force (the other node is still swapping the files).
	 */
	synchronized boolean registerCurrentKey() {
		List<LedgerKey> known = this.store.keys();
		LedgerKey inForce = inForce(known);
		if (inForce != null && !inForce.fingerprint().equals(this.keys.fingerprint())) {
			this.keys.reload();
		}
		if (known.stream().noneMatch((k) -> k.fingerprint().equals(this.keys.fingerprint()))) {
			this.store.insert(new LedgerKey(this.keys.fingerprint(), this.keys.publicKeyPem(), this.clock.instant(),
					(inForce == null) ? null : inForce.fingerprint(), null));
			return true;
		}
		return inForce == null || inForce.fingerprint().equals(this.keys.fingerprint());
	}

	/** The end of the chain of keys: the last one no later key names as its previous. */
	private static LedgerKey inForce(List<LedgerKey> known) {
		LedgerKey last = null;
		for (LedgerKey key : known) {
			if (known.stream().noneMatch((k) -> key.fingerprint().equals(k.previousFingerprint()))) {
				last = key;
			}
		}
		return last;
	}

	/** The committed tree size. */
	public long size() {
		return synced().size();
	}

	/**
	 * Every few seconds, on one node at a time: the next run may be on either node, which
	 * finds the checkpoint of the other and signs only if the tree grew since.
	 */
	@Scheduled(fixedDelayString = "${sanxiang.ledger.checkpoint-interval:PT2S}")
	@SchedulerLock(name = "ledger.checkpoint", lockAtMostFor = "PT10M")
	void scheduledCheckpoint() {
		checkpoint();
	}

	/**
	 * Signs a checkpoint of the current tree if it grew since the last one (nothing while
	 * this node cannot sign with the key in force, see {@link #registerCurrentKey()}).
	 */
	public synchronized Optional<SignedCheckpoint> checkpoint() {
		if (!registerCurrentKey()) {
			return Optional.empty();
		}
		MerkleTree current = synced();
		long size = current.size();
		long last = this.store.latestCheckpoint().map(SignedCheckpoint::treeSize).orElse(0L);
		if (size == 0 || size <= last) {
			return Optional.empty();
		}
		byte[] root = current.root(size);
		Checkpoint body = new Checkpoint(this.origin, size, root);
		SignedCheckpoint signed = new SignedCheckpoint(size, HexFormat.of().formatHex(root), this.clock.instant(),
				body.body(), Base64.getEncoder().encodeToString(this.keys.sign(body.bodyBytes())),
				this.keys.fingerprint());
		try {
			this.store.insert(signed);
		}
		catch (DuplicateKeyException ex) {
			// another node signed this size at the same moment
			return Optional.empty();
		}
		return Optional.of(signed);
	}

	public Optional<SignedCheckpoint> latestCheckpoint() {
		return this.store.latestCheckpoint();
	}

	public List<SignedCheckpoint> checkpointsAfter(long treeSize) {
		return this.store.checkpointsAfter(Math.max(0, treeSize), MAX_PAGE);
	}

	/** The key in force (as this node signs with it). */
	public String publicKeyPem() {
		registerCurrentKey();
		return this.keys.publicKeyPem();
	}

	public List<LedgerEntry> entries(long start, long end) {
		long size = size();
		if (start < 0 || end < start) {
			throw badRequest("须满足 0 ≤ start ≤ end");
		}
		if (start > size) {
			throw new RuleViolation("LEDGER_RANGE_UNKNOWN", "账本当前只有" + size + "条记录", HttpStatus.NOT_FOUND);
		}
		return this.store.entries(start, Math.min(Math.min(end, size), start + MAX_PAGE));
	}

	public List<byte[]> inclusionProof(long index, long treeSize) {
		requireKnownSize(treeSize);
		if (index < 0 || index >= treeSize) {
			throw badRequest("记录序号须满足 0 ≤ index < treeSize");
		}
		return synced().inclusionProof(index, treeSize);
	}

	public List<byte[]> consistencyProof(long first, long second) {
		requireKnownSize(second);
		if (first < 1 || first > second) {
			throw badRequest("须满足 1 ≤ first ≤ second");
		}
		return synced().consistencyProof(first, second);
	}

	public byte[] root(long treeSize) {
		requireKnownSize(treeSize);
		return synced().root(treeSize);
	}

	/**
	 * The entries sealed about one subject, oldest first — e.g. a document's issue and,
	 * if it was voided, its voiding (subject {@code Document}, id its number).
	 */
	public List<LedgerEntry> entriesForSubject(String subjectType, String subjectId) {
		return this.store.bySubject(subjectType, subjectId);
	}

	/**
	 * The proof that the entry sealing this subject with these bytes (SHA-256, hex) is in
	 * the tree of {@code treeSize}: empty when no entry seals them or the tree does not
	 * reach it yet. What the 案卷 export puts in its manifest for each sealed file.
	 */
	public Optional<SealedProof> proofOf(String subjectType, String subjectId, String sha256, long treeSize) {
		return entriesForSubject(subjectType, subjectId).stream()
			.filter((e) -> e.contentSha256().equals(sha256) && e.index() < treeSize)
			.findFirst()
			.map((e) -> new SealedProof(e.index(), treeSize, e.leafInput(),
					LedgerApiController.hex(inclusionProof(e.index(), treeSize))));
	}

	/**
	 * An entry's inclusion in a tree: its index, the tree's size, the entry's exact bytes
	 * (the leaf input) and the audit path (hex), as in a proof bundle.
	 */
	public record SealedProof(long index, long treeSize, String leafInput, List<String> auditPath) {
	}

	/** The first entry sealing a file with these bytes, if any. */
	public Optional<LedgerEntry> entryForContent(byte[] content) {
		try {
			return this.store.bySha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void requireKnownSize(long treeSize) {
		long size = size();
		if (treeSize < 1) {
			throw badRequest("treeSize须为正整数");
		}
		if (treeSize > size) {
			throw new RuleViolation("LEDGER_SIZE_UNKNOWN", "账本当前只有" + size + "条记录，没有规模为" + treeSize + "的树",
					HttpStatus.NOT_FOUND);
		}
	}

	private static RuleViolation badRequest(String message) {
		return new RuleViolation("INVALID_LEDGER_REQUEST", message, HttpStatus.BAD_REQUEST);
	}

	/**
	 * Brings the cached tree up to the committed entries (a prefix of the log: appends
	 * are serialised).
	 */
	private synchronized MerkleTree synced() {
		long have = this.tree.size();
		while (true) {
			List<LedgerEntry> batch = this.store.entries(have, have + 10_000);
			if (batch.isEmpty()) {
				return this.tree;
			}
			for (LedgerEntry entry : batch) {
				if (entry.index() != have) {
					return this.tree;
				}
				this.tree.append(MerkleHashes.leaf(entry.leafInput().getBytes(StandardCharsets.UTF_8)));
				have++;
			}
		}
	}

}
