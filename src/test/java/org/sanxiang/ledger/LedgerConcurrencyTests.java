package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.MerkleProofs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Eight threads append 10,000 entries in all while checkpoints are signed: the indices
 * have no gaps and no duplicates, every entry's inclusion proof verifies against the
 * final checkpoint, and every pair of successive checkpoints is consistent.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=ledger-concurrency", "sanxiang.ledger.checkpoint-interval=PT0.2S" })
class LedgerConcurrencyTests {

	static final int THREADS = 8;

	static final int PER_THREAD = 1250;

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentAppendsAreGapFreeAndEveryProofVerifies() throws Exception {
		long before = this.ledger.size();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			work.add(pool.submit(() -> {
				for (int i = 0; i < PER_THREAD; i++) {
					String id = thread + "-" + i;
					this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord(id, id, true)));
				}
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		this.ledger.checkpoint();
		SignedCheckpoint last = this.ledger.latestCheckpoint().orElseThrow();
		long size = before + THREADS * PER_THREAD;
		assertThat(last.treeSize()).isEqualTo(size);

		Set<String> subjects = new HashSet<>();
		long expected = 0;
		List<LedgerEntry> all = new ArrayList<>();
		while (expected < size) {
			List<LedgerEntry> page = this.ledger.entries(expected, size);
			for (LedgerEntry e : page) {
				assertThat(e.index()).isEqualTo(expected++);
				all.add(e);
			}
		}
		all.stream().filter((e) -> e.type().equals("TEST_RECORD")).forEach((e) -> subjects.add(e.subjectId()));
		assertThat(subjects).hasSize(THREADS * PER_THREAD);

		byte[] root = Checkpoint.parse(last.body()).rootHash();
		for (LedgerEntry e : all) {
			List<byte[]> proof = this.ledger.inclusionProof(e.index(), size);
			assertThatCode(() -> MerkleProofs.verifyInclusion(e.index(), size,
					MerkleHashes.leaf(e.leafInput().getBytes(StandardCharsets.UTF_8)), proof, root))
				.doesNotThrowAnyException();
		}
		List<SignedCheckpoint> checkpoints = new ArrayList<>();
		long after = 0;
		List<SignedCheckpoint> page;
		while (!(page = this.ledger.checkpointsAfter(after)).isEmpty()) {
			checkpoints.addAll(page);
			after = page.get(page.size() - 1).treeSize();
		}
		assertThat(checkpoints.size()).isGreaterThan(1);
		for (int i = 1; i < checkpoints.size(); i++) {
			SignedCheckpoint a = checkpoints.get(i - 1);
			SignedCheckpoint b = checkpoints.get(i);
			assertThatCode(() -> MerkleProofs.verifyConsistency(a.treeSize(), b.treeSize(),
					this.ledger.consistencyProof(a.treeSize(), b.treeSize()), HexFormat.of().parseHex(a.rootHash()),
					HexFormat.of().parseHex(b.rootHash())))
				.doesNotThrowAnyException();
		}
	}

}
