package org.sanxiang.ledger;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/** A sealed record for ledger tests: the bytes of some text. */
record TestRecord(String subjectId, String content, boolean subjectIsPublic) implements SealedRecord {

	@Override
	public String entryType() {
		return "TEST_RECORD";
	}

	@Override
	public String subjectType() {
		return "Test";
	}

	@Override
	public ContentDigests contentDigests() {
		return ContentDigests.of(this.content.getBytes(StandardCharsets.UTF_8));
	}

}
