package org.sanxiang.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code ?lang=en}: the main content of the portal's pages, the publisher's and the
 * annual report's pages has no Chinese left where a translation exists — only data
 * (agency, officer and party names, the records' own titles) stays as it was recorded.
 */
@SpringBootTest(properties = { "sanxiang.test.context=statistics", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, AnnualReportTests.Clocks.class })
class EnglishPagesTests {

	private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sanxiang.publicity.RemedyChannels remedies;

	@Autowired
	org.sanxiang.casefile.Cases cases;

	@Autowired
	org.sanxiang.officer.OfficerRegistry officers;

	@Autowired
	org.sanxiang.core.BusinessTime time;

	@Autowired
	org.sanxiang.document.Documents documents;

	@Autowired
	org.sanxiang.document.DocumentTypes types;

	@Autowired
	org.sanxiang.evidence.EvidenceItems evidence;

	/**
	 * What people recorded: names and titles stay in the language they were written in.
	 */
	List<String> data() {
		List<String> data = new ArrayList<>();
		for (String sql : List.of("select name from agency", "select short_name from agency",
				"select name from department", "select name from officer", "select issuing_authority from officer",
				"select display_name from account", "select title from penalty_case",
				"select label from statistics_fact", "select subject from publicity_registry_change",
				"select legal_source from time_limit_rule", "select start_event from time_limit_rule",
				"select title from publicity_publication", "select proposed_title from publicity_publication",
				"select original_text from publicity_publication", "select proposed_text from publicity_publication",
				"select agency_name from publicity_publication", "select equipment from recording_rules",
				"select usage_rules from recording_rules", "select applicable_scope from recording_rules",
				"select record_elements from recording_rules", "select storage_rules from recording_rules",
				"select party_name from publicity_credit", "select party_name_public from publicity_credit",
				"select basis from publicity_credit")) {
			data.addAll(this.jdbc.sql(sql).query(String.class).list());
		}
		// the 双公示 处罚类别 as recorded, shown joined with 信用中国's separator in the
		// publisher's form
		for (String types : this.jdbc.sql("select penalty_types from publicity_credit").query(String.class).list()) {
			data.add(String.join("；", types.split("[;；,，|]")));
			data.addAll(List.of(types.split("[;；,，|]")));
		}
		data.add(this.remedies.reviewBody());
		data.add(this.remedies.court());
		data.removeIf((s) -> s == null || s.isBlank());
		data.sort(Comparator.comparingInt(String::length).reversed());
		return data;
	}

	List<String> chineseLeft(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher main = MAIN.matcher(html);
		assertThat(main.find()).as("a <main> element").isTrue();
		String text = main.group(1).replaceAll("<script.*?</script>", "");
		for (String value : data()) {
			text = text.replace(value, "").replace(org.springframework.web.util.HtmlUtils.htmlEscape(value), "");
		}
		List<String> left = new ArrayList<>();
		Matcher cjk = CJK.matcher(text);
		while (cjk.find()) {
			left.add(cjk.group());
		}
		return left;
	}

	@Test
	void theAnnualReportPagesAreInEnglish() throws Exception {
		var head = user(this.demo.principal("demo-head"));
		assertThat(chineseLeft(get("/statistics/annual").param("year", "2026").with(head))).isEmpty();
		assertThat(chineseLeft(get("/statistics/annual").param("year", "1999").with(head))).isEmpty();
		assertThat(chineseLeft(
				get("/statistics/annual/records").param("year", "2026").param("figure", "PENALTY:FINE").with(head)))
			.isEmpty();
	}

	@Test
	void thePortalAndThePublishersPagesAreInEnglish() throws Exception {
		java.util.Map<String, List<String>> left = new java.util.TreeMap<>();
		for (String page : List.of("/", "/portal/agencies", "/portal/officers", "/portal/procedures",
				"/portal/remedies", "/portal/video-recording", "/portal/guide", "/portal/decisions",
				"/portal/inspection-results")) {
			left.put(page, chineseLeft(get(page)));
		}
		// a decision of its own awaits the publisher's approval (due, on the board)
		long caseId = new org.sanxiang.casefile.CaseStages(this.cases, this.officers, this.time, this.demo,
				this.documents, this.types, this.evidence)
			.decisionServed("牡丹江某化工有限公司");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from publicity_publication where case_id = :id")
				.param("id", caseId)
				.query(Long.class)
				.single() == 1);
		long publication = this.jdbc.sql("select id from publicity_publication where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
		var publisher = user(this.demo.principal("demo-publisher"));
		String board = this.mvc.perform(get("/publicity/board").param("lang", "en").with(publisher))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("/publicity/publications/" + publication);
		for (String page : List.of("/publicity/board", "/publicity/portal-updates",
				"/publicity/publications/" + publication)) {
			left.put(page, chineseLeft(get(page).with(publisher)));
		}
		// a refusal shown in place is in English too
		String refused = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/publicity/publications/{id}/approve", publication)
				.param("lang", "en")
				.param("version", "0")
				.param("title", "")
				.param("text", "")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(publisher))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Fill in the title, the text or the legal reason.").doesNotContain("请填写");
		left.values().removeIf(List::isEmpty);
		assertThat(left).as("Chinese left on the pages in English").isEmpty();
	}

	@Test
	void theProceduresNamesAndStepsAreInEnglish() throws Exception {
		String html = this.mvc.perform(get("/portal/procedures").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("General procedure (administrative penalty)", "Case filed", "Penalty decision",
					"Release decision served", "(Administrative Coercion Law, chapter 3)")
			.doesNotContain("一般程序（行政处罚）", "调查取证", "送达解除查封、扣押决定");
		assertThat(this.mvc.perform(get("/portal/procedures")).andReturn().getResponse().getContentAsString())
			.contains("一般程序（行政处罚）", "（行政强制法 第三章）");
	}

}
