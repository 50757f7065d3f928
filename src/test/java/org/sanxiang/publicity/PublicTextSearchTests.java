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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
	void thePublicApiKeepsNoSessionAndSendsTheSecurityHeaders() throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(get("/api/v1/public/decisions").param("q", "鸿运"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		// a request the API does not serve is still a problem detail, not a login page
		this.mvc.perform(get("/api/v1/public/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Set-Cookie"));
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

	@Test
	void theTotalIsExactUpToTheCapThenCappedAndEveryPageStillComesInOrder() throws Exception {
		long n = CASES.incrementAndGet();
		String marker = "批量标记" + n;
		List<Publication> few = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			few.add(published("海林市瑞丰热电有限公司" + marker + "案" + i, "热电厂烟尘超标" + marker + "。"));
		}
		String json = this.mvc.perform(get("/api/v1/public/decisions").param("q", marker).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.totalCapped").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> first = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].id");
		assertThat(first).hasSize(2);
		// a page past the first still says how many there are; a page past the end is
		// empty with the total
		this.mvc.perform(get("/api/v1/public/decisions").param("q", marker).param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(1));
		this.mvc.perform(get("/api/v1/public/decisions").param("q", marker).param("size", "2").param("page", "5"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(0));
		// beyond the cap: the count stops at it (shown as 10,000+), the page is still the
		// newest of all matches
		String many = "上限标记" + n;
		insertPublished(many, Publications.COUNT_CAP + 5);
		this.mvc.perform(get("/api/v1/public/decisions").param("q", many).param("size", "3"))
			.andExpect(jsonPath("$.total").value(Publications.COUNT_CAP))
			.andExpect(jsonPath("$.totalCapped").value(true))
			.andExpect(jsonPath("$.items[0].title").value(many + "第" + (Publications.COUNT_CAP + 4) + "号"))
			.andExpect(jsonPath("$.items[2].title").value(many + "第" + (Publications.COUNT_CAP + 2) + "号"));
		assertThat(page(many)).contains("共 10,000+ 条");
	}

	@Test
	void theDecisionListAndTheProceduresSpeakEnglishInTheEnglishUi() throws Exception {
		long n = CASES.get();
		Publication p = published("绥芬河市德昌木业有限公司英文界面案" + n, "当事人绥芬河市德昌木业有限公司粉尘超标。");
		String html = this.mvc
			.perform(post("/portal/decisions").with(csrf()).param("q", "英文界面案" + n).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(p.publicId())
			.contains(">Published</span>")
			.contains(">Withdrawn</option>")
			.doesNotContain("已公开", "已撤回", "公示期满");
		String procedures = this.mvc.perform(get("/portal/procedures").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(procedures).doesNotContain("起算，");
	}

	/** Inserts {@code count} published decisions straight into the table, newest last. */
	void insertPublished(String marker, int count) throws Exception {
		try (Connection c = this.dataSource.getConnection();
				java.sql.PreparedStatement s = c
					.prepareStatement("insert into publicity_publication (public_id, case_id,"
							+ " origin, agency_id, agency_name, kind, type_name, title, decided_on, due_on, working_days,"
							+ " original_text, proposed_title, proposed_text, published_title, published_text, search_text,"
							+ " status, version, text_version, published_on, expires_on, recorded_at, updated_at) values"
							+ " (?, ?, 'BENCH', ?, '测试局', 'PENALTY', '行政处罚决定', ?, ?, ?, 7, '正文', ?, '正文', ?, '正文', ?,"
							+ " 'PUBLISHED', 1, 1, ?, ?, current_timestamp, current_timestamp)")) {
			LocalDate first = LocalDate.parse("2020-01-01");
			for (int i = 0; i < count; i++) {
				long caseId = CASES.incrementAndGet();
				String title = marker + "第" + i + "号";
				LocalDate decided = first.plusDays(i / 10);
				s.setString(1, "cap" + caseId);
				s.setLong(2, caseId);
				s.setLong(3, this.publisher.agencyId());
				s.setString(4, title);
				s.setObject(5, decided);
				s.setObject(6, decided.plusDays(9));
				s.setString(7, title);
				s.setString(8, title);
				s.setString(9, Publications.searchText(title, "正文"));
				s.setObject(10, decided.plusDays(5));
				s.setObject(11, decided.plusYears(30));
				s.addBatch();
				if (i % 1000 == 999) {
					s.executeBatch();
				}
			}
			s.executeBatch();
		}
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
