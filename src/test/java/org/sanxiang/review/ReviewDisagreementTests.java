package org.sanxiang.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disagreement with a return (issue 15 point 6): the handling unit's 异议, the coordination
 * record, the agency head's decision or referral to collective discussion, each act's
 * refusals (wrong person, wrong state, a lost race) and the gate, which opens only for
 * exactly the snapshot the head decided for or a collective discussion agreed on.
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewDisagreementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewRequestRepository repository;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal reviewer() {
		return this.demo.principal("demo-reviewer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	JsonNode post(String path, Object body, SanxiangPrincipal who, ResultMatcher expected) throws Exception {
		String response = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(who))
				.with(csrf()))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return response.isEmpty() ? null : this.json.readTree(response);
	}

	JsonNode gate(String digest) throws Exception {
		return this.json
			.readTree(this.mvc.perform(get("/api/v1/review/gate").param("digest", digest).with(user(officer())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	String digestOf(String subject, String fine) throws Exception {
		return post("/api/v1/review/classify", proposal(subject, fine), officer(), status().isOk())
			.at("/classification/digest")
			.asString();
	}

	Map<String, Object> proposal(String subject, String fine) {
		return ReviewProposals.body(officer().agencyId(), subject, "UNIT", fine, false, List.of(), true);
	}

	/** A request submitted, taken and returned: its id. */
	long returned(String subject, String fine) throws Exception {
		long id = post("/api/v1/review/requests", proposal(subject, fine), officer(), status().isCreated()).get("id")
			.asLong();
		post("/api/v1/review/requests/" + id + "/take", Map.of(), reviewer(), status().isOk());
		post("/api/v1/review/requests/" + id + "/return", ReviewProposals.returned(), reviewer(), status().isOk());
		return id;
	}

	/** Returned, disputed by the officer and coordinated without agreement: its id. */
	long awaitingHead(String subject, String fine) throws Exception {
		long id = returned(subject, fine);
		post("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "监测报告已电子签章"), officer(), status().isOk());
		post("/api/v1/review/requests/" + id + "/coordination", ReviewProposals.coordination("UNRESOLVED"), reviewer(),
				status().isOk());
		return id;
	}

	static String code(JsonNode problem) {
		return problem.get("code").asString();
	}

	@Test
	void theUnitDisagreesTheCoordinationFailsAndTheHeadAdoptsTheUnitsViewForExactlyThatSnapshot() throws Exception {
		String subject = "X" + System.nanoTime();
		long id = returned(subject, "300000");
		String digest = digestOf(subject, "300000");
		String path = "/api/v1/review/requests/" + id;
		assertThat(gate(digest).get("allowed").asBoolean()).isFalse();

		assertThat(code(post(path + "/disagree", Map.of("reasons", "不同意"), this.demo.principal("demo-officer2"),
				status().isForbidden())))
			.isEqualTo("REVIEW_DISAGREE_REFUSED");
		assertThat(code(post(path + "/disagree", Map.of("reasons", "不同意"), reviewer(), status().isForbidden())))
			.isEqualTo("REVIEW_DISAGREE_REFUSED");
		assertThat(code(post(path + "/disagree", Map.of("reasons", " "), officer(), status().isUnprocessableContent())))
			.isEqualTo("REVIEW_DISAGREE_REASONS");
		assertThat(code(post(path + "/coordination", ReviewProposals.coordination("UNRESOLVED"), reviewer(),
				status().isConflict())))
			.isEqualTo("REVIEW_STATUS");
		JsonNode disputed = post(path + "/disagree", Map.of("reasons", "监测报告已由检测机构电子签章，无需另行盖章"), officer(),
				status().isOk());
		assertThat(disputed.get("status").asString()).isEqualTo("DISPUTED");
		assertThat(disputed.at("/disputes/0/round").asInt()).isEqualTo(1);
		assertThat(disputed.at("/disputes/0/reasons").asString()).contains("电子签章");
		post(path + "/disagree", Map.of("reasons", "再次异议"), officer(), status().isConflict());
		post(path + "/resubmit", Map.of("decision", proposal(subject, "300000"), "answers", List.of("已整改")), officer(),
				status().isConflict());

		assertThat(code(post(path + "/coordination", ReviewProposals.coordination("UNRESOLVED"), officer(),
				status().isForbidden())))
			.isEqualTo("REVIEW_COORDINATION_REFUSED");
		Map<String, Object> noUnit = new java.util.HashMap<>(ReviewProposals.coordination("UNRESOLVED"));
		noUnit.put("unitSide", List.of(" "));
		assertThat(post(path + "/coordination", noUnit, reviewer(), status().isUnprocessableContent()).get("detail")
			.asString()).contains("承办机构一方的参加人员");
		Map<String, Object> future = new java.util.HashMap<>(ReviewProposals.coordination("UNRESOLVED"));
		future.put("date", ReviewProposals.today().plusDays(1).toString());
		post(path + "/coordination", future, reviewer(), status().isUnprocessableContent());
		assertThat(code(post(path + "/head-decision", Map.of("decision", "ADOPT_UNIT", "reasons", "证据充分"), head(),
				status().isConflict())))
			.isEqualTo("REVIEW_STATUS");
		JsonNode coordinated = post(path + "/coordination", ReviewProposals.coordination("UNRESOLVED"), reviewer(),
				status().isOk());
		assertThat(coordinated.get("status").asString()).isEqualTo("AWAITING_HEAD");
		assertThat(coordinated.at("/disputes/0/coordination/unitSide").toString()).contains("张伟", "王强");

		assertThat(code(post(path + "/head-decision", Map.of("decision", "ADOPT_UNIT", "reasons", "证据充分"), reviewer(),
				status().isForbidden())))
			.isEqualTo("REVIEW_HEAD_DECISION_REFUSED");
		post(path + "/head-decision", Map.of("decision", "ADOPT_UNIT", "reasons", "证据充分"),
				this.demo.principal("demo-unithead"), status().isForbidden());
		assertThat(post(path + "/head-decision", Map.of("decision", "ADOPT_UNIT", "reasons", " "), head(),
				status().isUnprocessableContent())
			.get("detail")
			.asString()).contains("请写明理由");
		JsonNode settled = post(path + "/head-decision",
				Map.of("decision", "ADOPT_UNIT", "reasons", "电子签章的监测报告合法有效，证据充分"), head(), status().isOk());
		assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
		assertThat(settled.at("/rounds/0/settledBy").asString()).isEqualTo("HEAD");
		post(path + "/head-decision", Map.of("decision", "REFER"), head(), status().isConflict());
		post(path + "/disagree", Map.of("reasons", "再次异议"), officer(), status().isConflict());

		JsonNode open = gate(digest);
		assertThat(open.get("allowed").asBoolean()).isTrue();
		assertThat(open.get("reason").asString()).contains("机关负责人决定采纳承办机构意见");
		assertThat(open.get("requestId").asLong()).isEqualTo(id);
		assertThat(gate(digestOf(subject, "290000")).get("allowed").asBoolean()).isFalse();
	}

	@Test
	void theHeadAdoptsTheReviewOpinionAndTheUnitMustFix() throws Exception {
		String subject = "Y" + System.nanoTime();
		long id = awaitingHead(subject, "300000");
		post("/api/v1/review/requests/" + id + "/head-decision", Map.of(), head(), status().isUnprocessableContent());
		JsonNode returned = post("/api/v1/review/requests/" + id + "/head-decision",
				Map.of("decision", "ADOPT_REVIEW", "reasons", "应当补充盖章的监测报告"), head(), status().isOk());
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.at("/disputes/0/headDecision").asString()).isEqualTo("ADOPT_REVIEW");
		assertThat(gate(digestOf(subject, "300000")).get("allowed").asBoolean()).isFalse();
		assertThat(code(post("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "仍不同意"), officer(),
				status().isConflict())))
			.isEqualTo("REVIEW_ALREADY_DISPUTED");
		post("/api/v1/review/requests/" + id + "/resubmit",
				Map.of("decision", proposal(subject, "300000"), "answers", List.of("已补充加盖印章的监测报告")), officer(),
				status().isOk());
	}

	@Test
	void aReferredDisagreementIsSettledOnlyByAnAgreeingCollectiveDiscussion() throws Exception {
		String subject = "Z" + System.nanoTime();
		long id = awaitingHead(subject, "300000");
		String path = "/api/v1/review/requests/" + id;
		String digest = digestOf(subject, "300000");
		assertThat(post(path + "/head-decision", Map.of("decision", "REFER"), head(), status().isOk()).get("status")
			.asString()).isEqualTo("IN_DISCUSSION");
		assertThat(gate(digest).get("allowed").asBoolean()).isFalse();
		post(path + "/discussion", ReviewProposals.discussion(true), officer(), status().isForbidden());
		JsonNode settled = post(path + "/discussion", ReviewProposals.discussion(true), head(), status().isOk());
		assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
		assertThat(settled.at("/rounds/0/settledBy").asString()).isEqualTo("DISCUSSION");
		post(path + "/discussion", ReviewProposals.discussion(true), head(), status().isConflict());
		JsonNode open = gate(digest);
		assertThat(open.get("allowed").asBoolean()).isTrue();
		assertThat(open.get("reason").asString()).contains("集体讨论同意按送审内容作出决定");
		long record = this.repository.findById(id).orElseThrow().discussionDocumentId();
		String document = this.mvc.perform(get("/api/v1/documents/{id}", record).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).contains("承办机构对法制审核意见有异议", "同意按送审内容作出决定", "电子签章");
		assertThat(gate(digestOf(subject, "310000")).get("allowed").asBoolean()).isFalse();

		String other = "Z" + System.nanoTime();
		long refused = awaitingHead(other, "300000");
		post("/api/v1/review/requests/" + refused + "/head-decision", Map.of("decision", "REFER"), head(),
				status().isOk());
		JsonNode back = post("/api/v1/review/requests/" + refused + "/discussion", ReviewProposals.discussion(false),
				head(), status().isOk());
		assertThat(back.get("status").asString()).isEqualTo("RETURNED");
		assertThat(gate(digestOf(other, "300000")).get("allowed").asBoolean()).isFalse();
	}

	@Test
	void theUnitAcceptsOrTheReviewerWithdrawsAndPassesInANewRound() throws Exception {
		String accepted = "A" + System.nanoTime();
		long id = returned(accepted, "300000");
		post("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "监测报告已电子签章"),
				this.demo.principal("demo-unithead"), status().isOk());
		JsonNode back = post("/api/v1/review/requests/" + id + "/coordination",
				ReviewProposals.coordination("UNIT_ACCEPTS"), reviewer(), status().isOk());
		assertThat(back.get("status").asString()).isEqualTo("RETURNED");
		post("/api/v1/review/requests/" + id + "/disagree", Map.of("reasons", "再次异议"), officer(),
				status().isConflict());

		String withdrawn = "W" + System.nanoTime();
		long again = returned(withdrawn, "300000");
		String digest = digestOf(withdrawn, "300000");
		post("/api/v1/review/requests/" + again + "/disagree", Map.of("reasons", "监测报告已电子签章"), officer(),
				status().isOk());
		JsonNode reopened = post("/api/v1/review/requests/" + again + "/coordination",
				ReviewProposals.coordination("REVIEWER_WITHDRAWS"), reviewer(), status().isOk());
		assertThat(reopened.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(reopened.get("rounds")).hasSize(2);
		assertThat(reopened.at("/rounds/1/digest").asString()).isEqualTo(digest);
		assertThat(gate(digest).get("allowed").asBoolean()).isFalse();
		JsonNode passed = post("/api/v1/review/requests/" + again + "/pass",
				Map.of("findings", ReviewProposals.findings(null)), reviewer(), status().isOk());
		assertThat(passed.at("/rounds/1/opinionDocumentId").asLong()).isPositive();
		assertThat(gate(digest).get("allowed").asBoolean()).isTrue();
	}

	@Test
	void aDecisionThatNeedsDiscussionWaitsForItEvenWhenTheHeadAdoptedTheUnitsView() throws Exception {
		String subject = "H" + System.nanoTime();
		long id = awaitingHead(subject, "600000");
		String digest = digestOf(subject, "600000");
		post("/api/v1/review/requests/" + id + "/head-decision", Map.of("decision", "ADOPT_UNIT", "reasons", "证据充分"),
				head(), status().isOk());
		JsonNode waiting = gate(digest);
		assertThat(waiting.get("allowed").asBoolean()).isFalse();
		assertThat(waiting.get("reason").asString()).contains("集体讨论尚未作出结论");
		post("/api/v1/review/requests/" + id + "/discussion", ReviewProposals.discussion(true), head(),
				status().isOk());
		assertThat(gate(digest).get("allowed").asBoolean()).isTrue();
		post("/api/v1/review/requests/" + id + "/discussion", ReviewProposals.discussion(true), head(),
				status().isConflict());
	}

	@Autowired
	ReviewTodos todos;

	List<org.sanxiang.core.TodoItem> todosOf(String username, long id) {
		SanxiangPrincipal who = this.demo.principal(username);
		return this.todos
			.todosFor(who, who.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
					who.dataScope().agencyIds())
			.stream()
			.filter((todo) -> todo.link().equals("/review/" + id))
			.toList();
	}

	@Test
	void theUnitTheReviewerAndTheHeadFindTheirPartOfADisagreementOnTheirToDoLists() throws Exception {
		long id = returned("T" + System.nanoTime(), "300000");
		String path = "/api/v1/review/requests/" + id;
		assertThat(todosOf("demo-officer", id)).singleElement()
			.satisfies((todo) -> assertThat(todo.detail()).contains("可以提出异议"));
		post(path + "/disagree", Map.of("reasons", "监测报告已电子签章"), officer(), status().isOk());
		assertThat(todosOf("demo-officer", id)).isEmpty();
		assertThat(todosOf("demo-reviewer", id)).singleElement()
			.satisfies((todo) -> assertThat(todo.title()).startsWith("承办机构对审核意见有异议，待协调："));
		assertThat(todosOf("demo-head", id)).isEmpty();
		post(path + "/coordination", ReviewProposals.coordination("UNRESOLVED"), reviewer(), status().isOk());
		assertThat(todosOf("demo-reviewer", id)).isEmpty();
		assertThat(todosOf("demo-head", id)).singleElement()
			.satisfies((todo) -> assertThat(todo.title()).startsWith("审核异议协调未果，待您决定："));
		post(path + "/head-decision", Map.of("decision", "REFER"), head(), status().isOk());
		assertThat(todosOf("demo-head", id)).singleElement()
			.satisfies((todo) -> assertThat(todo.title()).startsWith("待集体讨论："));
		post(path + "/discussion", ReviewProposals.discussion(false), head(), status().isOk());
		assertThat(todosOf("demo-head", id)).isEmpty();
		assertThat(todosOf("demo-officer", id)).singleElement()
			.satisfies((todo) -> assertThat(todo.detail()).doesNotContain("可以提出异议"));
	}

	@Test
	void ofTwoHeadDecisionsOnOneLoadedVersionTheSecondLosesTheRace() throws Exception {
		long id = awaitingHead("R" + System.nanoTime(), "300000");
		ReviewRequest first = this.repository.findById(id).orElseThrow();
		ReviewRequest second = this.repository.findById(id).orElseThrow();
		first.decideDispute(ReviewDispute.HeadDecision.REFER, null, "demo-head", "陈静", java.time.Instant.now());
		second.decideDispute(ReviewDispute.HeadDecision.ADOPT_UNIT, "证据充分", "demo-head", "陈静", java.time.Instant.now());
		this.repository.save(first);
		assertThatThrownBy(() -> this.repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.repository.findById(id).orElseThrow().status()).isEqualTo(ReviewRequest.Status.IN_DISCUSSION);

		long raced = awaitingHead("R" + System.nanoTime(), "300000");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> {
					try {
						this.reviews.decideDispute(raced, ReviewDispute.HeadDecision.ADOPT_REVIEW, null, head());
						return 200;
					}
					catch (RuleViolation ex) {
						return ex.status().value();
					}
					catch (OptimisticLockingFailureException ex) {
						return 409;
					}
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 409).filteredOn((s) -> s == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
