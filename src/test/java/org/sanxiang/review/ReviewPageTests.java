package org.sanxiang.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer's pages: take, the opinion on the nine points confirmed before it is made,
 * a refusal explained in Chinese on the request's own page (its code only as an
 * attribute), and the history and changes shown.
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

	final JsonMapper json = JsonMapper.builder().build();

	long submitted() throws Exception {
		Map<String, Object> body = ReviewProposals.body(this.demo.principal("demo-officer").agencyId(),
				"P" + System.nanoTime(), "UNIT", "300000", false, List.of(), true);
		String response = this.mvc
			.perform(post("/api/v1/review/requests").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(this.demo.principal("demo-officer")))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	static MockHttpServletRequestBuilder opinion(long id, int version, String decision, String problemPoint) {
		MockHttpServletRequestBuilder request = post("/review/{id}/opinion", id).param("version", "" + version)
			.param("decision", decision);
		for (ReviewPoint point : ReviewPoint.values()) {
			boolean problem = point.name().equals(problemPoint);
			request = request.param("lawful." + point.name(), problem ? "false" : "true")
				.param("comment." + point.name(), problem ? "缺少送达回证" : "");
		}
		return request;
	}

	@Test
	void aReviewerTakesConfirmsAndPassesOnThePages() throws Exception {
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long id = submitted();
		this.mvc.perform(get("/review").with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于某化工公司超标排放案的行政处罚决定")));
		this.mvc.perform(get("/review/{id}", id).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("承接审核")))
			.andExpect(content().string(containsString("法制审核目录清单（第1版，2026-01-01施行）第1项")));
		this.mvc.perform(post("/review/{id}/take", id).param("version", "0").with(user(reviewer)).with(csrf()))
			.andExpect(redirectedUrl("/review/" + id));
		int version = this.reviews.request(id, reviewer).version();

		this.mvc.perform(opinion(id, version, "pass", "DOCUMENTS").with(user(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有审核要点存在问题的，不能审核通过")))
			.andExpect(content().string(containsString("data-code=\"REVIEW_PASS_WITH_PROBLEM\"")))
			.andExpect(content().string(not(containsString(">REVIEW_PASS_WITH_PROBLEM<"))));

		this.mvc.perform(opinion(id, version, "pass", null).with(user(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审核通过后不能撤回")));
		assertThat(this.reviews.request(id, reviewer).status()).isEqualTo(ReviewRequest.Status.IN_REVIEW);
		this.mvc
			.perform(opinion(id, version, "pass", null).param("confirmed", "true").with(user(reviewer)).with(csrf()))
			.andExpect(redirectedUrl("/review/" + id));
		assertThat(this.reviews.request(id, reviewer).status()).isEqualTo(ReviewRequest.Status.PASSED);
		this.mvc
			.perform(opinion(id, version, "pass", null).param("confirmed", "true").with(user(reviewer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("刚刚已被他人处理")));
	}

	@Test
	void aReturnAsksFirstAndTheHistoryShowsTheProblem() throws Exception {
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long id = submitted();
		this.mvc.perform(post("/review/{id}/take", id).param("version", "0").with(user(reviewer)).with(csrf()))
			.andExpect(redirectedUrl("/review/" + id));
		int version = this.reviews.request(id, reviewer).version();
		this.mvc
			.perform(opinion(id, version, "return", "DOCUMENTS").param("problem.DOCUMENTS", "on")
				.param("advice.DOCUMENTS", "补充告知书送达回证")
				.with(user(reviewer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("补充告知书送达回证")))
			.andExpect(content().string(containsString("确认退回")));
		this.mvc
			.perform(opinion(id, version, "return", "DOCUMENTS").param("problem.DOCUMENTS", "on")
				.param("advice.DOCUMENTS", "补充告知书送达回证")
				.param("confirmed", "true")
				.with(user(reviewer))
				.with(csrf()))
			.andExpect(redirectedUrl("/review/" + id));
		this.mvc.perform(get("/review/{id}", id).with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执法文书不规范")))
			.andExpect(content().string(containsString("补充告知书送达回证")))
			.andExpect(content().string(not(containsString("承接审核"))));
		this.mvc.perform(get("/review/{id}", id).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
	}

}
