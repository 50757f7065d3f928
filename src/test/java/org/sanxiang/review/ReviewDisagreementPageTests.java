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
import static org.hamcrest.Matchers.allOf;
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
 * The pages of a disagreement: each form shown only to the one who may act, each act
 * confirmed first, each refusal explained in Chinese in place with the form kept, and the
 * collective discussion's attendee rows added and removed by a round trip to the server.
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewDisagreementPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal who(String username) {
		return this.demo.principal(username);
	}

	void api(String path, Object body, String username) throws Exception {
		this.mvc
			.perform(post(path).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(who(username)))
				.with(csrf()))
			.andExpect(status().is2xxSuccessful());
	}

	/** A request submitted, taken and returned through the API: its id. */
	long returned() throws Exception {
		Map<String, Object> body = ReviewProposals.body(who("demo-officer").agencyId(), "G" + System.nanoTime(), "UNIT",
				"300000", false, List.of(), true);
		String response = this.mvc
			.perform(post("/api/v1/review/requests").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(who("demo-officer")))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(response).get("id").asLong();
		api("/api/v1/review/requests/" + id + "/take", Map.of(), "demo-reviewer");
		api("/api/v1/review/requests/" + id + "/return", ReviewProposals.returned(), "demo-reviewer");
		return id;
	}

	int version(long id) {
		return this.reviews.request(id, who("demo-head")).version();
	}

	ReviewRequest.Status statusOf(long id) {
		return this.reviews.request(id, who("demo-head")).status();
	}

	MockHttpServletRequestBuilder act(long id, String act, String username) {
		return post("/review/{id}/" + act, id).param("version", "" + version(id))
			.with(user(who(username)))
			.with(csrf());
	}

	String page(long id, String username) throws Exception {
		return this.mvc.perform(get("/review/{id}", id).with(user(who(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theSubmitterDisagreesOnThePageAfterConfirming() throws Exception {
		long id = returned();
		assertThat(page(id, "demo-officer")).contains("id=\"review-disagree\"", "提出异议");
		assertThat(page(id, "demo-officer2")).doesNotContain("id=\"review-disagree\"");
		assertThat(page(id, "demo-reviewer")).doesNotContain("id=\"review-disagree\"");
		assertThat(page(id, "demo-unithead")).contains("id=\"review-disagree\"");

		this.mvc.perform(act(id, "disagree", "demo-officer").param("reasons", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请写明异议的理由")))
			.andExpect(content().string(containsString("data-code=\"REVIEW_DISAGREE_REASONS\"")));
		this.mvc.perform(act(id, "disagree", "demo-officer2").param("reasons", "不同意"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有提交本申请的执法人员或承办机构负责人可以对审核意见提出异议")));
		this.mvc.perform(act(id, "disagree", "demo-officer").param("reasons", "监测报告已电子签章"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("确认提出异议"), containsString("监测报告已电子签章"))));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.RETURNED);
		int stale = version(id);
		this.mvc.perform(act(id, "disagree", "demo-officer").param("reasons", "监测报告已电子签章").param("confirmed", "true"))
			.andExpect(redirectedUrl("/review/" + id));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.DISPUTED);
		this.mvc
			.perform(post("/review/{id}/disagree", id).param("version", "" + stale)
				.param("reasons", "再次")
				.param("confirmed", "true")
				.with(user(who("demo-officer")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("刚刚已被他人处理")));
		assertThat(page(id, "demo-officer")).contains("异议与协调", "监测报告已电子签章").doesNotContain("id=\"review-disagree\"");
	}

	@Test
	void theReviewerRecordsTheCoordinationAndTheHeadRefersItToDiscussion() throws Exception {
		long id = returned();
		api("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "监测报告已电子签章"), "demo-officer");
		assertThat(page(id, "demo-reviewer")).contains("id=\"review-coordination\"");
		assertThat(page(id, "demo-officer")).doesNotContain("id=\"review-coordination\"");
		assertThat(page(id, "demo-head")).doesNotContain("id=\"review-coordination\"", "id=\"review-head-decision\"");

		this.mvc
			.perform(act(id, "coordination", "demo-reviewer").param("date", ReviewProposals.today().toString())
				.param("reviewerSide", "刘洋")
				.param("unitSide", "张伟、王强")
				.param("reviewerView", "印章缺失，证据不足")
				.param("unitView", "电子签章有效"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择协调结果")))
			.andExpect(content().string(containsString("印章缺失，证据不足")));
		this.mvc
			.perform(act(id, "coordination", "demo-reviewer").param("date", "2026-13-45").param("result", "UNRESOLVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("协调日期格式不正确")));
		MockHttpServletRequestBuilder coordination = act(id, "coordination", "demo-reviewer")
			.param("date", ReviewProposals.today().toString())
			.param("reviewerSide", "刘洋")
			.param("unitSide", "张伟、王强")
			.param("reviewerView", "印章缺失，证据不足")
			.param("unitView", "电子签章有效")
			.param("result", "UNRESOLVED");
		this.mvc.perform(coordination)
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("确认记录"), containsString("未能达成一致，报请机关负责人决定"), containsString("张伟、王强"))));
		this.mvc.perform(coordination.param("confirmed", "true")).andExpect(redirectedUrl("/review/" + id));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.AWAITING_HEAD);

		assertThat(page(id, "demo-head")).contains("id=\"review-head-decision\"", "提请机关负责人集体讨论");
		assertThat(page(id, "demo-reviewer")).doesNotContain("id=\"review-head-decision\"");
		this.mvc.perform(act(id, "head-decision", "demo-reviewer").param("decision", "REFER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("由本机关负责人决定或者提请集体讨论")));
		this.mvc.perform(act(id, "head-decision", "demo-head").param("decision", "ADOPT_UNIT").param("reasons", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("采纳承办机构意见的，请写明理由")));
		this.mvc.perform(act(id, "head-decision", "demo-head").param("decision", "REFER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认决定")));
		this.mvc.perform(act(id, "head-decision", "demo-head").param("decision", "REFER").param("confirmed", "true"))
			.andExpect(redirectedUrl("/review/" + id));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.IN_DISCUSSION);
		assertThat(page(id, "demo-head")).contains("id=\"review-discussion\"", "name=\"attendee.1.name\"")
			.doesNotContain("name=\"attendee.2.name\"");
		assertThat(page(id, "demo-officer")).doesNotContain("id=\"review-discussion\"");
	}

	MockHttpServletRequestBuilder discussion(long id, String op) {
		return discussion(id, op, "同意，证据充分");
	}

	MockHttpServletRequestBuilder discussion(long id, String op, String secondOpinion) {
		return act(id, "discussion", "demo-head").param("op", op)
			.param("date", ReviewProposals.today().toString())
			.param("place", "局三楼会议室")
			.param("presider", "陈静")
			.param("recorder", "王强")
			.param("attendee.0.name", "陈静")
			.param("attendee.0.opinion", "同意")
			.param("attendee.1.name", "赵刚")
			.param("attendee.1.opinion", secondOpinion)
			.param("conclusion", "按送审内容作出决定")
			.param("agreed", "true");
	}

	@Test
	void theHeadRecordsTheCollectiveDiscussionWithRowsAddedAndRemovedOnTheServer() throws Exception {
		long id = returned();
		api("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "监测报告已电子签章"), "demo-officer");
		api("/api/v1/review/requests/" + id + "/coordination", ReviewProposals.coordination("UNRESOLVED"),
				"demo-reviewer");
		api("/api/v1/review/requests/" + id + "/head-decision", Map.of("decision", "REFER"), "demo-head");

		this.mvc.perform(discussion(id, "add"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"attendee.2.name\"")))
			.andExpect(content().string(containsString("value=\"赵刚\"")));
		this.mvc.perform(discussion(id, "remove-0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"attendee.0.name\" maxlength=\"100\" value=\"赵刚\"")))
			.andExpect(content().string(not(containsString("name=\"attendee.1.name\""))));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.IN_DISCUSSION);

		this.mvc.perform(discussion(id, "record", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每条讨论意见须有出席人员姓名和意见")))
			.andExpect(content().string(containsString("value=\"局三楼会议室\"")));
		this.mvc
			.perform(act(id, "discussion", "demo-officer").param("op", "record")
				.param("date", ReviewProposals.today().toString())
				.param("place", "会议室")
				.param("presider", "陈静")
				.param("recorder", "王强")
				.param("attendee.0.name", "陈静")
				.param("attendee.0.opinion", "同意")
				.param("attendee.1.name", "赵刚")
				.param("attendee.1.opinion", "同意")
				.param("conclusion", "同意")
				.param("agreed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("集体讨论由本机关负责人记录")));
		this.mvc.perform(discussion(id, "record"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("确认记录并签发笔录"), containsString("同意，证据充分"))));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.IN_DISCUSSION);
		this.mvc.perform(discussion(id, "record").param("confirmed", "true")).andExpect(redirectedUrl("/review/" + id));
		assertThat(statusOf(id)).isEqualTo(ReviewRequest.Status.SETTLED);
		assertThat(page(id, "demo-officer")).contains("案件集体讨论笔录", "集体讨论同意按送审内容作出决定", "同意，证据充分")
			.doesNotContain("id=\"review-discussion\"");
	}

}
