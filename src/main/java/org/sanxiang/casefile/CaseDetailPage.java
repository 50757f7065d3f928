package org.sanxiang.casefile;

import java.util.List;

import org.sanxiang.document.Document;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows besides the case: its 案号, the handling period line, the acts
 * the reader may do now with what their forms offer (officers, the case's issued
 * documents, its evidence), the case's documents and the documents it may draft.
 */
@Component
class CaseDetailPage {

	private final Cases cases;

	private final CaseActForms forms;

	private final CaseDocuments drafting;

	private final CaseNumbers numbers;

	private final CaseDecisionForm decisionForm;

	private final CaseActDates actDates;

	private final ReviewProvisions reviewProvisions;

	CaseDetailPage(Cases cases, CaseActForms forms, CaseDocuments drafting, CaseNumbers numbers,
			CaseDecisionForm decisionForm, CaseActDates actDates, ReviewProvisions reviewProvisions) {
		this.reviewProvisions = reviewProvisions;
		this.actDates = actDates;
		this.decisionForm = decisionForm;
		this.cases = cases;
		this.forms = forms;
		this.drafting = drafting;
		this.numbers = numbers;
	}

	PenaltyCase fill(long id, SanxiangPrincipal reader, Model model) {
		PenaltyCase kase = this.cases.caseOf(id, reader);
		model.addAttribute("kase", kase);
		model.addAttribute("today", this.cases.today());
		model.addAttribute("actDate", this.actDates.of(kase));
		model.addAttribute("deadlines", this.cases.deadlinesOf(kase));
		model.addAttribute("caseNumber", this.numbers.numberOf(kase.id()).orElse(null));
		List<CaseAct> offered = this.forms.offered(kase, reader);
		List<CaseAct> acts = CaseActLayout.shown(kase, offered);
		model.addAttribute("acts", acts);
		model.addAttribute("firstSideAct", CaseActLayout.firstSide(acts));
		model.addAttribute("withoutNote", CaseActLayout.WITHOUT_NOTE);
		model.addAttribute("planRows", AfterDecisionForms.PLAN_ROWS);
		model.addAttribute("othersActs",
				acts.isEmpty() ? List.of()
						: CaseActForms.ON_PAGE.stream()
							.filter((act) -> act.from().contains(kase.stage()) && !offered.contains(act))
							.filter((act) -> act != CaseAct.SUBMIT_FOR_LEGAL_REVIEW
									&& !CaseActLayout.shown(kase, List.of(act)).isEmpty())
							.map(CaseAct::chineseName)
							.toList());
		model.addAttribute("askedFirst", CaseActForms.ASKED_FIRST);
		model.addAttribute("withReason", CaseActForms.WITH_REASON);
		model.addAttribute("dated", CaseActForms.DATED);
		List<Document> caseDocuments = this.forms.documentsOf(kase, reader);
		model.addAttribute("caseDocuments", caseDocuments);
		model.addAttribute("documentLabels", this.forms.documentLabels(caseDocuments));
		model.addAttribute("drafts", this.drafting.offered(kase, reader));
		if (!acts.isEmpty()) {
			model.addAttribute("officers", this.forms.qualifiedOfficers(kase));
			model.addAttribute("issued", this.forms.issuedOf(kase, reader));
			model.addAttribute("evidence", this.forms.evidenceOf(kase, reader));
		}
		if (acts.contains(CaseAct.SUBMIT_FOR_LEGAL_REVIEW)) {
			model.addAttribute("reviewPrefill", this.reviewProvisions.prefill(kase, reader));
			model.addAttribute("violationTypes", this.reviewProvisions.violationTypes());
		}
		if (acts.contains(CaseAct.DECIDE)) {
			model.addAttribute("decisionContent", this.decisionForm.contentOf(kase, reader).orElse(null));
		}
		return kase;
	}

}
