package org.sanxiang.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.DemoAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The document API and template management as staff use them: types with their fields,
 * previews, drafts refused with the missing fields named, issuing, template uploads that
 * are not DOCX or lack placeholders refused with the list, and a new version activated.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-api")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class DocumentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DocumentTypes types;

	@Autowired
	DocumentTemplates templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	org.sanxiang.subject.PartyRegistry parties;

	@Autowired
	org.sanxiang.subject.SubjectFile subjectFile;

	@Autowired
	org.sanxiang.ledger.Ledger ledger;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theTypesAreListedWithTheirFields() throws Exception {
		this.mvc.perform(get("/api/v1/documents/templates").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(45))
			.andExpect(jsonPath("$[?(@.code == 'PENALTY_DECISION')].name").value("行政处罚决定书"))
			.andExpect(jsonPath("$[?(@.code == 'PENALTY_DECISION')].category").value("罚"))
			.andExpect(jsonPath("$[?(@.code == 'PENALTY_DECISION')].fields[?(@.name == 'remedies')].required")
				.value(true));
	}

	@Test
	void thePreviewRendersTheActiveTemplateWithSampleData() throws Exception {
		DocumentFontsFixture.fonts();
		byte[] pdf = this.mvc
			.perform(get("/api/v1/documents/templates/PENALTY_DECISION/preview").param("format", "pdf")
				.with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		byte[] docx = this.mvc
			.perform(get("/api/v1/documents/templates/PENALTY_DECISION/preview").param("format", "docx")
				.with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(docx)).contains("牡丹江市生态环境局", "牡环罚〔" + LocalDate.now().getYear() + "〕1号（样稿）");
		this.mvc
			.perform(get("/api/v1/documents/templates/PENALTY_DECISION/preview").param("format", "exe")
				.with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("DOCUMENT_FORMAT_UNKNOWN"));
		this.mvc
			.perform(get("/api/v1/documents/templates/NO_SUCH/preview").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TYPE_UNKNOWN"));
	}

	@Test
	void aDraftIsIssuedThroughTheApiAndIncompleteOrInvalidContentIsRefusedByField() throws Exception {
		DocumentFontsFixture.fonts();
		Map<String, Object> values = new java.util.HashMap<>(Samples.of(this.types.get("RECTIFICATION_ORDER")));
		String missing = values.keySet()
			.stream()
			.filter((n) -> this.types.get("RECTIFICATION_ORDER").field(n).orElseThrow().required())
			.findFirst()
			.orElseThrow();
		values.remove(missing);
		String created = this.mvc
			.perform(post("/api/v1/documents").with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("type", "RECTIFICATION_ORDER", "values", values))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode draft = this.json.readTree(created);
		long id = draft.get("id").asLong();
		this.mvc
			.perform(post("/api/v1/documents/{id}/issue", id).with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_FIELD_REQUIRED"))
			.andExpect(jsonPath("$.fields[0].field").value(missing));

		Map<String, Object> bad = new java.util.HashMap<>(values);
		bad.put("partyName", "第一行\n第二行");
		bad.put("unknownField", "x");
		this.mvc
			.perform(put("/api/v1/documents/{id}", id).with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("values", bad, "version", 0))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_FIELD_INVALID"))
			.andExpect(jsonPath("$.fields[?(@.field == 'unknownField')]").exists())
			.andExpect(jsonPath("$.fields[?(@.field == 'partyName')].reason").value("不能换行"));

		values.put(missing, Samples.of(this.types.get("RECTIFICATION_ORDER")).get(missing));
		this.mvc
			.perform(put("/api/v1/documents/{id}", id).with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("values", values, "version", 0))))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/documents/{id}/issue", id).with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
		this.mvc
			.perform(post("/api/v1/documents/{id}/issue", id).with(csrf())
				.with(user(this.demo.principal("demo-officer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("牡环改〔")));
		this.mvc
			.perform(get("/api/v1/documents/{id}/file", id).param("format", "pdf")
				.with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTemplateKeepsTheFieldsOfWhichOneIsRequiredAndThoseRequiredOnAnotherValue() throws Exception {
		// 听证笔录: the party's signature or the presiding officer's note of the refusal
		byte[] stripped = withParagraphRemoved(this.templates.builtIn(this.types.get("HEARING_RECORD")),
				"{{signatureRefusal}}");
		upload("HEARING_RECORD", "edited.docx", stripped).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_PLACEHOLDERS_MISSING"))
			.andExpect(jsonPath("$.missing[0]").value("{{signatureRefusal}}（当事人或者其代理人拒绝签字或者盖章的情况（由听证主持人注明））"));
		// 不予行政处罚决定书: the education given, required for three of the four grounds
		byte[] noEducation = withParagraphRemoved(this.templates.builtIn(this.types.get("NO_PENALTY_DECISION")),
				"{{education}}");
		upload("NO_PENALTY_DECISION", "edited.docx", noEducation).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[0]").value("{{education}}（对当事人进行教育的情况）"));
	}

	@Test
	void anUploadThatIsNotADocxOrLacksPlaceholdersIsRefusedWithTheList() throws Exception {
		upload("SEIZURE_LIST", "template.docx", "这不是Word文档".getBytes()).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_NOT_DOCX"));
		upload("SEIZURE_LIST", "fake.docx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0 })
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_NOT_DOCX"));
		byte[] stripped = withParagraphRemoved(this.templates.builtIn(this.types.get("SEIZURE_LIST")), "{{custodian}}");
		upload("SEIZURE_LIST", "edited.docx", stripped).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_PLACEHOLDERS_MISSING"))
			.andExpect(jsonPath("$.missing[0]").value("{{custodian}}（保管人）"));
		byte[] typo = replaced(this.templates.builtIn(this.types.get("SEIZURE_LIST")), "{{remarks}}", "{{remark}}");
		upload("SEIZURE_LIST", "typo.docx", typo).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_PLACEHOLDERS_UNKNOWN"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("{{remark}}")));
		assertThat(this.templates.versions("SEIZURE_LIST")).hasSize(1);
		this.mvc
			.perform(multipart("/api/v1/documents/templates/SEIZURE_LIST")
				.file(new MockMultipartFile("file", "x.docx", "application/octet-stream", stripped))
				.with(csrf())
				.with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEditedTemplateIsPreviewedThenActivatedAndUsedFromItsDate() throws Exception {
		byte[] edited = replaced(this.templates.builtIn(this.types.get("DEMAND_NOTICE")), "{{title}}",
				"{{title}}（修订版式）");
		String body = upload("DEMAND_NOTICE", "../../催告书 修订.docx", edited).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.fileName").value("催告书 修订.docx"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("..");
		byte[] preview = this.mvc
			.perform(get("/api/v1/documents/templates/DEMAND_NOTICE/preview").param("format", "docx")
				.param("version", "1")
				.with(user(this.demo.principal("demo-reviewer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(preview)).contains("催告书（修订版式）");
		assertThat(this.templates.activeOn("DEMAND_NOTICE", LocalDate.now()).version()).isZero();
		this.mvc
			.perform(post("/api/v1/documents/templates/DEMAND_NOTICE/versions/1/activate").with(csrf())
				.with(user(this.demo.principal("demo-reviewer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"effectiveFrom\":\"" + LocalDate.now().minusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TEMPLATE_BACKDATED"));
		this.mvc
			.perform(post("/api/v1/documents/templates/DEMAND_NOTICE/versions/1/activate").with(csrf())
				.with(user(this.demo.principal("demo-reviewer")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"effectiveFrom\":\"" + LocalDate.now().plusDays(3) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(this.templates.activeOn("DEMAND_NOTICE", LocalDate.now()).version()).isZero();
		assertThat(this.templates.activeOn("DEMAND_NOTICE", LocalDate.now().plusDays(3)).version()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_TEMPLATE_ACTIVATED")).isNotEmpty();
	}

	@Test
	void anyoneFindsAnIssuedDocumentByItsNumberAndVerifiesTheFileOnThePortal() throws Exception {
		DocumentFontsFixture.fonts();
		var officer = this.demo.principal("demo-officer");
		Document draft = this.documents.draft("PENALTY_NOTICE", Samples.of(this.types.get("PENALTY_NOTICE")), null,
				officer, officer.dataScope().agencyIds());
		Document issued = this.documents.issue(draft.id(), draft.version(), officer, officer.dataScope().agencyIds());
		this.ledger.checkpoint();
		String page = this.mvc.perform(get("/portal/verify").param("number", issued.number()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(issued.number() + "已于").contains("防篡改账本第");
		this.mvc.perform(get("/portal/verify").param("number", "牡环罚〔1999〕999号"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("未找到文号为")));
		byte[] pdf = this.documents.pdf(issued);
		String verified = this.mvc
			.perform(multipart("/portal/verify")
				.file(new MockMultipartFile("file", "decision.pdf", "application/pdf", pdf))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(verified).contains("核验通过").contains(issued.pdfSha256()).contains("id=\"bundle-download\"");
		this.documents.voidDocument(issued.id(), "送达地址错误，重新制作", officer, officer.dataScope().agencyIds());
		assertThat(this.mvc.perform(get("/portal/verify").param("number", issued.number()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("作废，该文号不再使用");
	}

	@Test
	void anIssuedDecisionAppearsInTheFileOfThePartyItNames() {
		DocumentFontsFixture.fonts();
		var officer = this.demo.principal("demo-head");
		var scope = officer.dataScope().agencyIds();
		var parties = this.parties.search(scope, null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.creditCode() != null)
			.toList();
		var named = parties.get(0);
		var other = parties.get(1);
		Map<String, Object> values = new java.util.HashMap<>(Samples.of(this.types.get("PENALTY_DECISION")));
		Document draft = this.documents.draft("PENALTY_DECISION", values, named.id(), null, officer, scope);
		Document issued = this.documents.issue(draft.id(), draft.version(), officer, scope);

		var file = this.subjectFile.of(named.id(), scope);
		assertThat(section(file, org.sanxiang.subject.SubjectFileSection.Kind.DECISION))
			.anySatisfy((e) -> assertThat(e.title()).isEqualTo("行政处罚决定书 " + issued.number()));
		assertThat(section(file, org.sanxiang.subject.SubjectFileSection.Kind.DOCUMENT))
			.anySatisfy((e) -> assertThat(e.link()).isEqualTo("/documents/" + issued.id()));
		assertThat(
				section(this.subjectFile.of(other.id(), scope), org.sanxiang.subject.SubjectFileSection.Kind.DOCUMENT))
			.noneSatisfy((e) -> assertThat(e.link()).isEqualTo("/documents/" + issued.id()));
	}

	private static java.util.List<org.sanxiang.subject.SubjectFileSection.Entry> section(
			org.sanxiang.subject.SubjectFile.View file, org.sanxiang.subject.SubjectFileSection.Kind kind) {
		return file.sections().stream().filter((s) -> s.kind() == kind).findFirst().orElseThrow().entries();
	}

	private org.springframework.test.web.servlet.ResultActions upload(String type, String name, byte[] content)
			throws Exception {
		return this.mvc.perform(multipart("/api/v1/documents/templates/" + type)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(csrf())
			.with(user(this.demo.principal("demo-reviewer"))));
	}

	static String text(byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	/**
	 * What a legal reviewer does in Word: deletes the paragraph holding a placeholder.
	 */
	static byte[] withParagraphRemoved(byte[] docx, String placeholder) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = doc.getParagraphs().size() - 1; i >= 0; i--) {
				XWPFParagraph p = doc.getParagraphs().get(i);
				if (p.getText().contains(placeholder)) {
					doc.removeBodyElement(doc.getPosOfParagraph(p));
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] replaced(byte[] docx, String from, String to) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (XWPFParagraph p : doc.getParagraphs()) {
				p.getRuns().forEach((r) -> {
					String t = r.getText(0);
					if (t != null && t.contains(from)) {
						r.setText(t.replace(from, to), 0);
					}
				});
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

}
