package org.sanxiang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.NavigationEntry;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The small things a person notices on the pages: labels that say what a field is, a form
 * that keeps what was typed, no roadmap notes, an icon, the current page marked, lists
 * that can become cards at phone width, a portal without scripts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class WebUsabilityTests {

	/** Notes about what the product will do some day, which people must not read. */
	static final List<String> ROADMAP_NOTES = List.of("上线后", "待核", "敬请期待", "即将上线", "后续版本", "后续将", "开发中", "建设中",
			"coming soon", "once the capability", "will appear here", "TODO");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	List<NavigationEntry> navigation;

	String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.principal(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theDepartmentFormLabelsItsNameFieldAsTheDepartmentsName() throws Exception {
		String html = page("demo-sysadmin", "/admin/system/agencies");
		assertThat(html).containsPattern("<label [^>]*for=\"dep-name\"[^>]*>机构名称</label>")
			.containsPattern("<label [^>]*for=\"name\"[^>]*>执法主体名称</label>")
			.doesNotContainPattern("for=\"dep-name\"[^>]*>姓名<");
	}

	@Test
	void aPartyFormRefusedForAnotherFieldKeepsThePhonesThatWereTyped() throws Exception {
		String html = this.mvc
			.perform(post("/subjects").with(user(this.accounts.principal("demo-officer")))
				.with(csrf())
				.param("kind", "ORGANISATION")
				.param("name", "")
				.param("creditCode", "91350100M000100Y44")
				.param("regionCode", "231002")
				.param("phone", "13904531234")
				.param("contact0Name", "李四")
				.param("contact0Phone", "13645367788")
				.param("contact1Name", "王五")
				.param("contact1Phone", "0453-6221234"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"form-errors\"")
			.containsPattern("<input [^>]*id=\"phone\"[^>]*value=\"13904531234\"")
			.containsPattern("<input [^>]*name=\"contact0Phone\"[^>]*value=\"13645367788\"")
			.containsPattern("<input [^>]*name=\"contact1Phone\"[^>]*value=\"0453-6221234\"");
	}

	@Test
	void aPersonFormRefusedForAnotherFieldKeepsTheIdNumberAndPhone() throws Exception {
		String idNumber = org.sanxiang.core.IdNumber.withCheckDigit("23100219800315123");
		String html = this.mvc
			.perform(post("/subjects").with(user(this.accounts.principal("demo-officer")))
				.with(csrf())
				.param("kind", "PERSON")
				.param("name", "")
				.param("idNumber", idNumber)
				.param("phone", "13904531234"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).containsPattern("<input [^>]*id=\"idNumber\"[^>]*value=\"" + idNumber + "\"")
			.containsPattern("<input [^>]*id=\"phone\"[^>]*value=\"13904531234\"");
	}

	@Test
	void noMessageTemplateOrTimeLimitCarriesARoadmapNote() throws IOException {
		List<String> found = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> texts = new ArrayList<>(List.of(resolver.getResources("classpath*:i18n/*.properties")));
		texts.addAll(List.of(resolver.getResources("classpath*:templates/**/*.html")));
		assertThat(texts).hasSizeGreaterThan(10);
		for (Resource text : texts) {
			String content = text.getContentAsString(StandardCharsets.UTF_8);
			ROADMAP_NOTES.stream()
				.filter(content::contains)
				.forEach((note) -> found.add(text.getFilename() + ": " + note));
		}
		for (String source : this.jdbc.sql("select legal_source from time_limit_rule").query(String.class).list()) {
			ROADMAP_NOTES.stream().filter(source::contains).forEach((note) -> found.add("time_limit_rule: " + source));
		}
		assertThat(found).as("roadmap notes shown to people").isEmpty();
	}

	@Test
	void aPartysFileLeavesOutTheSectionsNoModuleRecordsYet() throws Exception {
		long partyId = this.jdbc
			.sql("select p.id from subject_party p join agency a on a.id = p.agency_id where a.code = 'HLJ-MDJ' "
					+ "order by p.id limit 1")
			.query(Long.class)
			.single();
		String html = page("demo-officer", "/subjects/" + partyId);
		assertThat(html)
			.contains("id=\"section-document\"", "id=\"section-decision\"", "id=\"section-case\"",
					"id=\"section-clue\"")
			.doesNotContain("id=\"section-inspection\"", "id=\"section-evidence\"");
	}

	@Test
	void thePortalHomeShowsOnlySectionsThatCanHaveContent() throws Exception {
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("执法决定公示", "暂无公示的行政执法决定", "执法证查询", "href=\"/portal/inspection-results\"")
			.doesNotContain("执法统计年报");
	}

	@Test
	void everyPageLinksTheIconAndTheClassicIconAddressLeadsToIt() throws Exception {
		String icon = "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">";
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(icon);
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(icon);
		assertThat(page("demo-officer", "/workspace")).contains(icon);
		this.mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/favicon.svg"));
	}

	@Test
	void theNavigationMarksTheCurrentPageAndOnlyIt() throws Exception {
		String documents = page("demo-officer", "/documents");
		assertThat(current(documents)).containsExactly("/documents");
		assertThat(current(page("demo-officer", "/workspace"))).containsExactly("/workspace");
		assertThat(current(page("demo-officer", "/workspace/calendar"))).containsExactly("/workspace/calendar");
		assertThat(current(page("demo-officer", "/officers"))).containsExactly("/officers");
		String accounts = page("demo-sysadmin", "/admin/system/accounts");
		assertThat(current(accounts)).containsExactly("/admin/system/accounts");
		assertThat(accounts).containsPattern("class=\"nav-link dropdown-toggle active\"");
		assertThat(current(page("demo-auditor", "/admin/audit"))).containsExactly("/admin/audit");
		assertThat(current(page("demo-auditor", "/admin/audit/ledger"))).containsExactly("/admin/audit/ledger");
	}

	/**
	 * The modules' links are shown to exactly those the committed endpoint policy lets
	 * open them: a link without roles leads to a page for everyone (or every signed-in
	 * account), a link with roles to a page for those roles.
	 */
	@Test
	void everyNavigationLinkIsShownToThoseThePolicyLetsOpenIt() throws IOException {
		Map<String, String> access = new HashMap<>();
		String table = new String(new ClassPathResource("security/endpoint-policy.tsv").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		for (String line : table.split("\n")) {
			String[] cells = line.split("\t");
			if (!line.startsWith("#") && cells.length == 3 && cells[0].equals("GET")) {
				access.put(cells[1], cells[2].trim());
			}
		}
		assertThat(this.navigation).hasSizeGreaterThanOrEqualTo(17);
		for (NavigationEntry entry : this.navigation) {
			assertThat(access).as("policy row of GET %s", entry.path()).containsKey(entry.path());
			String allowed = access.get(entry.path());
			if (entry.roles().isEmpty()) {
				assertThat(allowed).as(entry.path()).isIn("PUBLIC", "AUTHENTICATED");
			}
			else {
				assertThat(Set.of(allowed.split(","))).as(entry.path()).isEqualTo(entry.roles());
			}
		}
	}

	@Test
	void eachRoleSeesTheModulesLinksItMayOpenAndNoOthers() throws Exception {
		assertThat(page("demo-officer", "/workspace"))
			.contains("href=\"/officers\"", "href=\"/subjects\"", "href=\"/documents\"", "href=\"/legal\"",
					"href=\"/workspace/calendar\"")
			.doesNotContain("href=\"/admin/");
		assertThat(page("demo-sysadmin", "/workspace"))
			.contains("href=\"/admin/system/agencies\"", "href=\"/admin/system/document-numbers\"",
					"href=\"/admin/system/personal-data-keys\"")
			.doesNotContain("href=\"/officers\"", "href=\"/admin/audit\"", "href=\"/admin/security/accounts\"");
		assertThat(page("demo-auditor", "/workspace")).contains("href=\"/admin/audit\"", "href=\"/admin/audit/ledger\"")
			.doesNotContain("href=\"/documents\"", "href=\"/admin/system/");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("href=\"/portal/powers\"", "href=\"/portal/discretion\"", "href=\"/portal/verify\"");
	}

	/** The links of the page marked {@code aria-current="page"}. */
	static List<String> current(String html) {
		List<String> links = new ArrayList<>();
		Matcher anchors = Pattern.compile("<a [^>]*>").matcher(html);
		while (anchors.find()) {
			String anchor = anchors.group();
			Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(anchor);
			if (anchor.contains("aria-current=\"page\"") && href.find()) {
				links.add(href.group(1));
			}
		}
		return links;
	}

	@Test
	void thePublicPortalLoadsNoScriptsWhileStaffPagesDo() throws Exception {
		for (String path : List.of("/", "/portal/verify", "/portal/powers")) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.as(path)
				.doesNotContain("<script");
		}
		assertThat(page("demo-officer", "/documents")).contains("bootstrap.bundle.min.js", "htmx.min.js");
	}

	@Test
	void everyCellOfTheListsCarriesItsLabelForPhoneCards() throws Exception {
		var officer = this.accounts.principal("demo-officer");
		this.documents.draft("FILING_APPROVAL", java.util.Map.of(), null, officer, officer.dataScope().agencyIds());
		this.mvc.perform(get("/admin/audit").with(user(officer))).andExpect(status().isForbidden());
		assertLabelled(page("demo-officer", "/documents"), "document-table");
		assertLabelled(page("demo-officer", "/subjects"), "subject-table");
		assertLabelled(page("demo-officer", "/officers"), "officer-table");
		assertLabelled(page("demo-auditor", "/admin/audit"), "audit-table");
		assertLabelled(page("demo-sysadmin", "/admin/system/accounts"), "account-table");
	}

	static void assertLabelled(String html, String tableId) {
		Matcher table = Pattern
			.compile("<table class=\"[^\"]*\\bsx-cards\\b[^\"]*\" id=\"" + tableId + "\">(.*?)</table>", Pattern.DOTALL)
			.matcher(html);
		assertThat(table.find()).as(tableId + " is a table.sx-cards").isTrue();
		String body = table.group(1).substring(table.group(1).indexOf("<tbody>"));
		Matcher cells = Pattern.compile("<td\\b[^>]*>").matcher(body);
		int labelled = 0;
		while (cells.find()) {
			String cell = cells.group();
			if (!cell.contains("colspan")) {
				assertThat(cell).as(tableId).containsPattern("data-label=\"[^\"]+\"");
				labelled++;
			}
		}
		assertThat(labelled).as(tableId + " has rows").isPositive();
	}

	/**
	 * The top bar groups the modules' links in drop-downs (执法办案 ▾, 法制审核 ▾ …), a few
	 * entries wide, each role still seeing only its links.
	 */
	@Test
	void theTopBarGroupsTheLinksInDropDownsAndEachRoleSeesOnlyItsOwn() throws Exception {
		String officer = topBar(page("demo-officer", "/workspace"));
		assertThat(officer).contains(">执法办案</a>", ">法制审核</a>", ">基础信息</a>", ">期限管理</a>")
			.contains("href=\"/cases\"", "href=\"/cases/clues\"", "href=\"/documents\"", "href=\"/evidence\"")
			.doesNotContain("href=\"/cases/overview\"", "href=\"/review/catalogue\"", ">审计</a>");
		assertThat(officer.split("<li class=\"nav-item").length - 1).isLessThanOrEqualTo(7);
		String head = topBar(page("demo-head", "/workspace"));
		assertThat(head).contains("href=\"/cases/overview\"", "href=\"/review/catalogue\"");
		String auditor = topBar(page("demo-auditor", "/workspace"));
		assertThat(auditor).contains(">审计</a>", "href=\"/admin/audit/ledger\"").doesNotContain(">执法办案</a>");
	}

	private static String topBar(String page) {
		return page.substring(page.indexOf("id=\"sx-nav\""), page.indexOf("</nav>"));
	}

}
