package org.sanxiang.evidence;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.storage.BlobStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
 * Evidence over HTTP: the multipart upload (API and page), the hostile corpus refused
 * with a problem detail or the form re-shown and nothing stored, playback with range
 * requests (206, 416), the custody log of every view, stream and download (with its
 * required reason), and who may see and download: not the administrators, not another
 * agency.
 */
@SpringBootTest(properties = { "sanxiang.test.context=evidence-web", "sanxiang.evidence.size-limits.image=1MB" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class EvidenceWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

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

	MockMultipartHttpServletRequestBuilder form(String path, String owner, byte[] bytes, String type, String name) {
		return (MockMultipartHttpServletRequestBuilder) multipart(path)
			.file(new MockMultipartFile("file", name, type, bytes))
			.param("ownerKind", "INSPECTION")
			.param("ownerId", owner)
			.param("ownerStage", "ON_SITE")
			.param("kind", type.startsWith("video") ? "AUDIO_VISUAL" : "PHYSICAL")
			.param("description", "排污口现场")
			.param("officerCertificate", this.certificate)
			.param("device", "执法记录仪")
			.param("captureStart", java.time.LocalDate.now().minusDays(1) + "T09:30")
			.param("captureEnd", java.time.LocalDate.now().minusDays(1) + "T09:40")
			.param("place", "牡丹江市某厂")
			.param("participants", "王某 法定代表人\n李某 现场负责人")
			.with(csrf());
	}

	long upload(String owner, byte[] bytes, String type, String name) throws Exception {
		String body = this.mvc.perform(form("/api/v1/evidence", owner, bytes, type, name).with(user(this.officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	long items() {
		return this.jdbc.sql("select count(*) from evidence_item").query(Long.class).single();
	}

	@Test
	void anUploadIsRegisteredNumberedAndListed() throws Exception {
		String owner = "W" + System.nanoTime();
		long id = upload(owner, EvidenceFiles.mp4(), "video/mp4", "执法记录仪.mp4");
		JsonNode item = this.json.readTree(this.mvc.perform(get("/api/v1/evidence/{id}", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(item.get("number").asString()).isEqualTo("音像-1");
		assertThat(item.get("officerCertificate").asString()).isEqualTo(this.certificate);
		JsonNode page = this.json.readTree(this.mvc.perform(
				get("/api/v1/evidence").param("ownerId", owner).param("kind", "AUDIO_VISUAL").with(user(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.get("total").asLong()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/evidence").param("size", "1000").with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/evidence").param("kind", "NONSENSE").with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/api/v1/evidence").param("from", "2026-05-02").param("to", "2026-05-01").with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/evidence").param("ownerId", owner).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("音像-1")));
	}

	@Test
	void everyHostileFileIsRefusedWithAProblemDetailAndNothingIsStored() throws Exception {
		Set<String> acceptedBytes = EvidenceFiles.accepted()
			.stream()
			.map((s) -> org.sanxiang.core.ContentDigests.of(s.bytes()).sha256())
			.collect(Collectors.toSet());
		int refused = 0;
		for (EvidenceFiles.Sample sample : EvidenceFiles.hostile()) {
			long before = items();
			var response = this.mvc
				.perform(form("/api/v1/evidence", "H" + System.nanoTime(), sample.bytes(), sample.type(), sample.name())
					.with(user(this.officer)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(sample.what()).isBetween(400, 499);
			assertThat(response.getContentType()).as(sample.what()).startsWith("application/problem+json");
			assertThat(this.json.readTree(response.getContentAsString()).get("detail").asString()).as(sample.what())
				.containsPattern("\\p{IsHan}");
			assertThat(items()).as(sample.what()).isEqualTo(before);
			String sha = org.sanxiang.core.ContentDigests.of(sample.bytes()).sha256();
			if (!acceptedBytes.contains(sha)) {
				assertThat(this.blobs.exists(sha)).as("blob of %s", sample.what()).isFalse();
			}
			refused++;
		}
		assertThat(refused).isGreaterThanOrEqualTo(15);
	}

	@Test
	void thePageReShowsTheFormWithTheReason() throws Exception {
		long before = items();
		byte[] exe = EvidenceFiles.hostile().get(5).bytes();
		this.mvc.perform(form("/evidence", "F1", exe, "image/jpeg", "photo.jpg").with(user(this.officer)))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("文件内容不是声明的 JPEG 格式")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("排污口现场")));
		assertThat(items()).isEqualTo(before);
		this.mvc
			.perform(form("/evidence", "F1", EvidenceFiles.jpeg(), "image/jpeg", "photo.jpg").with(user(this.officer)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aResumableUploadIsRegisteredByItsUploaderOnlyAfterTheSameChecks() throws Exception {
		byte[] video = EvidenceFiles.mp4();
		String metadata = "filename " + b64("执法记录仪.mp4") + ",filetype " + b64("video/mp4") + ",ownerKind "
				+ b64("INSPECTION") + ",ownerId " + b64("T1") + ",stage " + b64("ON_SITE");
		String location = this.mvc
			.perform(post("/api/v1/evidence/uploads").header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", String.valueOf(video.length))
				.header("Upload-Metadata", metadata)
				.with(csrf())
				.with(user(this.officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String uploadId = location.substring(location.lastIndexOf('/') + 1);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(location)
				.header("Tus-Resumable", "1.0.0")
				.header("Upload-Offset", "0")
				.contentType("application/offset+octet-stream")
				.content(video)
				.with(csrf())
				.with(user(this.officer)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/evidence/new").param("uploadId", uploadId).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("执法记录仪.mp4")));
		SanxiangPrincipal other = this.demo.principal("demo-hrb-officer");
		this.mvc.perform(get("/evidence/new").param("uploadId", uploadId).with(user(other)))
			.andExpect(status().isNotFound());
		long before = items();
		var register = multipart("/evidence").param("uploadId", uploadId)
			.param("ownerKind", "INSPECTION")
			.param("ownerId", "T1")
			.param("ownerStage", "ON_SITE")
			.param("kind", "AUDIO_VISUAL")
			.param("description", "查封现场全程录像")
			.param("officerCertificate", this.certificate)
			.param("device", "执法记录仪")
			.param("captureStart", java.time.LocalDate.now().minusDays(1) + "T09:30")
			.param("captureEnd", java.time.LocalDate.now().minusDays(1) + "T09:40")
			.param("place", "牡丹江市某厂")
			.param("participants", "王某 法定代表人")
			.with(csrf());
		this.mvc.perform(register.with(user(this.officer))).andExpect(status().is3xxRedirection());
		assertThat(items()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from evidence_item where owner_id = 'T1' and sha256 = :sha")
			.param("sha", org.sanxiang.core.ContentDigests.of(video).sha256())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	static String b64(String value) {
		return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void playbackAnswersRangeRequestsAndLogsCustody() throws Exception {
		byte[] video = EvidenceFiles.mp4();
		long id = upload("R" + System.nanoTime(), video, "video/mp4", "a.mp4");
		this.mvc.perform(get("/evidence/{id}", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<video")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sx-watermark")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.officer.displayName())));
		byte[] part = this.mvc
			.perform(get("/evidence/{id}/content", id).header(HttpHeaders.RANGE, "bytes=0-9").with(user(this.officer)))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 0-9/" + video.length))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "video/mp4"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(part).isEqualTo(Arrays.copyOf(video, 10));
		byte[] end = this.mvc
			.perform(get("/evidence/{id}/content", id).header(HttpHeaders.RANGE, "bytes=-5").with(user(this.officer)))
			.andExpect(status().isPartialContent())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(end).isEqualTo(Arrays.copyOfRange(video, video.length - 5, video.length));
		for (String bad : new String[] { "bytes=" + video.length + "-", "bytes=9-2", "bytes=abc", "items=0-1" }) {
			this.mvc.perform(get("/evidence/{id}/content", id).header(HttpHeaders.RANGE, bad).with(user(this.officer)))
				.andExpect(status().isRequestedRangeNotSatisfiable())
				.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes */" + video.length));
		}
		this.mvc.perform(get("/evidence/{id}/content", id).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(video));
		this.mvc.perform(post("/evidence/{id}/download", id).with(csrf()).with(user(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(
					post("/evidence/{id}/download", id).param("reason", "移送司法机关").with(csrf()).with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(video));
		JsonNode log = this.json.readTree(
				this.mvc.perform(get("/api/v1/evidence/{id}/custody", id).param("size", "50").with(user(this.officer)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		java.util.List<String> actions = new java.util.ArrayList<>();
		log.get("items").forEach((e) -> actions.add(e.get("action").asString()));
		assertThat(actions).containsExactly("DOWNLOAD", "STREAM", "STREAM", "VIEW", "REGISTER");
		assertThat(log.get("items").get(0).get("reason").asString()).isEqualTo("移送司法机关");
		assertThat(log.get("items").get(0).get("actor").asString()).isEqualTo("demo-officer");
	}

	@Test
	void administratorsAndOtherAgenciesNeitherSeeNorDownload() throws Exception {
		long id = upload("A" + System.nanoTime(), EvidenceFiles.jpeg(), "image/jpeg", "a.jpg");
		long lines = this.jdbc.sql("select count(*) from evidence_custody where item_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		for (String admin : new String[] { "demo-sysadmin", "demo-auditor", "demo-secadmin" }) {
			SanxiangPrincipal principal = this.demo.principal(admin);
			this.mvc.perform(get("/evidence/{id}/content", id).with(user(principal))).andExpect(status().isForbidden());
			this.mvc.perform(get("/evidence/{id}", id).with(user(principal))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/evidence/{id}/download", id).param("reason", "查看").with(csrf()).with(user(principal)))
				.andExpect(status().isForbidden());
		}
		SanxiangPrincipal harbin = this.demo.principal("demo-hrb-officer");
		this.mvc.perform(get("/evidence/{id}/content", id).with(user(harbin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/evidence/{id}", id).with(user(harbin))).andExpect(status().isNotFound());
		this.mvc.perform(post("/evidence/{id}/download", id).param("reason", "查看").with(csrf()).with(user(harbin)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from evidence_custody where item_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(lines);
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
