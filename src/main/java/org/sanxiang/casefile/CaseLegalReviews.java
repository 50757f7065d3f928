package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.core.Money;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.MaterialKind;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewRequest;
import org.sanxiang.review.Reviews;
import org.sanxiang.subject.PartyKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提交法制审核 from the case page (行政处罚法 第五十八条): the proposed decision is drafted from what the
 * case knows (party, the penalty notified, the case's evidence with its SHA-256, whether
 * a hearing was held), the provisions picked from the legal basis
 * ({@link ReviewProvisions}: the version in force on the act's date) and what the officer
 * writes (facts, discretion), submitted to the review module and recorded on the case
 * with the request's number, in one transaction.
 */
@Component
class CaseLegalReviews {

	private final Cases cases;

	private final Reviews reviews;

	private final EvidenceItems evidence;

	private final BusinessTime time;

	private final Documents documents;

	private final ReviewProvisions provisions;

	CaseLegalReviews(Cases cases, Reviews reviews, EvidenceItems evidence, BusinessTime time, Documents documents,
			ReviewProvisions provisions) {
		this.provisions = provisions;
		this.documents = documents;
		this.cases = cases;
		this.reviews = reviews;
		this.evidence = evidence;
		this.time = time;
	}

	@Transactional
	PenaltyCase submit(PenaltyCase kase, CaseActForms.ActForm form, SanxiangPrincipal person) {
		ProposedDecision proposal = proposal(kase, form, person);
		ReviewRequest request = this.reviews.submit(proposal, person);
		return this.cases.submitForLegalReview(kase.id(), proposal, request.id(), person);
	}

	private ProposedDecision proposal(PenaltyCase kase, CaseActForms.ActForm form, SanxiangPrincipal person) {
		Penalty notified = (kase.notified() != null) ? kase.notified()
				: new Penalty(EnumSet.of(DecisionAction.FINE), Money.ZERO, Money.ZERO);
		BigDecimal typed = (form.amount() == null || form.amount().isBlank()) ? null
				: CaseActForms.amount(form.amount());
		Money fine = (typed != null) ? new Money(typed) : notified.fine();
		Set<DecisionAction> actions = notified.actions();
		PartyType type = (kase.partyKind() == PartyKind.PERSON) ? PartyType.INDIVIDUAL : PartyType.UNIT;
		List<ProposedDecision.EvidenceRef> items = this.evidence
			.ofOwner("CASE", Long.toString(kase.id()), person.dataScope().agencyIds())
			.stream()
			.map(CaseLegalReviews::reference)
			.toList();
		return new ProposedDecision("CASE", Long.toString(kase.id()), kase.agencyId(), "关于" + kase.title() + "的行政处罚决定",
				this.time.today(),
				new ProposedDecision.Party(type, kase.partyName(), kase.partyCreditCode(), text(form.partyAddress())),
				text(form.facts()), items, this.provisions.resolve(kase, form.violation(), form.violated(), false),
				this.provisions.resolve(kase, form.violation(), form.basis(), true),
				new ProposedDecision.Discretion(text(form.band()), text(form.note()), false), actions, fine,
				notified.confiscated(), kase.hearingHeldOn() != null, Set.of(), List.of(), materials(kase, person));
	}

	/**
	 * The case's documents as the review's materials: the issued ones by their PDF's
	 * SHA-256, the draft decision by the SHA-256 of its fields as they stand.
	 */
	private List<ProposedDecision.Material> materials(PenaltyCase kase, SanxiangPrincipal person) {
		List<ProposedDecision.Material> materials = new java.util.ArrayList<>();
		for (Document document : this.documents.ofOwner(CaseActForms.owner(kase.id()),
				person.dataScope().agencyIds())) {
			MaterialKind kind = MATERIALS.get(document.typeCode());
			if (kind == null) {
				continue;
			}
			if (document.status() == Document.Status.ISSUED && kind != MaterialKind.DRAFT_DECISION) {
				materials.add(new ProposedDecision.Material(kind, title(document), document.pdfSha256()));
			}
			else if (document.status() == Document.Status.DRAFT && kind == MaterialKind.DRAFT_DECISION) {
				String fields = new java.util.TreeMap<>(document.values()).toString();
				materials.add(new ProposedDecision.Material(kind, title(document),
						ContentDigests.of(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256()));
			}
		}
		return materials;
	}

	private static String title(Document document) {
		return (document.number() != null) ? document.number() : document.typeCode() + " " + document.id();
	}

	/** Which document type is which material of the review. */
	private static final java.util.Map<String, MaterialKind> MATERIALS = java.util.Map.of("PENALTY_DECISION",
			MaterialKind.DRAFT_DECISION, "INVESTIGATION_REPORT", MaterialKind.INVESTIGATION_REPORT, "PENALTY_NOTICE",
			MaterialKind.NOTICE, "SERVICE_RECEIPT", MaterialKind.NOTICE_SERVICE, "HEARING_RECORD",
			MaterialKind.HEARING_RECORD, "HEARING_REPORT", MaterialKind.HEARING_REPORT);

	private static ProposedDecision.EvidenceRef reference(EvidenceItem item) {
		return new ProposedDecision.EvidenceRef(item.number(), item.kind().label(), item.description(),
				item.digests().sha256());
	}

	private static String text(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
