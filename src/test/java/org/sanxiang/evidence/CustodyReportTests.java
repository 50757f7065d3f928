package org.sanxiang.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain-of-custody report (监管链报告) of an evidence item, read back with PDFBox: the
 * capture, the certificate, both digests, the ledger entry, one line per access — its own
 * making included — and who may have it (the detail page's rule).
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=evidence-h1", "sanxiang.evidence.uploads.max-unfinished-per-account=2" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CustodyReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer;

	String certificate;

	@BeforeEach
	void demoOfficer() {
		this.officer = this.demo.principal("demo-officer");
		this.certificate = this.officers.within(Set.of(this.officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(java.time.LocalDate.now().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
	}

	long upload(String owner, byte[] bytes, String type, String name, String description) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/evidence").file(new MockMultipartFile("file", name, type, bytes))
				.param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.param("ownerStage", "ON_SITE")
				.param("kind", "PHYSICAL")
				.param("description", description)
				.param("officerCertificate", this.certificate)
				.param("device", "执法记录仪 DSJ-7")
				.param("captureStart", java.time.LocalDate.now().minusDays(1) + "T09:30")
				.param("captureEnd", java.time.LocalDate.now().minusDays(1) + "T09:40")
				.param("place", "牡丹江市某厂排污口")
				.with(csrf())
				.with(user(this.officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static int occurrences(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	long custodyLines(long id) {
		return this.jdbc.sql("select count(*) from evidence_custody where item_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void theReportListsCaptureHashesCertificateLedgerEntryAndEveryAccessItsOwnMakingIncluded() throws Exception {
		byte[] photo = EvidenceFiles.jpeg();
		long id = upload("CR" + System.nanoTime(), photo, "image/jpeg", "排污口.jpg", "排污口现场照片");
		this.mvc.perform(get("/evidence/{id}", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/evidence/" + id + "/custody.pdf")));
		this.mvc.perform(get("/evidence/{id}", id).with(user(this.officer))).andExpect(status().isOk());
		this.mvc.perform(get("/evidence/{id}/content", id).with(user(this.officer))).andExpect(status().isOk());
		this.mvc
			.perform(
					post("/evidence/{id}/download", id).param("reason", "移送公安机关").with(csrf()).with(user(this.officer)))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/evidence/{id}/custody.pdf", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path out = Path.of("target", "custody-report-test.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
		String text = text(pdf);
		String compact = text.replaceAll("\\s", "");
		Map<String, Object> sealed = this.jdbc
			.sql("select entry_index, leaf_hash, content_sha256, content_sm3 from ledger_entry"
					+ " where subject_type = 'EvidenceItem' and subject_id = :s")
			.param("s", "EVIDENCE-" + id)
			.query()
			.singleRow();
		assertThat(compact).contains((String) sealed.get("content_sha256"))
			.contains((String) sealed.get("content_sm3"))
			.contains(org.sanxiang.core.ContentDigests.of(photo).sha256())
			.contains((String) sealed.get("leaf_hash"))
			.contains("第" + sealed.get("entry_index") + "条")
			.contains(this.certificate)
			.contains("证据-1")
			.contains("排污口现场照片")
			.contains("执法记录仪DSJ-7")
			.contains("牡丹江市某厂排污口")
			.contains(this.officer.displayName().replaceAll("\\s", ""));
		// REGISTER, two views, one playback, one download with its purpose, and this
		// report
		assertThat(compact).contains("共6条，全部列出如下");
		assertThat(occurrences(compact, "查看")).isEqualTo(2);
		assertThat(occurrences(compact, "播放")).isEqualTo(1);
		assertThat(occurrences(compact, "下载")).isEqualTo(1);
		assertThat(occurrences(compact, "移送公安机关")).isEqualTo(1);
		assertThat(occurrences(compact, "生成监管链报告")).isEqualTo(1);
		assertThat(text).doesNotContain("[U+");
		assertThat(this.jdbc.sql("select count(*) from evidence_custody where item_id = :id and action = 'REPORT'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherAgencyFindsNoReportAndTheAdministratorsAreRefused() throws Exception {
		long id = upload("CX" + System.nanoTime(), EvidenceFiles.jpeg(), "image/jpeg", "a.jpg", "现场照片");
		long lines = custodyLines(id);
		this.mvc.perform(get("/evidence/{id}/custody.pdf", id).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
		for (String admin : new String[] { "demo-sysadmin", "demo-auditor", "demo-secadmin" }) {
			this.mvc.perform(get("/evidence/{id}/custody.pdf", id).with(user(this.demo.principal(admin))))
				.andExpect(status().isForbidden());
		}
		assertThat(custodyLines(id)).isEqualTo(lines);
	}

	@Test
	void concurrentReportsAreAnsweredOrToldToComeBackAndOnlyDeliveredOnesAreLogged() throws Exception {
		long id = upload("CC" + System.nanoTime(), EvidenceFiles.jpeg(), "image/jpeg", "a.jpg", "现场照片");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
		java.util.List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> answers = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers
				.add(pool.submit(() -> this.mvc.perform(get("/evidence/{id}/custody.pdf", id).with(user(this.officer)))
					.andReturn()
					.getResponse()));
		}
		int delivered = 0;
		for (var answer : answers) {
			var response = answer.get();
			assertThat(response.getStatus()).isIn(200, 503);
			if (response.getStatus() == 200) {
				assertThat(text(response.getContentAsByteArray())).contains("证据监管链报告");
				delivered++;
			}
			else {
				assertThat(response.getHeader("Retry-After")).isNotNull();
			}
		}
		pool.shutdown();
		assertThat(delivered).isPositive();
		assertThat(this.jdbc.sql("select count(*) from evidence_custody where item_id = :id and action = 'REPORT'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(delivered);
	}

}
