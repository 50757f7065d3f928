package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Documents drafted from the case, not typed twice: the draft belongs to the case (owner
 * kind {@code CASE}, the case's id) and carries what the case knows — 案号, 案由, the party,
 * the dates, the officers with their 执法证号 from the timeline, the penalty notified, the
 * documents served; the officer writes the free text on the document's page and issues it
 * there, after which the acts' forms offer it.
 */
@Component
public class CaseDocuments {

	/** The types drafted from a case, in the order of the procedure. */
	static final List<String> TYPES = List.of("FILING_APPROVAL", "SITE_INSPECTION_RECORD", "INQUIRY_RECORD",
			"INVESTIGATION_REPORT", "PENALTY_NOTICE", "PENALTY_DECISION", "SERVICE_RECEIPT");

	private final Cases cases;

	private final CaseNumbers numbers;

	private final Documents documents;

	private final DocumentTypes types;

	private final CaseActForms forms;

	private final BusinessTime time;

	private final CaseDecisionForm decisionForm;

	CaseDocuments(Cases cases, CaseNumbers numbers, Documents documents, DocumentTypes types, CaseActForms forms,
			BusinessTime time, CaseDecisionForm decisionForm) {
		this.decisionForm = decisionForm;
		this.cases = cases;
		this.numbers = numbers;
		this.documents = documents;
		this.types = types;
		this.forms = forms;
		this.time = time;
	}

	/** A type offered as a button: its code and name. */
	public record Offer(String code, String name) {
	}

	/** The documents this person may draft from the case in its stage. */
	public List<Offer> offered(PenaltyCase kase, SanxiangPrincipal person) {
		boolean actor = person.hasRole(Role.OFFICER) || person.hasRole(Role.UNIT_HEAD)
				|| person.hasRole(Role.AGENCY_HEAD);
		if (!actor || kase.agencyId() != person.agencyId()) {
			return List.of();
		}
		return typesFor(kase.stage()).stream().map((code) -> new Offer(code, this.types.get(code).name())).toList();
	}

	static List<String> typesFor(Stage stage) {
		return switch (stage) {
			case INVESTIGATION ->
				List.of("FILING_APPROVAL", "SITE_INSPECTION_RECORD", "INQUIRY_RECORD", "INVESTIGATION_REPORT");
			case INVESTIGATION_ENDED, SUSPENDED -> List.of("INVESTIGATION_REPORT");
			case EXAMINED -> List.of("PENALTY_NOTICE", "PENALTY_DECISION");
			case NOTIFIED -> List.of("SERVICE_RECEIPT");
			case DEFENCE -> List.of("PENALTY_NOTICE", "PENALTY_DECISION");
			case DECIDED -> List.of("SERVICE_RECEIPT");
			default -> List.of();
		};
	}

	/** Drafts a document of this type for the case, filled from the case. */
	public Document draft(long caseId, String typeCode, SanxiangPrincipal person) {
		PenaltyCase kase = this.cases.caseOf(caseId, person);
		if (offered(kase, person).stream().noneMatch((offer) -> offer.code().equals(typeCode))) {
			throw new RuleViolation("CASE_DOCUMENT_NOT_OFFERED",
					"案件处于“" + kase.stage().chineseName() + "”阶段，不能从本案起草该文书", HttpStatus.CONFLICT);
		}
		return this.documents.draft(typeCode, values(kase, typeCode, person), null, CaseActForms.owner(caseId), null,
				person, person.dataScope().agencyIds());
	}

	/** What the case fills in a document of this type (the rest is the officer's). */
	Map<String, Object> values(PenaltyCase kase, String typeCode, SanxiangPrincipal person) {
		Map<String, Object> values = new LinkedHashMap<>();
		String number = this.numbers.numberOf(kase.id()).orElse("");
		String today = this.time.today().toString();
		String party = kase.partyName();
		switch (typeCode) {
			case "FILING_APPROVAL" -> {
				values.put("caseName", kase.title());
				values.put("partyName", party);
				values.put("filingDate", kase.filedOn().toString());
				values.put("caseNumber", number);
				values.put("proposedHandlers", join(investigators(kase), kase.entries().get(0).actorName()));
			}
			case "SITE_INSPECTION_RECORD" -> {
				values.put("inspectionDate", today);
				values.put("partyName", party);
				values.put("inspectors", join(lastOfficers(kase, CaseAct.RECORD_INSPECTION), ""));
				values.put("recorder", person.displayName());
			}
			case "INQUIRY_RECORD" -> {
				values.put("inquiryDate", today);
				values.put("caseName", kase.title());
				values.put("inquirers", join(lastOfficers(kase, CaseAct.RECORD_INQUIRY), ""));
				values.put("recorder", person.displayName());
			}
			case "INVESTIGATION_REPORT" -> {
				values.put("caseName", kase.title());
				values.put("partyName", party);
				values.put("filingDate", kase.filedOn().toString());
				values.put("investigators", join(investigators(kase), ""));
				values.put("investigationProcess", process(kase));
				values.put("reportDate", today);
			}
			case "PENALTY_NOTICE" -> {
				values.put("partyName", party);
				if (kase.notified() != null) {
					values.put("proposedPenalty", kase.notified().text());
					values.put("proposedFineAmount", kase.notified().fine().amount().toPlainString());
				}
			}
			case "PENALTY_DECISION" -> {
				values.put("partyName", party);
				if (kase.notified() != null) {
					values.put("penaltyContent", kase.notified().text());
					values.put("fineAmount", kase.notified().fine().amount().toPlainString());
				}
				// the reviewed content, where there is one: its penalty, basis,
				// discretion and
				// the law versions applied (从旧兼从轻)
				this.decisionForm.contentOf(kase, person).ifPresent((content) -> {
					values.put("penaltyContent", content.penalty().text());
					values.put("fineAmount", content.penalty().fine().amount().stripTrailingZeros().toPlainString());
					values.put("penaltyBasis", String.join("；", content.provisions()));
					values.put("benchmarkApplication",
							content.basis().discretion() + "。适用的法律版本：" + content.basis().lawApplied());
				});
			}
			case "SERVICE_RECEIPT" -> {
				values.put("caseName", kase.title() + (number.isEmpty() ? "" : "（" + number + "）"));
				values.put("recipientName", party);
				values.put("servers", person.displayName());
				values.put("servedDocuments", served(kase, person));
			}
			default -> throw new RuleViolation("CASE_DOCUMENT_NOT_OFFERED", "该文书不能从案件起草", HttpStatus.CONFLICT);
		}
		values.values().removeIf((value) -> value instanceof String text && text.isBlank());
		return values;
	}

	/** The issued 告知书 or 决定书 awaiting service, as the 送达回证's rows. */
	private List<Map<String, String>> served(PenaltyCase kase, SanxiangPrincipal person) {
		String wanted = (kase.stage() == Stage.DECIDED) ? "PENALTY_DECISION" : "PENALTY_NOTICE";
		List<Map<String, String>> rows = new ArrayList<>();
		for (Document document : this.forms.issuedOf(kase, person)) {
			if (document.typeCode().equals(wanted)) {
				Map<String, String> row = new LinkedHashMap<>();
				row.put("documentName", this.types.get(wanted).name());
				row.put("documentNumber", (document.number() != null) ? document.number() : "");
				rows.clear();
				rows.add(row);
			}
		}
		return rows;
	}

	/** Every officer of the investigative acts, with their 执法证号, in order. */
	private static List<String> investigators(PenaltyCase kase) {
		Set<String> names = new LinkedHashSet<>();
		for (CaseEntry entry : kase.entries()) {
			for (ActingOfficer officer : entry.officers()) {
				names.add(officer.name() + "（执法证号 " + officer.certificate() + "）");
			}
		}
		return new ArrayList<>(names);
	}

	/** The officers of the last such act (or of the last investigative act). */
	private static List<String> lastOfficers(PenaltyCase kase, CaseAct act) {
		List<String> last = List.of();
		List<String> lastInvestigative = List.of();
		for (CaseEntry entry : kase.entries()) {
			if (entry.act().investigative()) {
				List<String> names = entry.officers()
					.stream()
					.map((officer) -> officer.name() + "（执法证号 " + officer.certificate() + "）")
					.toList();
				lastInvestigative = names;
				if (entry.act() == act) {
					last = names;
				}
			}
		}
		return last.isEmpty() ? lastInvestigative : last;
	}

	/** The investigation as the timeline has it: each act, its date and its officers. */
	private static String process(PenaltyCase kase) {
		StringBuilder text = new StringBuilder();
		for (CaseEntry entry : kase.entries()) {
			if (entry.act() == CaseAct.FILE || entry.act().investigative() || entry.act() == CaseAct.ATTACH_EVIDENCE) {
				text.append(entry.actedOn()).append(' ').append(entry.act().chineseName());
				if (!entry.officers().isEmpty()) {
					text.append("，执法人员 ")
						.append(String.join("、", entry.officers().stream().map(ActingOfficer::name).toList()));
				}
				if (entry.note() != null) {
					text.append("：").append(entry.note());
				}
				text.append('\n');
			}
		}
		return text.toString().strip();
	}

	private static String join(List<String> names, String otherwise) {
		return names.isEmpty() ? otherwise : String.join("、", names);
	}

}
