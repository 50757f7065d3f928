package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.CaseFileSource;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.document.OwnedDocuments;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.verifier.CaseFileCheck;
import org.sanxiang.ledger.verifier.Sm2Signatures;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.JsonNode;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 案卷 export over HTTP: an inspection with two issued documents and two evidence items
 * comes out as a ZIP whose manifest matches every file's bytes and proves every sealed
 * one against the signed checkpoint (checked with the offline verifier's code); the
 * export is in each item's custody log and the audit trail; bad parameters are 400, an
 * owner with nothing (or another agency's) 404, administrators 403; and the ZIP is
 * written as it is read, never held whole.
 */
@SpringBootTest(properties = { "sanxiang.test.context=evidence-web", "sanxiang.evidence.size-limits.image=1MB" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CaseFileExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	Ledger ledger;

	@Autowired
	CaseFileExport export;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer;

	Set<Long> scope;

	String certificate;

	@BeforeEach
	void demoOfficer() {
		this.officer = this.demo.principal("demo-officer");
		this.scope = this.officer.dataScope().agencyIds();
		this.certificate = this.officers.within(Set.of(this.officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(LocalDate.now().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
	}

	long upload(String owner, byte[] bytes, String type, String name, String kind) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/evidence").file(new MockMultipartFile("file", name, type, bytes))
				.param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.param("ownerStage", "ON_SITE")
				.param("kind", kind)
				.param("description", "排污口现场")
				.param("officerCertificate", this.certificate)
				.param("captureStart", LocalDate.now().minusDays(1) + "T09:30")
				.param("captureEnd", LocalDate.now().minusDays(1) + "T09:40")
				.param("place", "牡丹江市某厂")
				.with(csrf())
				.with(user(this.officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	/** The files of a ZIP by path, in the order they come. */
	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	@Test
	void aRecordsCaseFileHoldsItsDocumentsAndEvidenceWithAManifestThatMatchesEveryFile() throws Exception {
		String owner = "CF-" + System.nanoTime();
		Document record = OwnedDocuments.issue(this.documents, this.types, "SITE_INSPECTION_RECORD", "INSPECTION",
				owner, this.officer, this.scope);
		Document order = OwnedDocuments.issue(this.documents, this.types, "RECTIFICATION_ORDER", "INSPECTION", owner,
				this.officer, this.scope);
		OwnedDocuments.draft(this.documents, this.types, "INQUIRY_RECORD", "INSPECTION", owner, this.officer,
				this.scope);
		OwnedDocuments.issue(this.documents, this.types, "SITE_INSPECTION_RECORD", "INSPECTION", owner + "-other",
				this.officer, this.scope);
		byte[] photo = EvidenceFiles.jpeg();
		byte[] screenshot = EvidenceFiles.png();
		long photoId = upload(owner, photo, "image/jpeg", "照片.jpg", "PHYSICAL");
		long screenshotId = upload(owner, screenshot, "image/png", "截图.png", "ELECTRONIC");

		var response = this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		byte[] zip = response.getContentAsByteArray();
		Map<String, byte[]> files = unzip(zip);

		assertThat(new ArrayList<>(files.keySet())).containsExactly("目录.txt", "正卷/文书/" + fileNameOf(record),
				"正卷/文书/" + fileNameOf(order), "正卷/证据/证据-1-照片.jpg", "正卷/证据/证据-2-截图.png", "副卷/监管链/证据-1-监管链.txt",
				"副卷/监管链/证据-2-监管链.txt", "manifest.json");
		assertThat(files.get("正卷/文书/" + fileNameOf(order))).isEqualTo(this.documents.pdf(order));
		assertThat(files.get("正卷/证据/证据-1-照片.jpg")).isEqualTo(photo);
		assertThat(files.get("正卷/证据/证据-2-截图.png")).isEqualTo(screenshot);

		JsonNode manifest = this.json.readTree(files.get("manifest.json"));
		assertThat(manifest.get("format").asString()).isEqualTo("sanxiang-case-file/1");
		assertThat(manifest.get("owner").get("id").asString()).isEqualTo(owner);
		List<String> listed = new ArrayList<>();
		int proofs = 0;
		for (JsonNode file : manifest.get("files")) {
			String path = file.get("path").asString();
			listed.add(path);
			byte[] bytes = files.get(path);
			ContentDigests digests = ContentDigests.of(bytes);
			assertThat(file.get("size").asLong()).as(path).isEqualTo(bytes.length);
			assertThat(file.get("sha256").asString()).as(path).isEqualTo(digests.sha256());
			assertThat(file.get("sm3").asString()).as(path).isEqualTo(digests.sm3());
			if (path.startsWith("正卷/")) {
				JsonNode ledger = file.get("ledger");
				assertThat(ledger.get("index").asLong()).as(path).isLessThan(ledger.get("treeSize").asLong());
				assertThat(ledger.get("treeSize").asLong())
					.isEqualTo(manifest.get("checkpoint").get("treeSize").asLong());
				assertThat(new String(java.util.Base64.getDecoder().decode(ledger.get("leafInput").asString()),
						StandardCharsets.UTF_8))
					.contains("sha256: " + digests.sha256());
				proofs++;
			}
			else {
				assertThat(file.get("ledger")).as(path).isNull();
			}
		}
		assertThat(listed)
			.containsExactlyElementsOf(files.keySet().stream().filter((p) -> !p.equals("manifest.json")).toList());
		assertThat(proofs).isEqualTo(4);
		assertThat(manifest.get("files").get(1).get("ledger").get("subject").asString())
			.isEqualTo("Document/" + record.ledgerSubjectId());

		CaseFileCheck.Report report = CaseFileCheck.check(Sm2Signatures.publicKeyFromPem(this.ledger.publicKeyPem()),
				new ByteArrayInputStream(zip));
		assertThat(report.problems()).isEmpty();
		assertThat(report.proven()).isEqualTo(4);

		String index = new String(files.get("目录.txt"), StandardCharsets.UTF_8);
		assertThat(index).contains("正卷", "副卷", record.number() == null ? "现场" : record.number(), "证据-2");
		assertThat(index.indexOf("正卷/文书/")).isLessThan(index.indexOf("正卷/证据/"));
		assertThat(new String(files.get("副卷/监管链/证据-1-监管链.txt"), StandardCharsets.UTF_8)).contains("登记", "导出案卷",
				photoDigest(photo));
		for (long id : List.of(photoId, screenshotId)) {
			assertThat(this.jdbc.sql("select count(*) from evidence_custody where item_id = :id and action = 'EXPORT'")
				.param("id", id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		assertThat(this.jdbc
			.sql("select count(*) from audit_record where action = 'CASE_FILE_EXPORTED' and object_id = :id")
			.param("id", "INSPECTION/" + owner)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static String photoDigest(byte[] photo) {
		return ContentDigests.of(photo).sha256();
	}

	@Test
	void badParametersAreProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/evidence/export").param("ownerId", "X-1").with(user(this.officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("EVIDENCE_OWNER_INVALID"));
		this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "inspection; drop table")
				.param("ownerId", "X-1")
				.with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", "../../etc/passwd")
				.with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", "x".repeat(65))
				.with(user(this.officer)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anOwnerWithNothingIsNotFoundInChinese() throws Exception {
		this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", "NOTHING-" + System.nanoTime())
				.with(user(this.officer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CASE_FILE_EMPTY"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有可导出的文书或证据")));
	}

	@Test
	void anotherAgencySeesNothingAndAdministratorsAreRefused() throws Exception {
		String owner = "CF-" + System.nanoTime();
		long id = upload(owner, EvidenceFiles.jpeg(), "image/jpeg", "照片.jpg", "PHYSICAL");
		this.mvc
			.perform(get("/api/v1/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select count(*) from audit_record where action = 'CASE_FILE_EXPORT_REFUSED' and object_id = :id"
					+ " and result = 'REFUSED' and username = 'demo-hrb-officer'")
			.param("id", "INSPECTION/" + owner)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(get("/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from evidence_custody where item_id = :id and action = 'EXPORT'")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(get("/evidence/export").param("ownerKind", "INSPECTION")
				.param("ownerId", owner)
				.with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"));
	}

	@Test
	void theListFilteredToOneRecordOffersItsCaseFile() throws Exception {
		String owner = "CF-" + System.nanoTime();
		upload(owner, EvidenceFiles.jpeg(), "image/jpeg", "照片.jpg", "PHYSICAL");
		this.mvc
			.perform(get("/evidence").param("ownerKind", "INSPECTION").param("ownerId", owner).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("导出案卷")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("/evidence/export?ownerKind=INSPECTION&amp;ownerId=" + owner)));
		this.mvc.perform(get("/evidence").with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("case-file-export"))));
	}

	/**
	 * A 256 MiB original goes out while it is read: at every read of the source, all but
	 * the last few buffers of what was read have already reached the output, so the
	 * export holds a bounded amount whatever the size.
	 */
	@Test
	void theZipIsWrittenWhileTheOriginalIsRead() throws Exception {
		long size = 256L * 1024 * 1024;
		AtomicLong written = new AtomicLong();
		AtomicLong worstLag = new AtomicLong();
		InputStream source = new InputStream() {
			long read;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0];
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.read >= size) {
					return -1;
				}
				worstLag.accumulateAndGet(this.read - written.get(), Math::max);
				int n = (int) Math.min(len, size - this.read);
				java.util.Arrays.fill(b, off, off + n, (byte) (this.read / 4096));
				this.read += n;
				return n;
			}
		};
		OutputStream sink = new OutputStream() {
			@Override
			public void write(int b) {
				written.incrementAndGet();
			}

			@Override
			public void write(byte[] b, int off, int len) {
				written.addAndGet(len);
			}
		};
		CaseFileSource.Entry big = new CaseFileSource.Entry(CaseFileSource.Section.MAIN, "2-证据-000001", "证据",
				"证据-1 视听资料", LocalDate.now(), "音像-1-执法记录仪.mp4", size, null, null, null, this.officer.agencyId(),
				() -> source);
		CaseFileExport.Prepared prepared = new CaseFileExport.Prepared("INSPECTION", "BIG-1", java.time.Instant.now(),
				this.officer, List.of(new CaseFileExport.Placed("正卷/证据/音像-1-执法记录仪.mp4", big, null)), null);
		this.export.write(prepared, sink);
		assertThat(written.get()).isGreaterThan(size);
		assertThat(worstLag.get()).as("bytes read but not yet written").isLessThan(4L * 1024 * 1024);
	}

	private String fileNameOf(Document document) {
		return this.types.get(document.typeCode()).name() + "-"
				+ ((document.number() != null) ? document.number() : document.issueDate().toString()) + ".pdf";
	}

}
