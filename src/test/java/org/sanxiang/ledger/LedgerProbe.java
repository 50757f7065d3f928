package org.sanxiang.ledger;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * What a test outside the ledger's package may read of a node's ledger (its entries,
 * checkpoints and integrity check are the module's own types).
 */
public final class LedgerProbe {

	private LedgerProbe() {
	}

	/** One entry as a test sees it. */
	public record Entry(long index, String type, String subjectId) {
	}

	public static List<Entry> entries(ApplicationContext node, long start, long end) {
		return node.getBean(Ledger.class)
			.entries(start, end)
			.stream()
			.map((entry) -> new Entry(entry.index(), entry.type(), entry.subjectId()))
			.toList();
	}

	/**
	 * Signs a checkpoint on the node: its tree size and the signing key's fingerprint.
	 */
	public static Checkpoint checkpoint(ApplicationContext node) {
		SignedCheckpoint signed = node.getBean(Ledger.class).checkpoint().orElseThrow();
		return new Checkpoint(signed.treeSize(), signed.keyFingerprint());
	}

	public static String latestFingerprint(ApplicationContext node) {
		return node.getBean(Ledger.class).latestCheckpoint().orElseThrow().keyFingerprint();
	}

	/** Runs the integrity check on the node: the entries it checked and the problems. */
	public static Integrity integrity(ApplicationContext node, String by) {
		IntegrityReport report = node.getBean(LedgerIntegrity.class).check(by);
		return new Integrity(report.entries(), report.problems());
	}

	public record Checkpoint(long treeSize, String keyFingerprint) {
	}

	public record Integrity(long entries, List<String> problems) {
	}

}
