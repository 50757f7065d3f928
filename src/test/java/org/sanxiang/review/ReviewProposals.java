package org.sanxiang.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Proposed decisions as the review API reads them, for the review tests. */
final class ReviewProposals {

	private ReviewProposals() {
	}

	/** Today in the agency's zone, as the application counts business dates. */
	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/**
	 * A fine on a water polluter: {@code complete} hands in the materials a penalty needs
	 * (otherwise only the draft decision); the inspection names the officers with these
	 * certificates.
	 */
	static Map<String, Object> body(long agencyId, String subject, String partyType, String fine, boolean hearing,
			List<String> officerCertificates, boolean complete) {
		Map<String, Object> body = new HashMap<>();
		body.put("subjectKind", "CASE");
		body.put("subjectId", subject);
		body.put("agencyId", agencyId);
		body.put("title", "关于某化工公司超标排放案的行政处罚决定");
		body.put("decisionDate", today().toString());
		body.put("party", Map.of("type", partyType, "name", "牡丹江某化工有限公司", "code", "91231000MA1B2C3D4E", "address",
				"黑龙江省牡丹江市阳明区某工业园区88号"));
		body.put("facts", "2026年10月9日现场检查，废水总排口化学需氧量超标1.5倍。");
		body.put("evidence",
				List.of(Map.of("number", "证据-1", "kind", "书证", "title", "监测报告", "sha256", "b".repeat(64))));
		body.put("violated", List.of(Map.of("citation", "《中华人民共和国水污染防治法》第十条", "version", "2018-01-01")));
		body.put("penaltyBasis", List.of(Map.of("citation", "《中华人民共和国水污染防治法》第八十三条第二项", "version", "2018-01-01")));
		body.put("discretion", Map.of("band", "较重", "explanation", "超标1.5倍，属较重情节", "reduced", false));
		body.put("actions", List.of("FINE"));
		body.put("fine", fine);
		body.put("hearingHeld", hearing);
		body.put("procedure",
				List.of(Map.of("date", today().minusDays(30).toString(), "act", "ON_SITE_INSPECTION", "officers",
						officerCertificates.stream().map((c) -> Map.of("name", "执法人员", "certificate", c)).toList(),
						"note", "现场检查")));
		List<Map<String, String>> materials = new ArrayList<>();
		for (String kind : complete ? List.of("DRAFT_DECISION", "INVESTIGATION_REPORT", "NOTICE", "NOTICE_SERVICE")
				: List.of("DRAFT_DECISION")) {
			materials.add(Map.of("kind", kind, "title", kind, "sha256", "c".repeat(64)));
		}
		body.put("materials", materials);
		return body;
	}

	/**
	 * The same fine as a {@link ProposedDecision}, for tests that call the
	 * {@link Reviews} service: complete materials, no hearing. Read by the application's
	 * own mapper (it knows {@code Money}).
	 */
	static ProposedDecision decision(tools.jackson.databind.json.JsonMapper json, long agencyId, String subject,
			String fine) {
		return json.convertValue(body(agencyId, subject, "UNIT", fine, false, List.of(), true), ProposedDecision.class);
	}

	/** The nine findings, all lawful except {@code wanting} (if any). */
	static List<Finding> findings(ReviewPoint wanting) {
		return java.util.Arrays.stream(ReviewPoint.values())
			.map((point) -> (point == wanting) ? new Finding(point, false, "程序存在瑕疵") : new Finding(point, true, ""))
			.toList();
	}

}
