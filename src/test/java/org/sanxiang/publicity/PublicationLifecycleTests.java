package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision's publication from issue to expiry: due on the right working day across the
 * National Day holiday, shown overdue on the publisher's board, approved (the redacted
 * copy only), withdrawn within 3 working days when revoked or changed (tombstone, reason,
 * link to the new decision), expired after its period; two approvals of the same version
 * — the second is a 409.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class PublicationLifecycleTests {

	private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(java.time.Instant.parse("2026-09-29T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal publisher;

	@BeforeEach
	void beforeTheNationalDay() {
		this.clock.set("2026-09-29");
		this.publisher = this.demo.principal("demo-publisher");
	}

	/** A decision whose free text (the basis it states) is {@code text}. */
	private Publication issued(long caseId, String title, String text) {
		this.publications.issued(new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), title,
				LocalDate.parse("2026-09-29"), "罚款人民币伍万元", "0".repeat(64), text, null));
		return this.publications.ofCase(caseId).get(0);
	}

	@Test
	void theTextToPublishStatesTheLawAndTheDiscretionAndNeverTheContentsDigest() {
		String digest = "5bc594ddf87a45256afd2f41ef25dc2c8fc53b74723526ed60b5b1628b469439";
		this.publications.issued(new CaseEvent.DecisionIssued(9101L, this.publisher.agencyId(), "某公司超标排放案",
				LocalDate.parse("2026-09-29"), "罚款 30000 元", digest, "《中华人民共和国大气污染防治法》第九十九条（2018年10月26日起施行）",
				"一般：超标倍数 0.5 倍以下"));
		Publication p = this.publications.ofCase(9101L).get(0);
		assertThat(p.originalText()).contains("罚款 30000 元", "适用依据：《中华人民共和国大气污染防治法》第九十九条", "裁量：一般")
			.doesNotContain(digest);
		assertThat(p.proposedText()).doesNotContain(digest);
	}

	private Publication approved(Publication p) {
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	@Test
	void aDecisionBeforeTheNationalDayIsDueOnTheSeventhWorkingDayAndShowsOverdueAfter() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = issued(caseId, "张三丰无证排污案" + caseId,
				"当事人张三丰，公民身份号码110101199003074514，电话13912345678，住址：牡丹江市东安区幸福路8号。");
		// 9-30, (10-1..10-7 off), 10-8, 10-9, 10-10 (调休 Saturday), 10-12, 10-13, 10-14
		assertThat(p.dueOn()).isEqualTo(LocalDate.parse("2026-10-14"));
		assertThat(p.status()).isEqualTo(Publication.Status.PENDING);
		assertThat(p.proposedTitle()).startsWith("张某某无证排污案").doesNotContain("张三丰");
		assertThat(p.proposedText()).doesNotContain("张三丰", "110101199003074514", "13912345678", "幸福路").contains("张某某");

		String due = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(due, "board-due")).contains("data-publication=\"" + p.id() + "\"");
		assertThat(section(due, "board-overdue")).doesNotContain("data-publication=\"" + p.id() + "\"");

		this.clock.set("2026-10-15");
		String overdue = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(overdue, "board-overdue")).contains("data-publication=\"" + p.id() + "\"");
		this.mvc.perform(get("/publicity/board").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

	@Test
	void approvedCopyIsServedAndARevocationWithdrawsItWithinThreeWorkingDays() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = approved(issued(caseId, "某化工公司超标排放案" + caseId, "法定代表人：李四海，手机 15812345678。"));
		assertThat(p.status()).isEqualTo(Publication.Status.PUBLISHED);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.containsString("李某某")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("李四海"))));
		this.mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.containsString(p.publicId())));

		this.clock.set("2026-09-30");
		this.publications.revoked(new CaseEvent.DecisionRevoked(caseId, this.publisher.agencyId(), p.title(),
				LocalDate.parse("2026-09-30"), "行政复议决定撤销", "认定事实不清"));
		Publication withdrawn = this.publications.ofCase(caseId).get(0);
		assertThat(withdrawn.status()).isEqualTo(Publication.Status.WITHDRAWN);
		assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.parse("2026-09-30"));
		assertThat(withdrawn.withdrawalDueOn()).isEqualTo(LocalDate.parse("2026-10-10"));
		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId()))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value(org.hamcrest.Matchers.containsString("认定事实不清")))
			.andExpect(jsonPath("$.text").doesNotExist());
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"decision-withdrawn\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"decision-text\""))));
	}

	@Test
	void aChangedDecisionIsWithdrawnAndLinksTheNewPublication() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication old = approved(issued(caseId, "某纸业公司超标排放案" + caseId, "按日连续处罚。"));
		this.clock.set("2026-10-09");
		this.publications.changed(new CaseEvent.DecisionChanged(caseId, this.publisher.agencyId(), old.title(),
				LocalDate.parse("2026-10-09"), "罚款人民币叁万元", "复议变更"));
		var all = this.publications.ofCase(caseId);
		assertThat(all).hasSize(2);
		assertThat(all.get(0).status()).isEqualTo(Publication.Status.WITHDRAWN);
		assertThat(all.get(0).replacedBy()).isEqualTo(all.get(1).id());
		assertThat(all.get(1).status()).isEqualTo(Publication.Status.PENDING);
		// 10-10 (调休), 10-12 … 10-16, 10-19
		assertThat(all.get(1).dueOn()).isEqualTo(LocalDate.parse("2026-10-19"));
		Publication next = approved(all.get(1));
		this.mvc.perform(get("/api/v1/public/decisions/{id}", old.publicId()))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.replacedBy").value(next.publicId()));
	}

	@Test
	void afterThePublicityPeriodItExpiresLeavingATombstone() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = approved(issued(caseId, "某砖厂扬尘案" + caseId, "责令改正。"));
		assertThat(p.expiresOn()).isEqualTo(LocalDate.parse("2029-09-29"));
		this.clock.set("2029-09-28");
		this.publications.expire();
		assertThat(this.publications.ofCase(caseId).get(0).status()).isEqualTo(Publication.Status.PUBLISHED);
		this.clock.set("2029-09-29");
		this.publications.expire();
		assertThat(this.publications.ofCase(caseId).get(0).status()).isEqualTo(Publication.Status.EXPIRED);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId()))
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.expiredOn").value("2029-09-29"))
			.andExpect(jsonPath("$.text").doesNotExist());
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"decision-expired\"")));
	}

	@Test
	void theSecondOfTwoApprovalsOfTheSameVersionIsAConflict() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = issued(caseId, "某水泥公司超标排放案" + caseId, "责令停产整治。");
		this.mvc
			.perform(post("/publicity/publications/{id}/approve", p.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", Integer.toString(p.version()))
				.param("title", p.proposedTitle())
				.param("text", p.proposedText()))
			.andExpect(status().is3xxRedirection());
		String lost = this.mvc
			.perform(post("/publicity/publications/{id}/refuse", p.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", Integer.toString(p.version()))
				.param("reason", "涉及国家秘密"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lost).contains("已公开");
		String race = this.mvc
			.perform(post("/publicity/publications/{id}/approve", p.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", Integer.toString(p.version()))
				.param("title", p.proposedTitle())
				.param("text", "更正"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(race).contains("刚被他人处理过");
		assertThat(this.publications.ofCase(caseId).get(0).textVersion()).isEqualTo(1);
	}

	@Test
	void anApprovalThatStillHoldsPersonalDataIsReShownWithTheReason() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = issued(caseId, "某砂场无证开采案" + caseId, "责令改正。");
		String page = this.mvc
			.perform(post("/publicity/publications/{id}/approve", p.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", Integer.toString(p.version()))
				.param("title", p.proposedTitle())
				.param("text", "联系电话 13912345678"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("公开文本仍含个人信息（电话号码）", "id=\"approve-form\"");
		String refused = this.mvc
			.perform(post("/publicity/publications/{id}/refuse", p.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", Integer.toString(p.version()))
				.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请填写不予公开的法定理由");
		assertThat(this.publications.ofCase(caseId).get(0).status()).isEqualTo(Publication.Status.PENDING);
	}

	@Test
	void theSearchFindsThePublishedTextOnlyAndEveryParameterIsChecked() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = approved(issued(caseId, "某印染公司超标排放案" + caseId, "当事人王五福偷排印染废水。"));
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "偷排印染废水").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
			.andExpect(jsonPath("$.items[?(@.id == '" + p.publicId() + "')]").exists());
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "王五福")).andExpect(jsonPath("$.total").value(0));
		String list = this.mvc.perform(post("/portal/decisions").with(csrf()).param("q", "偷排印染废水"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(p.publicId());
		this.mvc.perform(get("/api/v1/public/decisions.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
		this.mvc.perform(get("/api/v1/public/decisions/feed"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(p.publicId())));

		String[][] bad = { { "page", "-1" }, { "page", "x" }, { "size", "0" }, { "size", "1000" },
				{ "from", "2026-13-01" }, { "to", "昨天" }, { "type", "SECRET" }, { "status", "PENDING" },
				{ "agency", "abc" }, { "q", "长".repeat(51) } };
		for (String[] parameter : bad) {
			this.mvc.perform(get("/api/v1/public/decisions").param(parameter[0], parameter[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(".*[\\u4e00-\\u9fa5].*")));
		}
		this.mvc.perform(get("/api/v1/public/decisions").param("from", "2026-10-02").param("to", "2026-10-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("起始日期不能晚于截止日期。"));
		this.mvc.perform(get("/api/v1/public/decisions/{id}", "not-an-id")).andExpect(status().isNotFound());
		this.mvc.perform(post("/portal/decisions").with(csrf()).param("from", "2026/10/01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("起始日期应为 yyyy-MM-dd")));
	}

	@Test
	void aPendingPublicationIsNotPublic() throws Exception {
		long caseId = CASES.incrementAndGet();
		Publication p = issued(caseId, "某养殖场废水案" + caseId, "责令改正。");
		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId())).andExpect(status().isNotFound());
	}

}
