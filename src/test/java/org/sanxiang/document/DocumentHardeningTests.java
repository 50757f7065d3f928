package org.sanxiang.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.legalbasis.LegalTexts;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;
import org.sanxiang.subject.SubjectFile;
import org.sanxiang.subject.SubjectFileSection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents as a bureau meets them in its first week: dated in Beijing before 08:00 on a
 * UTC server, a voided document's file shown as authentic and voided, numbers typed with
 * ASCII brackets found, the list paged with totals and the party, the party taken from
 * 一企一档 by id, the issued PDF carrying a 核验码 and a QR code to its 核验 page, and 签发 and 作废
 * asking first.
 */
@SpringBootTest(properties = { "sanxiang.test.context=documents-hardening",
		"sanxiang.public-base-url=https://gongshi.example.gov.cn/" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, DocumentHardeningTests.ShanghaiMorning.class })
class DocumentHardeningTests {

	/** 2026-03-01T23:30Z is 07:30 on 2 March in Shanghai. */
	static final Instant NOW = Instant.parse("2026-03-01T23:30:00Z");

	private static TimeZone serverZone;

	@TestConfiguration
	static class ShanghaiMorning {

		/** A clock as a server in UTC would have it. */
		@Bean
		@Primary
		Clock utcClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeAll
	static void serverRunsInUtc() {
		serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterAll
	static void restoreZone() {
		TimeZone.setDefault(serverZone);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	Ledger ledger;

	@Autowired
	PartyRegistry parties;

	@Autowired
	SubjectFile subjectFile;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	LegalTexts legalTexts;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	BusinessTime time;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	Set<Long> scope() {
		return officer().dataScope().agencyIds();
	}

	Document issue(String type, Map<String, Object> values) {
		Document draft = this.documents.draft(type, values, null, officer(), scope());
		return this.documents.issue(draft.id(), draft.version(),
				Signatories.HEAD_ONLY.contains(type) ? this.demo.principal("demo-head") : officer(), scope());
	}

	Document issue(String type) {
		return issue(type, new HashMap<>(Samples.of(this.types.get(type))));
	}

	@Test
	void aDocumentIssuedAt0730InBeijingIsDatedThatDayOnAServerInUtc() throws IOException {
		DocumentFontsFixture.fonts();
		Document issued = issue("PENALTY_NOTICE");
		assertThat(issued.issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(issued.number()).contains("〔2026〕");
		assertThat(pdfText(this.documents.pdf(issued))).contains("2026年3月2日");
		assertThat(this.officers.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.parties.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.legalTexts.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.calendar.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.time.format(issued.issuedAt())).isEqualTo("2026-03-02 07:30");
	}

	@Test
	void theFileOfAVoidedDocumentIsAuthenticAndVoidedWithWhenWhyAndItsCorrection() throws Exception {
		DocumentFontsFixture.fonts();
		Document issued = issue("PENALTY_NOTICE");
		this.documents.voidDocument(issued.id(), "送达地址错误，重新制作", officer(), scope());
		Document correction = this.documents.correction(issued.id(), officer(), scope());
		Document corrected = this.documents.issue(correction.id(), correction.version(), officer(), scope());
		this.ledger.checkpoint();
		byte[] pdf = this.documents.pdf(issued);

		String page = this.mvc
			.perform(multipart("/portal/verify")
				.file(new MockMultipartFile("file", "notice.pdf", "application/pdf", pdf))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("核验通过")
			.contains("文件真实", "已作废", "送达地址错误，重新制作", "2026-03-02 07:30", corrected.number())
			.contains(issued.pdfSha256());

		this.mvc
			.perform(multipart("/api/v1/public/ledger/verify")
				.file(new MockMultipartFile("file", "notice.pdf", "application/pdf", pdf)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verified").value(true))
			.andExpect(jsonPath("$.status.voided.reason").value("送达地址错误，重新制作"))
			.andExpect(jsonPath("$.status.voided.at").value("2026-03-01T23:30:00Z"))
			.andExpect(jsonPath("$.status.correctedBy[0]")
				.value(this.types.get("PENALTY_NOTICE").name() + " " + corrected.number()));

		String byNumber = this.mvc.perform(get("/portal/verify").param("number", issued.number()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byNumber).contains("作废，该文号不再使用", "送达地址错误，重新制作", corrected.number());
		this.mvc.perform(get("/api/v1/public/ledger/records").param("reference", issued.number()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.found").value(true))
			.andExpect(jsonPath("$.status.voided.reason").value("送达地址错误，重新制作"));

		String standing = this.mvc
			.perform(multipart("/portal/verify")
				.file(new MockMultipartFile("file", "c.pdf", "application/pdf", this.documents.pdf(corrected)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(standing).contains("核验通过", "目前有效").doesNotContain("已作废");
	}

	@Test
	void aNumberTypedWithAsciiBracketsOrSpacesIsFound() throws Exception {
		DocumentFontsFixture.fonts();
		Document issued = issue("PENALTY_DECISION");
		String ascii = issued.number().replace('〔', '[').replace('〕', ']');
		String spaced = issued.number().replace("〔", " (").replace("〕", ") ").replace("号", " 号");
		for (String typed : List.of(ascii, spaced)) {
			assertThat(this.mvc.perform(get("/portal/verify").param("number", typed))
				.andReturn()
				.getResponse()
				.getContentAsString()).as(typed).contains(issued.number() + "已于", "签发").doesNotContain("未找到");
			this.mvc.perform(get("/api/v1/documents").param("q", typed).with(user(officer())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].number").value(issued.number()));
		}
		this.mvc.perform(get("/api/v1/public/ledger/records").param("reference", spaced))
			.andExpect(jsonPath("$.found").value(true))
			.andExpect(jsonPath("$.status.subjectId").value(issued.number()));
	}

	@Test
	void theDocumentListIsPagedWithATotalSortedAndShowsTheParty() throws Exception {
		DocumentFontsFixture.fonts();
		for (int i = 0; i < 3; i++) {
			issue("RECTIFICATION_ORDER");
		}
		String first = this.mvc
			.perform(get("/api/v1/documents").param("size", "2")
				.param("sort", "NUMBER")
				.param("dir", "ASC")
				.param("type", "RECTIFICATION_ORDER")
				.with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode page = this.json.readTree(first);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
		String a = page.get("items").get(0).get("number").asString();
		String b = page.get("items").get(1).get("number").asString();
		assertThat(a.length() < b.length() || (a.length() == b.length() && a.compareTo(b) < 0)).as(a + " < " + b)
			.isTrue();
		assertThat(page.get("items").get(0).get("partyName").asString()).isNotBlank();
		this.mvc.perform(get("/api/v1/documents").param("size", "100000").param("page", "1").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(DocumentQuery.MAX_SIZE))
			.andExpect(jsonPath("$.page").value(1));
		for (String bad : List.of("foo", "draft")) {
			this.mvc.perform(get("/api/v1/documents").param("status", bad).with(user(officer())))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/api/v1/documents").param("status", "ISSUED").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("ISSUED"));

		String html = this.mvc.perform(get("/documents").param("size", "2").with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<th>当事人</th>", "第 1/", "page=1").containsPattern("共 \\d+ 条");
	}

	@Test
	void aDraftTakesThePartyFromTheRegisterByIdAndThePartysFileFindsIt() throws Exception {
		DocumentFontsFixture.fonts();
		PartySummary party = this.parties.search(scope(), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.creditCode() != null)
			.findFirst()
			.orElseThrow();
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get("PENALTY_DECISION")));
		values.put("partyName", "打错的名字");
		values.remove("partyIdentifier");
		Document draft = this.documents.draft("PENALTY_DECISION", values, party.id(), null, officer(), scope());
		assertThat(draft.partyId()).isEqualTo(party.id());
		assertThat(draft.values()).containsEntry("partyName", party.name())
			.containsEntry("partyIdentifier", party.creditCode());
		Document issued = this.documents.issue(draft.id(), draft.version(), this.demo.principal("demo-head"), scope());
		var file = this.subjectFile.of(party.id(), scope());
		assertThat(file.sections()
			.stream()
			.filter((s) -> s.kind() == SubjectFileSection.Kind.DECISION)
			.findFirst()
			.orElseThrow()
			.entries()).anySatisfy((e) -> assertThat(e.link()).isEqualTo("/documents/" + issued.id()));

		String form = this.mvc
			.perform(get("/documents/new").param("type", "PENALTY_DECISION")
				.param("partyQuery", party.name())
				.with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"partyId\"", "value=\"" + party.id() + "\"");
	}

	@Test
	void theIssuedPdfCarriesAVerificationCodeAndAQrCodeToItsVerifyPage() throws Exception {
		DocumentFontsFixture.fonts();
		Document issued = issue("PENALTY_DECISION");
		assertThat(issued.verifyCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		// the agency head signs a 行政处罚决定书
		assertThat(issued.issuer()).isEqualTo("陈静");
		byte[] pdf = this.documents.pdf(issued);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/issued-with-qr.pdf"), pdf);
		assertThat(pdfText(pdf)).contains("核验码", issued.verifyCode());
		String url = qrCodeOnLastPage(pdf);
		assertThat(url).isEqualTo("https://gongshi.example.gov.cn/portal/verify?code=" + issued.verifyCode());
		assertThat(this.mvc.perform(get("/portal/verify").param("code", issued.verifyCode().toLowerCase()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(issued.number() + "已于");
		assertThat(this.mvc.perform(get("/documents/{id}", issued.id()).with(user(officer())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("陈静", issued.verifyCode());
	}

	@Test
	void issuingAndVoidingAskFirstAndARefusalIsExplainedOnTheDocumentsPage() throws Exception {
		DocumentFontsFixture.fonts();
		Document draft = this.documents.draft("PENALTY_DECISION", Samples.of(this.types.get("PENALTY_DECISION")), null,
				officer(), scope());
		String asked = this.mvc
			.perform(post("/documents/{id}/issue", draft.id()).param("version", String.valueOf(draft.version()))
				.with(csrf())
				.with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asked).contains("确认签发", "文号登记簿", "牡环罚〔年份〕顺序号号", "牡环罚〔2026〕", "不能再修改", "confirm-issue-form")
			.doesNotContain("{seq}");
		assertThat(this.documents.get(draft.id(), scope()).draft()).isTrue();
		this.mvc
			.perform(post("/documents/{id}/issue", draft.id()).param("version", String.valueOf(draft.version()))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(this.demo.principal("demo-head"))))
			.andExpect(status().is3xxRedirection());
		Document issued = this.documents.get(draft.id(), scope());
		assertThat(issued.status()).isEqualTo(Document.Status.ISSUED);

		String refused = this.mvc
			.perform(post("/documents/{id}/void", issued.id()).param("reason", "x").with(csrf()).with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请填写作废理由（2至500字）", "id=\"void-form\"").doesNotContain("DOCUMENT_VOID");
		String askedVoid = this.mvc.perform(
				post("/documents/{id}/void", issued.id()).param("reason", "当事人名称有误").with(csrf()).with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(askedVoid).contains("确认作废", issued.number(), "当事人名称有误", "confirm-void-form");
		assertThat(this.documents.get(issued.id(), scope()).status()).isEqualTo(Document.Status.ISSUED);
		this.mvc
			.perform(post("/documents/{id}/void", issued.id()).param("reason", "当事人名称有误")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(officer())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.documents.get(issued.id(), scope()).status()).isEqualTo(Document.Status.VOIDED);
	}

	@Test
	void theArticlesAreCitedFromTheLegalBasisNotRetyped() throws Exception {
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get("PENALTY_DECISION")));
		values.remove("violatedProvisions");
		Document draft = this.documents.draft("PENALTY_DECISION", values, null, officer(), scope());
		var article = this.legalTexts.search("排放", this.legalTexts.today()).get(0);
		String found = this.mvc
			.perform(get("/documents/{id}", draft.id()).param("articleQuery", "排放").with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("id=\"article-picker\"", "value=\"violatedProvisions\"", article.label());
		this.mvc
			.perform(post("/documents/{id}/cite", draft.id()).param("version", String.valueOf(draft.version()))
				.param("field", "violatedProvisions")
				.param("law", article.lawCode())
				.param("article", String.valueOf(article.articleNo()))
				.with(csrf())
				.with(user(officer())))
			.andExpect(status().is3xxRedirection());
		String cited = this.legalTexts.shortTitles().get(article.lawCode());
		assertThat(this.documents.get(draft.id(), scope()).values().get("violatedProvisions"))
			.isEqualTo("《" + cited + "》" + article.label());
		String refused = this.mvc
			.perform(post("/documents/{id}/cite", draft.id()).param("version", "1")
				.param("field", "violatedProvisions")
				.param("law", article.lawCode())
				.param("article", "999")
				.with(csrf())
				.with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("未收录", "id=\"document-form\"");
	}

	@Autowired
	org.sanxiang.legalbasis.ViolationCatalogue violations;

	@Autowired
	org.sanxiang.legalbasis.DiscretionCalculator calculator;

	@Test
	void theCalculatorsResultFillsThePenaltyFields() throws Exception {
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get("PENALTY_DECISION")));
		values.remove("violatedProvisions");
		values.remove("penaltyBasis");
		Document draft = this.documents.draft("PENALTY_DECISION", values, null, officer(), scope());
		LocalDate today = this.legalTexts.today();
		org.sanxiang.legalbasis.DiscretionResult expected = null;
		Map<String, String> answers = null;
		for (var type : this.violations.all()) {
			Map<String, String> first = new HashMap<>();
			this.violations.benchmarkOn(type.code(), today)
				.factors()
				.forEach((f) -> first.put(f.code(), f.options().get(0).code()));
			try {
				expected = this.calculator.calculate(org.sanxiang.legalbasis.DiscretionRequest.of(type.code(), first,
						org.sanxiang.legalbasis.PartyType.UNIT, today));
				answers = first;
				if (expected.outcome().penalised()) {
					break;
				}
			}
			catch (org.sanxiang.core.RuleViolation needsQuantities) {
				// a formula on a base amount: try the next type
			}
		}
		assertThat(expected).isNotNull();
		String page = this.mvc
			.perform(get("/documents/{id}", draft.id()).param("violation", expected.violationCode())
				.with(user(officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"discretion-form\"");
		var request = post("/documents/{id}/discretion", draft.id()).param("version", String.valueOf(draft.version()))
			.param("violation", expected.violationCode())
			.param("partyType", "UNIT");
		answers.forEach((k, v) -> request.param("answer." + k, v));
		this.mvc.perform(request.with(csrf()).with(user(officer())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("请填写违法行为发生日期")));
		request.param("actDate", today.toString());
		this.mvc.perform(request.with(csrf()).with(user(officer()))).andExpect(status().is3xxRedirection());
		Map<String, Object> filled = this.documents.get(draft.id(), scope()).values();
		assertThat(filled.get("violatedProvisions")).isEqualTo(String.join("、",
				expected.violated()
					.stream()
					.map(org.sanxiang.legalbasis.ResolvedProvision::label)
					.distinct()
					.toList()));
		assertThat(filled.get("penaltyBasis").toString()).startsWith(expected.penaltyProvisions().get(0).label());
		assertThat(filled.get("benchmarkApplication").toString()).contains(expected.reasons().get(0))
			.contains(expected.reasons().get(expected.reasons().size() - 1));
	}

	@Test
	void aNoPenaltyOutcomeFillsTheNoPenaltyDecisionAndNeverAPenaltyDecision() throws Exception {
		LocalDate today = this.legalTexts.today();
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get("NO_PENALTY_DECISION")));
		values.remove("ground");
		values.remove("reasons");
		Document draft = this.documents.draft("NO_PENALTY_DECISION", values, null, officer(), scope());
		var request = post("/documents/{id}/discretion", draft.id()).param("version", String.valueOf(draft.version()))
			.param("violation", "AIR-OUTLET")
			.param("partyType", "UNIT")
			.param("actDate", today.minusDays(30).toString())
			.param("answer.FIRST_OFFENCE", "FIRST")
			.param("answer.HARM", "NONE")
			.param("answer.CORRECTED", "YES");
		this.mvc.perform(request.with(csrf()).with(user(officer()))).andExpect(status().is3xxRedirection());
		Map<String, Object> filled = this.documents.get(draft.id(), scope()).values();
		assertThat(filled.get("ground").toString()).contains("应当不予行政处罚");
		assertThat(filled.get("reasons").toString()).contains("第三十三条");
		Map<String, Object> decision = new HashMap<>(Samples.of(this.types.get("PENALTY_DECISION")));
		Document penalty = this.documents.draft("PENALTY_DECISION", decision, null, officer(), scope());
		Map<String, Object> before = this.documents.get(penalty.id(), scope()).values();
		this.mvc
			.perform(
					post("/documents/{id}/discretion", penalty.id()).param("version", String.valueOf(penalty.version()))
						.param("violation", "AIR-OUTLET")
						.param("partyType", "UNIT")
						.param("actDate", today.minusDays(30).toString())
						.param("answer.FIRST_OFFENCE", "FIRST")
						.param("answer.HARM", "NONE")
						.param("answer.CORRECTED", "YES")
						.with(csrf())
						.with(user(officer())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("请改用不予行政处罚决定书")));
		assertThat(this.documents.get(penalty.id(), scope()).values())
			.isEqualTo(this.documents.get(penalty.id(), scope()).values());
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	static String qrCodeOnLastPage(byte[] pdf) throws Exception {
		// read at rising resolutions: at 150 dpi a code's modules are a few pixels wide,
		// and
		// some codes (they hold a random verify code) then fail the reader's error
		// correction
		com.google.zxing.ReaderException last = null;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int dpi : new int[] { 150, 200, 300 }) {
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1,
						dpi);
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				BinaryBitmap bitmap = new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
				try {
					return new QRCodeReader()
						.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText();
				}
				catch (com.google.zxing.ReaderException ex) {
					last = ex;
				}
			}
		}
		throw last;
	}

}
