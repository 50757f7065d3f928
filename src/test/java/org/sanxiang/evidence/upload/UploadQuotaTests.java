package org.sanxiang.evidence.upload;

import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DataScope;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An account holds at most {@code sanxiang.evidence.uploads.max-unfinished-per-account}
 * (here 2) unfinished uploads: one more is refused with a 429 problem detail in Chinese
 * and a stable code; a finished or terminated upload frees its place; other accounts are
 * not affected.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=evidence-h1", "sanxiang.evidence.uploads.max-unfinished-per-account=2" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class UploadQuotaTests {

	static final SanxiangPrincipal QUOTA_OFFICER = principal(-3101L, "test-quota-officer");

	static final SanxiangPrincipal OTHER_OFFICER = principal(-3102L, "test-quota-other");

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	static SanxiangPrincipal principal(long accountId, String username) {
		return new SanxiangPrincipal(accountId, username, "配额测试", 1L, "测试执法主体", "/HLJ/", 1L, Set.of(Role.OFFICER),
				new DataScope(Set.of(1L)), true, null, false, null);
	}

	MockHttpServletResponse create(SanxiangPrincipal who, int length) throws Exception {
		String metadata = "filename " + b64("记录仪.mp4") + ",filetype " + b64("video/mp4") + ",ownerKind "
				+ b64("INSPECTION") + ",ownerId " + b64("Q1") + ",stage " + b64("ON_SITE");
		return this.mvc
			.perform(post("/api/v1/evidence/uploads").header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", String.valueOf(length))
				.header("Upload-Metadata", metadata)
				.with(csrf())
				.with(user(who)))
			.andReturn()
			.getResponse();
	}

	static String b64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void oneUnfinishedUploadTooManyIsRefusedUntilOneIsFinishedOrTerminated() throws Exception {
		String first = create(QUOTA_OFFICER, 4).getHeader("Location");
		String second = create(QUOTA_OFFICER, 100).getHeader("Location");
		assertThat(first).isNotNull();
		assertThat(second).isNotNull();
		MockHttpServletResponse refused = create(QUOTA_OFFICER, 100);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(refused.getContentAsString());
		assertThat(problem.get("code").asString()).isEqualTo("UPLOAD_TOO_MANY_UNFINISHED");
		assertThat(problem.get("detail").asString()).contains("未完成的上传").contains("最多 2 个");
		assertThat(create(OTHER_OFFICER, 100).getStatus()).isEqualTo(201);
		// the first upload receives all its bytes: it no longer counts
		assertThat(this.mvc
			.perform(patch(first).header("Tus-Resumable", "1.0.0")
				.header("Upload-Offset", "0")
				.contentType("application/offset+octet-stream")
				.content(new byte[] { 1, 2, 3, 4 })
				.with(csrf())
				.with(user(QUOTA_OFFICER)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		String third = create(QUOTA_OFFICER, 100).getHeader("Location");
		assertThat(third).isNotNull();
		assertThat(create(QUOTA_OFFICER, 100).getStatus()).isEqualTo(429);
		// terminating one frees its place
		assertThat(
				this.mvc.perform(delete(second).header("Tus-Resumable", "1.0.0").with(csrf()).with(user(QUOTA_OFFICER)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(204);
		assertThat(create(QUOTA_OFFICER, 100).getStatus()).isEqualTo(201);
	}

}
