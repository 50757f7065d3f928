package org.sanxiang.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.CreditCode;
import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;

/** Proposed decisions as the review API reads them, for the review and case tests. */
public final class ReviewProposals {

	/** A well-formed 统一社会信用代码 (GB 32100 check character). */
	static final String CREDIT_CODE = CreditCode.withCheckCharacter("91231000MA1B2C3D4").value();

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
		body.put("party",
				Map.of("type", partyType, "name", "牡丹江某化工有限公司", "code", CREDIT_CODE, "address", "黑龙江省牡丹江市阳明区某工业园区88号"));
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
	 * A proposed decision built step by step: by default a fine of 100,000 yuan on a
	 * unit, decided on 2026-10-12, with no procedure until steps are added.
	 */
	static Draft draft(long agencyId) {
		return new Draft(agencyId);
	}

	static String sha256(String text) {
		return ContentDigests.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
	}

	/** A proposed decision being built. */
	static final class Draft {

		final long agencyId;

		LocalDate decisionDate = LocalDate.of(2026, 10, 12);

		ProposedDecision.Party party = new ProposedDecision.Party(PartyType.UNIT, "牡丹江某化工有限公司", CREDIT_CODE,
				"黑龙江省牡丹江市阳明区某工业园区88号");

		Set<DecisionAction> actions = Set.of(DecisionAction.FINE);

		Money fine = Money.yuan(100_000);

		boolean hearingHeld;

		ProposedDecision.Discretion discretion = new ProposedDecision.Discretion("较重", "超标1.5倍，属较重情节", false);

		List<ProposedDecision.Provision> violated = List
			.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第十条", LocalDate.of(2018, 1, 1)));

		List<ProposedDecision.EvidenceRef> evidence = new ArrayList<>(
				List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", sha256("证据-1"))));

		final List<ProposedDecision.ProcedureStep> procedure = new ArrayList<>();

		Draft(long agencyId) {
			this.agencyId = agencyId;
		}

		Draft on(LocalDate date) {
			this.decisionDate = date;
			return this;
		}

		Draft fine(long yuan) {
			this.fine = Money.yuan(yuan);
			return this;
		}

		Draft party(PartyType type, String code) {
			this.party = new ProposedDecision.Party(type, (type == PartyType.UNIT) ? "牡丹江某化工有限公司" : "张三", code,
					"黑龙江省牡丹江市阳明区某工业园区88号");
			return this;
		}

		Draft discretion(ProposedDecision.Discretion discretion) {
			this.discretion = discretion;
			return this;
		}

		Draft violated(String citation, LocalDate version) {
			this.violated = List.of(new ProposedDecision.Provision(citation, version));
			return this;
		}

		Draft heard() {
			this.hearingHeld = true;
			return this;
		}

		/** Adds an act of the procedure by the officers with these certificates. */
		Draft step(LocalDate date, ProcedureAct act, String... certificates) {
			List<ProposedDecision.Officer> officers = new ArrayList<>();
			for (int i = 0; i < certificates.length; i++) {
				officers.add(new ProposedDecision.Officer("执法人员" + (i + 1), certificates[i]));
			}
			this.procedure.add(new ProposedDecision.ProcedureStep(date, act, officers, act.chineseName()));
			return this;
		}

		Draft officer(LocalDate date, ProcedureAct act, List<ProposedDecision.Officer> officers) {
			this.procedure.add(new ProposedDecision.ProcedureStep(date, act, officers, act.chineseName()));
			return this;
		}

		ProposedDecision build() {
			return new ProposedDecision("CASE", "PRE" + System.nanoTime(), this.agencyId, "关于某化工公司超标排放案的行政处罚决定",
					this.decisionDate, this.party, "2026年9月1日现场检查，废水总排口化学需氧量超标1.5倍。", this.evidence, this.violated,
					List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第八十三条第二项", LocalDate.of(2018, 1, 1))),
					this.discretion, this.actions, this.fine, Money.ZERO, this.hearingHeld, Set.of(), this.procedure,
					List.of(new ProposedDecision.Material(MaterialKind.DRAFT_DECISION, null, sha256("draft"))));
		}

	}

	/**
	 * The nine findings, all lawful except {@code problemPoint} (none when null), as the
	 * API reads them.
	 */
	static List<Map<String, Object>> findings(String problemPoint) {
		return Arrays.stream(ReviewPoint.values())
			.map((point) -> point.name().equals(problemPoint)
					? Map.<String, Object>of("point", point.name(), "lawful", false, "comment", "监测报告未加盖检测机构印章")
					: Map.<String, Object>of("point", point.name(), "lawful", true, "comment", ""))
			.toList();
	}

	/** A return on the evidence, with one problem and its advice. */
	static Map<String, Object> returned() {
		return Map.of("findings", findings("EVIDENCE"), "problems",
				List.of(Map.of("type", "FACTS_OR_EVIDENCE", "advice", "补充加盖印章的监测报告，并核实超标倍数")));
	}

	/** A coordination record held today with this result. */
	static Map<String, Object> coordination(String result) {
		Map<String, Object> body = new HashMap<>();
		body.put("date", today().toString());
		body.put("reviewerSide", List.of("刘洋"));
		body.put("unitSide", List.of("张伟", "王强"));
		body.put("reviewerView", "监测报告未加盖印章，证据不足");
		body.put("unitView", "监测报告已由检测机构电子签章，证据充分");
		body.put("result", result);
		return body;
	}

	/** A collective discussion held today by two heads, agreed or not. */
	static Map<String, Object> discussion(boolean agreed) {
		Map<String, Object> held = new HashMap<>();
		held.put("date", today().toString());
		held.put("place", "局三楼会议室");
		held.put("presider", "陈静");
		held.put("recorder", "王强");
		held.put("attendees", List.of("陈静", "赵刚"));
		held.put("opinions",
				List.of(Map.of("name", "陈静", "opinion", "同意"), Map.of("name", "赵刚", "opinion", "同意，罚款数额适当")));
		held.put("conclusion", agreed ? "按送审的内容作出处罚决定" : "按法制审核意见整改");
		held.put("agreed", agreed);
		return held;
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

	/**
	 * The same fine for the case with this id, to be decided on {@code decided} after an
	 * inspection on {@code inspected} by the officers with these certificates (for the
	 * case tests, which count dates on a movable clock).
	 */
	public static ProposedDecision forCase(tools.jackson.databind.json.JsonMapper json, long agencyId, long caseId,
			String fine, LocalDate inspected, LocalDate decided, List<String> officerCertificates) {
		Map<String, Object> body = body(agencyId, Long.toString(caseId), "UNIT", fine, false, officerCertificates,
				true);
		body.put("decisionDate", decided.toString());
		body.put("procedure",
				List.of(Map.of("date", inspected.toString(), "act", "ON_SITE_INSPECTION", "officers",
						officerCertificates.stream().map((c) -> Map.of("name", "执法人员", "certificate", c)).toList(),
						"note", "现场检查")));
		return json.convertValue(body, ProposedDecision.class);
	}

	/** The nine findings, all lawful except {@code wanting} (if any). */
	public static List<Finding> findingsWanting(ReviewPoint wanting) {
		return java.util.Arrays.stream(ReviewPoint.values())
			.map((point) -> (point == wanting) ? new Finding(point, false, "程序存在瑕疵") : new Finding(point, true, ""))
			.toList();
	}

}
