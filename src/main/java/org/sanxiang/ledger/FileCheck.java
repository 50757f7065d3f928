package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecordStatus;

import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.MerkleProofs;
import org.sanxiang.ledger.verifier.ProofBundle;
import org.sanxiang.ledger.verifier.ProofException;

/**
 * The answer to "is this file sealed?": the entry, its inclusion proof, the checkpoint it
 * verifies against, whether the server's own run of the outsiders' verifier agrees — and
 * what the owning module says became of the record since (voided, corrected): status
 * travels with proof.
 */
record FileCheck(boolean sealed, boolean verified, String explanation, String sha256,
		LedgerApiController.EntryView entry, List<String> proof, LedgerApiController.CheckpointView checkpoint,
		String bundle, SealedRecordStatus status) {

	static FileCheck of(Ledger ledger, RecordStatuses statuses, byte[] content) {
		LedgerEntry entry = ledger.entryForContent(content).orElse(null);
		if (entry == null) {
			return new FileCheck(false, false, "账本中没有与该文件内容一致的封存记录", ContentDigests.of(content).sha256(), null,
					List.of(), null, null, null);
		}
		return of(ledger, entry, statuses.of(entry).orElse(null));
	}

	/** Whether the file is authentic but the record no longer stands as it was. */
	public boolean withdrawn() {
		return this.status != null && (this.status.wasVoided() || this.status.wasCorrected());
	}

	/** The proof for one entry, against the latest signed checkpoint that covers it. */
	static FileCheck of(Ledger ledger, LedgerEntry entry, SealedRecordStatus status) {
		SignedCheckpoint checkpoint = ledger.latestCheckpoint()
			.filter((c) -> c.treeSize() > entry.index())
			.orElse(null);
		if (checkpoint == null) {
			return new FileCheck(true, false, "文件已封存，等待下一个签名检查点（数秒内）", entry.contentSha256(),
					LedgerApiController.EntryView.of(entry), List.of(), null, null, status);
		}
		List<byte[]> proof = ledger.inclusionProof(entry.index(), checkpoint.treeSize());
		byte[] leafInput = entry.leafInput().getBytes(StandardCharsets.UTF_8);
		String explanation;
		boolean verified;
		try {
			Checkpoint body = Checkpoint.parse(checkpoint.body());
			MerkleProofs.verifyInclusion(entry.index(), checkpoint.treeSize(), MerkleHashes.leaf(leafInput), proof,
					body.rootHash());
			verified = true;
			explanation = "文件内容与第" + entry.index() + "条封存记录一致，该记录包含在规模为" + checkpoint.treeSize() + "的已签名账本中";
		}
		catch (ProofException ex) {
			verified = false;
			explanation = "核验失败：" + ex.getMessage();
		}
		String bundle = new ProofBundle(checkpoint.body(), Base64.getDecoder().decode(checkpoint.signature()),
				entry.index(), leafInput, proof)
			.format();
		return new FileCheck(true, verified, explanation, entry.contentSha256(),
				LedgerApiController.EntryView.of(entry), LedgerApiController.hex(proof),
				LedgerApiController.CheckpointView.of(checkpoint), bundle, status);
	}

}
