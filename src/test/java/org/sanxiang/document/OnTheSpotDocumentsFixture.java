package org.sanxiang.document;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sanxiang.identity.SanxiangPrincipal;

/**
 * For the tests of other modules that need an issued 当场行政处罚决定书: the shipped sample with
 * the fine asked for, issued for the party (or typed by hand when {@code partyId} is
 * null). Skips the test without a CJK font (as the document tests do).
 */
public final class OnTheSpotDocumentsFixture {

	private OnTheSpotDocumentsFixture() {
	}

	/** An issued on-the-spot decision; {@code fine} null for a warning. */
	public static Document issued(Documents documents, DocumentTypes types, Long partyId, String fine,
			SanxiangPrincipal officer) {
		Document draft = draft(documents, types, partyId, fine, officer);
		Set<Long> scope = officer.dataScope().agencyIds();
		return documents.issue(draft.id(), draft.version(), officer, scope);
	}

	/** The same, left a draft. */
	public static Document draft(Documents documents, DocumentTypes types, Long partyId, String fine,
			SanxiangPrincipal officer) {
		DocumentFontsFixture.fonts();
		Map<String, Object> values = new HashMap<>(Samples.of(types.get(OnTheSpotLimit.TYPE)));
		if (fine == null) {
			values.remove("fineAmount");
			values.put("penaltyContent", "警告。");
		}
		else {
			values.put("fineAmount", fine);
		}
		return documents.draft(OnTheSpotLimit.TYPE, values, partyId, null, officer, officer.dataScope().agencyIds());
	}

}
