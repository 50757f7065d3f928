package org.sanxiang.publicity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Chinese full text over the published text (the public search's {@code q}) on H2: any
 * substring of two or more characters of the redacted copy, the same decisions on the
 * page and in the API; a one-character query is a 400 with a Chinese message, {@code %}
 * and {@code _} match only themselves. {@link PostgresPublicTextSearchTests} runs the
 * same on PostgreSQL and checks that the bigram index serves the query.
 */
@SpringBootTest(properties = { "sanxiang.test.context=publicity-text", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class PublicTextSearchTests {

	private static final AtomicLong CASES = new AtomicLong(800_000_000L + System.nanoTime() % 100_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DataSource dataSource;

	SanxiangPrincipal publisher;

	@BeforeEach
	void publisher() {
		this.publisher = this.demo.principal("demo-publisher");
	}

	Publication published(String title, String text) {
		long caseId = CASES.incrementAndGet();
		this.publications.issued(new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), title,
				LocalDate.parse("2026-09-29"), "罚款人民币伍万元", "0".repeat(64), text, null));
		Publication p = this.publications.ofCase(caseId).get(0);
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	List<String> api(String q) throws Exception {
		String json = this.mvc.perform(get("/api/v1/public/decisions").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(json, "$.items[*].id");
	}

	String page(String q) throws Exception {
		return this.mvc.perform(post("/portal/decisions").with(csrf()).param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anySubstringOfTwoOrMoreCharactersOfThePublishedTextFindsTheDecisionOnPageAndApi() throws Exception {
		long n = CASES.get();
		Publication dye = published("牡丹江鸿运印染有限公司超标排放案" + n, "当事人牡丹江鸿运印染有限公司于九月偷排印染废水" + n + "吨，污染松花江支流。");
		Publication paper = published("宁安北方造纸厂未批先建案" + n, "当事人宁安北方造纸厂未取得环评批复擅自开工建设。");
		for (String q : new String[] { "鸿运印染", "偷排印染废水" + n, "松花江支流", "印染", "鸿运" }) {
			assertThat(api(q)).as(q).contains(dye.publicId()).doesNotContain(paper.publicId());
			assertThat(page(q)).as(q).contains(dye.publicId()).doesNotContain(paper.publicId());
		}
		assertThat(api("北方造纸")).contains(paper.publicId()).doesNotContain(dye.publicId());
		// across title and text, never across two decisions; absent pairs find nothing
		assertThat(api("鸿运造纸")).doesNotContain(dye.publicId(), paper.publicId());
		assertThat(api("当事人")).contains(dye.publicId(), paper.publicId());
		// the same list, in the same order, on the page and in the API
		List<String> ids = api("当事人");
		String html = page("当事人");
		List<Integer> positions = new ArrayList<>();
		for (String id : ids.subList(0, Math.min(ids.size(), 20))) {
			assertThat(html).contains(id);
			positions.add(html.indexOf(id));
		}
		assertThat(positions).isSorted();
	}

	@Test
	void aOneCharacterQueryIsRefusedInChineseAndWildcardsMatchOnlyThemselves() throws Exception {
		long n = CASES.get();
		Publication p = published("林口县恒达建材厂粉尘超标案" + n, "粉尘排放浓度超标100%以上_复测" + n + "。");
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "印"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("关键词至少 2 个字")));
		this.mvc.perform(post("/portal/decisions").with(csrf()).param("q", " 印 "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("关键词至少 2 个字")));
		assertThat(api("100%以上_复测" + n)).containsExactly(p.publicId());
		assertThat(api("%%")).doesNotContain(p.publicId());
		assertThat(api("__")).doesNotContain(p.publicId());
	}

	/**
	 * The plan of the search's count on this database, with sequential scans discouraged.
	 */
	String plan(String q) throws Exception {
		StringBuilder plan = new StringBuilder();
		try (Connection c = this.dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("set enable_seqscan = off");
			try (ResultSet rs = s.executeQuery("explain select count(*) from publicity_publication"
					+ " where published_on is not null and publicity_bigrams(search_text) @> publicity_bigrams('" + q
					+ "') and search_text like '%" + q + "%'")) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			finally {
				s.execute("reset enable_seqscan");
			}
		}
		return plan.toString();
	}

}
