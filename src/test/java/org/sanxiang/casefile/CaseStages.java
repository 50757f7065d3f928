package org.sanxiang.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceDraft;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.EvidenceOwner;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

/**
 * Cases brought to a stage through the real acts of {@link Cases}, by demo-officer and
 * demo-head of the demo accounts, for the page and browser tests of the later acts: a
 * notice of 罚款 50,000 元 served today, a decision served today, the case's issued
 * documents and a photo as its evidence.
 */
public record CaseStages(Cases cases, OfficerRegistry officers, BusinessTime time, DemoAccounts demo,
		Documents documents, DocumentTypes types, EvidenceItems evidence) {

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	/**
	 * Filed, inspected by two, examined and notified 罚款 50,000 元, notice served today.
	 */
	public long served(String party, boolean offerHearing) {
		SanxiangPrincipal officer = officer();
		long id = this.cases.file("某公司废水超标排放案" + System.nanoTime(), party, List.of(), null, officer).id();
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), this.time.today())
			.stream()
			.map(Officer::id)
			.toList();
		this.cases.recordInvestigation(id, false, this.time.today(), two, List.of(), List.of(), "现场检查笔录", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意告知", head());
		this.cases.notify(id, CaseFixtures.fine(50_000), offerHearing, List.of(), officer);
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		return id;
	}

	/** Defence waived, 罚款 50,000 元 decided by the head and served today. */
	public long decisionServed(String party) {
		long id = served(party, false);
		this.cases.waiveStatement(id, List.of(), officer());
		this.cases.decide(id, CaseFixtures.decision(this.cases.caseOf(id, officer()), 50_000, false, this.time.today()),
				List.of(), head());
		this.cases.serve(id, this.time.today(), List.of(), officer());
		return id;
	}

	/**
	 * An issued document of the case (issued by the head), its fields the type's samples.
	 */
	public long issued(long caseId, String type) {
		SanxiangPrincipal head = head();
		Map<String, Object> values = new HashMap<>();
		this.types.get(type).fields().forEach((f) -> values.put(f.name(), f.sample()));
		Document draft = this.documents.draft(type, values, null, CaseActForms.owner(caseId), null, head,
				head.dataScope().agencyIds());
		return this.documents.issue(draft.id(), draft.version(), head, head.dataScope().agencyIds()).id();
	}

	/** A photo of the case, uploaded by the officer as its evidence. */
	public void photographed(long caseId) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", out);
		byte[] jpeg = out.toByteArray();
		String certificate = CaseFixtures.twoQualifiedOfficers(this.officers, officer().agencyId(), this.time.today())
			.get(0)
			.certificateNumber();
		java.time.Instant start = this.time.now().minusSeconds(3600);
		EvidenceDraft draft = new EvidenceDraft(EvidenceKind.PHYSICAL,
				new EvidenceOwner("CASE", Long.toString(caseId), null), "排污口照片", certificate, "相机", start,
				start.plusSeconds(60), "厂区排污口", null, null, List.of(), "排污口", false, null, null, null, null);
		this.evidence.upload(draft, new EvidenceItems.Upload() {
			@Override
			public java.io.InputStream open() {
				return new java.io.ByteArrayInputStream(jpeg);
			}

			@Override
			public long size() {
				return jpeg.length;
			}

			@Override
			public String declaredType() {
				return "image/jpeg";
			}

			@Override
			public String fileName() {
				return "排污口.jpg";
			}
		}, officer(), officer().dataScope().agencyIds());
	}

	/** The materials the legal review asks for: evidence, report, notice, its receipt. */
	public void readyForReview(long caseId) throws java.io.IOException {
		photographed(caseId);
		issued(caseId, "INVESTIGATION_REPORT");
		issued(caseId, "PENALTY_NOTICE");
		issued(caseId, "SERVICE_RECEIPT");
	}

}
