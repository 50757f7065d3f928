package org.sanxiang.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.SealedRecordStatus;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the public 核验 page learns about a sealed evidence item: its kind, number and when
 * it was sealed, for whoever holds the file — never its description, owner or place, and
 * nothing at all for a typed reference.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=evidence-h1", "sanxiang.evidence.uploads.max-unfinished-per-account=2" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class EvidenceStatusesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	EvidenceStatuses statuses;

	@Autowired
	EvidenceItemRepository items;

	final JsonMapper json = JsonMapper.builder().build();

	static byte[] uniquePhoto() throws Exception {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 16; x++) {
			image.setRGB(x, x % 12, ThreadLocalRandom.current().nextInt(0xFFFFFF));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	EvidenceItem photo(byte[] bytes, String owner) throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String certificate = this.officers.within(Set.of(officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(java.time.LocalDate.now().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
		String body = this.mvc
			.perform(multipart("/api/v1/evidence").file(new MockMultipartFile("file", "p.jpg", "image/jpeg", bytes))
				.param("ownerKind", "CASE")
				.param("ownerId", owner)
				.param("ownerStage", "INVESTIGATION")
				.param("kind", "PHYSICAL")
				.param("description", "王小明家中询问现场照片")
				.param("officerCertificate", certificate)
				.param("captureStart", java.time.LocalDate.now().minusDays(1) + "T09:30")
				.param("captureEnd", java.time.LocalDate.now().minusDays(1) + "T09:40")
				.param("place", "和平路18号3单元")
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.items.findById(this.json.readTree(body).get("id").asLong()).orElseThrow();
	}

	@Test
	void aSealedItemIsNamedByKindAndNumberOnlyAndNeverVoided() throws Exception {
		EvidenceItem item = photo(uniquePhoto(), "ST" + System.nanoTime());
		SealedRecordStatus status = this.statuses.statusOf("EvidenceItem", "EVIDENCE-" + item.id()).orElseThrow();
		assertThat(status.title()).isEqualTo("证据 证据-1（物证）");
		assertThat(status.sealedAt()).isEqualTo(item.uploadedAt());
		assertThat(status.wasVoided()).isFalse();
		assertThat(status.wasCorrected()).isFalse();
		assertThat(this.statuses.statusOf("Document", "EVIDENCE-" + item.id())).isEmpty();
		assertThat(this.statuses.statusOf("EvidenceItem", "EVIDENCE-x")).isEmpty();
		assertThat(this.statuses.statusOf("EvidenceItem", "EVIDENCE-99999999")).isEmpty();
	}

	@Test
	void noItemIsFoundByATypedReference() throws Exception {
		EvidenceItem item = photo(uniquePhoto(), "SF" + System.nanoTime());
		for (String reference : new String[] { item.number(), "EVIDENCE-" + item.id(), String.valueOf(item.id()),
				item.digests().sha256(), item.owner().id() }) {
			assertThat(this.statuses.find(reference)).as(reference).isEmpty();
		}
		this.mvc.perform(get("/portal/verify").param("number", item.number()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("物证"))));
	}

	@Test
	void thePublicVerifyPageNamesTheItemWithoutItsDescriptionOwnerOrPlace() throws Exception {
		byte[] bytes = uniquePhoto();
		String owner = "SV" + System.nanoTime();
		EvidenceItem item = photo(bytes, owner);
		String page = this.mvc
			.perform(multipart("/portal/verify").file(new MockMultipartFile("file", "收到的照片.jpg", "image/jpeg", bytes))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("证据：证据 " + item.number() + "（物证）")
			.contains("证据原件登记后不可修改或删除")
			.doesNotContain("该文书目前有效")
			.doesNotContain("王小明")
			.doesNotContain("和平路")
			.doesNotContain(owner);
	}

}
