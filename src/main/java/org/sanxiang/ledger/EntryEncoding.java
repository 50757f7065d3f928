package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.sanxiang.core.SealedRecord;
import org.sanxiang.ledger.verifier.MerkleHashes;

/**
 * The canonical bytes of an entry (documented in {@code docs/ledger.md}): UTF-8 text, one
 * {@code name: value} line per field in a fixed order, LF line ends. The index is part of
 * the bytes, so an entry cannot be moved to another position without its leaf hash
 * changing.
 */
final class EntryEncoding {

	static final String VERSION = "sanxiang-ledger-entry/1";

	private EntryEncoding() {
	}

	static LedgerEntry encode(long index, SealedRecord record, Instant time, String account, Long agencyId) {
		Instant at = time.truncatedTo(ChronoUnit.MILLIS);
		String input = VERSION + "\n" + "index: " + index + "\n" + "type: " + field(record.entryType()) + "\n"
				+ "subject: " + field(record.subjectType()) + "/" + field(record.subjectId()) + "\n" + "sha256: "
				+ record.contentDigests().sha256() + "\n" + "sm3: " + record.contentDigests().sm3() + "\n" + "time: "
				+ at + "\n" + "account: " + field(account) + "\n" + "agency: "
				+ (agencyId == null ? "-" : agencyId.toString()) + "\n" + "public: " + record.subjectIsPublic() + "\n"
				+ (record.contentStoredAsBlob() ? "stored: blob\n" : "");
		return new LedgerEntry(index, record.entryType(), record.subjectType(), record.subjectId(),
				record.contentDigests().sha256(), record.contentDigests().sm3(), at, account, agencyId,
				record.subjectIsPublic(), input, leafHashHex(input));
	}

	static String leafHashHex(String leafInput) {
		return HexFormat.of().formatHex(MerkleHashes.leaf(leafInput.getBytes(StandardCharsets.UTF_8)));
	}

	private static String field(String value) {
		if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("ledger fields are non-empty single-line text: " + value);
		}
		return value;
	}

}
