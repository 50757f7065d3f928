package org.sanxiang.evidence.upload;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A file uploaded but not registered is on its uploader's to-do list (待登记) with a link to
 * its registration form, on nobody else's, and leaves the list once it is registered.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=evidence-h1", "sanxiang.evidence.uploads.max-unfinished-per-account=2" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class UploadTodosTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	UploadTodos todos;

	List<TodoItem> mine(SanxiangPrincipal who) {
		return this.todos.todosFor(who, Set.of("OFFICER"), who.dataScope().agencyIds())
			.stream()
			.filter((t) -> t.title().contains("待登记证据：待登记录像"))
			.toList();
	}

	@Test
	void anUnregisteredUploadIsOnItsUploadersListUntilRegistered() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		byte[] video = org.sanxiang.evidence.EvidenceFilesAccess.mp4();
		String ownerId = "TD" + (System.nanoTime() % 1_000_000_000L);
		String metadata = "filename " + UploadQuotaTests.b64("待登记录像.mp4") + ",filetype "
				+ UploadQuotaTests.b64("video/mp4") + ",ownerKind " + UploadQuotaTests.b64("INSPECTION") + ",ownerId "
				+ UploadQuotaTests.b64(ownerId) + ",stage " + UploadQuotaTests.b64("ON_SITE");
		String location = this.mvc
			.perform(post("/api/v1/evidence/uploads").header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", String.valueOf(video.length))
				.header("Upload-Metadata", metadata)
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(mine(officer)).isEmpty();
		this.mvc
			.perform(patch(location).header("Tus-Resumable", "1.0.0")
				.header("Upload-Offset", "0")
				.contentType("application/offset+octet-stream")
				.content(video)
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().isNoContent());
		String uploadId = location.substring(location.lastIndexOf('/') + 1);
		assertThat(mine(officer)).singleElement().satisfies((todo) -> {
			assertThat(todo.link()).isEqualTo("/evidence/new?uploadId=" + uploadId);
			assertThat(todo.detail()).contains("检查任务 " + ownerId).contains("尚未登记");
		});
		assertThat(mine(this.demo.principal("demo-hrb-officer"))).isEmpty();
		String certificate = this.officers.within(Set.of(officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(java.time.LocalDate.now().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
		this.mvc
			.perform(multipart("/evidence").param("uploadId", uploadId)
				.param("ownerKind", "INSPECTION")
				.param("ownerId", ownerId)
				.param("ownerStage", "ON_SITE")
				.param("kind", "AUDIO_VISUAL")
				.param("description", "现场检查录像")
				.param("officerCertificate", certificate)
				.param("captureStart", java.time.LocalDate.now().minusDays(1) + "T09:30")
				.param("captureEnd", java.time.LocalDate.now().minusDays(1) + "T09:40")
				.param("place", "牡丹江市某厂")
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().is3xxRedirection());
		assertThat(mine(officer)).isEmpty();
	}

}
