package org.sanxiang.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.CaseFileSource;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A document belongs to a record (an inspection, a case) when drafted for it: the API
 * takes the owner (optional, both parts or neither, checked for form), a correction
 * belongs where the corrected one did, and the 案卷 of the owner lists its issued documents
 * — not its drafts, not another owner's, not another agency's.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-api")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class DocumentOwnerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DocumentTypes types;

	@Autowired
	Documents documents;

	@Autowired
	List<CaseFileSource> sources;

	final JsonMapper json = JsonMapper.builder().build();

	String draftRequest(Map<String, Object> extra) {
		Map<String, Object> request = new HashMap<>(extra);
		request.put("type", "RECTIFICATION_ORDER");
		request.put("values", Samples.of(this.types.get("RECTIFICATION_ORDER")));
		return this.json.writeValueAsString(request);
	}

	@Test
	void theApiDraftsADocumentForARecordAndRefusesAMalformedOwner() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		this.mvc
			.perform(post("/api/v1/documents").with(csrf())
				.with(user(officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content(draftRequest(Map.of("ownerKind", "INSPECTION", "ownerId", "JC-42"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerKind").value("INSPECTION"))
			.andExpect(jsonPath("$.ownerId").value("JC-42"));
		this.mvc
			.perform(post("/api/v1/documents").with(csrf())
				.with(user(officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content(draftRequest(Map.of())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerKind").doesNotExist());
		for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("ownerKind", "INSPECTION"),
				Map.of("ownerId", "JC-42"), Map.of("ownerKind", "inspection", "ownerId", "JC-42"),
				Map.of("ownerKind", "INSPECTION", "ownerId", "../x"))) {
			this.mvc
				.perform(post("/api/v1/documents").with(csrf())
					.with(user(officer))
					.contentType(MediaType.APPLICATION_JSON)
					.content(draftRequest(bad)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("DOCUMENT_OWNER_INVALID"));
		}
	}

	@Test
	void theCaseFileOfARecordListsItsIssuedDocumentsOnly() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Set<Long> scope = officer.dataScope().agencyIds();
		String owner = "JC-" + System.nanoTime();
		Document issued = OwnedDocuments.issue(this.documents, this.types, "RECTIFICATION_ORDER", "INSPECTION", owner,
				officer, scope);
		OwnedDocuments.draft(this.documents, this.types, "RECTIFICATION_ORDER", "INSPECTION", owner, officer, scope);
		OwnedDocuments.issue(this.documents, this.types, "RECTIFICATION_ORDER", "INSPECTION", owner + "X", officer,
				scope);
		Document correction = this.documents.correction(issued.id(), officer, scope);
		assertThat(correction.owner()).isEqualTo(new Document.Owner("INSPECTION", owner));

		CaseFileSource documents = this.sources.stream()
			.filter((s) -> s instanceof DocumentCaseFiles)
			.findFirst()
			.orElseThrow();
		List<CaseFileSource.Entry> entries = documents.entries("INSPECTION", owner, scope);
		assertThat(entries).singleElement().satisfies((e) -> {
			assertThat(e.section()).isEqualTo(CaseFileSource.Section.MAIN);
			assertThat(e.sealedType()).isEqualTo("Document");
			assertThat(e.sealedId()).isEqualTo(issued.ledgerSubjectId());
			assertThat(e.digests().sha256()).isEqualTo(issued.pdfSha256());
			assertThat(e.size()).isEqualTo(issued.pdfSize());
		});
		SanxiangPrincipal harbin = this.demo.principal("demo-hrb-officer");
		assertThat(documents.entries("INSPECTION", owner, harbin.dataScope().agencyIds())).isEmpty();
	}

}
