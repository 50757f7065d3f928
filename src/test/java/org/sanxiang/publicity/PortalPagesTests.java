package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerPublicTokens;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 事前公开 and 事中: the portal pages show what the registries hold and when it last changed,
 * never personal data; an officer's QR code leads to the certificate's public page by an
 * opaque token; a registry change is the publisher's to-do, due 20 working days later,
 * until the publisher confirms the pages as checked.
 */
@SpringBootTest(properties = { "sanxiang.test.context=portal-pages", "sanxiang.security.password.max-age=3650d",
		"sanxiang.public-base-url=https://gongshi.example.gov.cn",
		"sanxiang.publicity.remedies.agencies.HLJ-MDJ.review-body=牡丹江市人民政府",
		"sanxiang.cases.video-required=RECORD_INSPECTION,HOLD_HEARING" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PortalPagesTests.Clocks.class })
class PortalPagesTests {

	private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 100_000_000L);

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(java.time.Instant.parse("2026-06-01T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	OfficerPublicTokens tokens;

	@Autowired
	PortalUpdateDuty duty;

	@Autowired
	PortalUpdateTodos todos;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal publisher;

	@BeforeEach
	void onAWorkingDay() {
		this.clock.set("2026-06-01");
		this.publisher = this.demo.principal("demo-publisher");
	}

	Set<Long> allAgencies() {
		return this.agencies.all().stream().map(Agency::id).collect(Collectors.toSet());
	}

	Agency agency(String code) {
		return this.agencies.all().stream().filter((a) -> a.code().equals(code)).findFirst().orElseThrow();
	}

	Officer register(String agencyCode, String name) {
		String number = "23" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000L);
		return this.officers.register(agency(agencyCode).id(), name, number, "黑龙江省人民政府", LocalDate.parse("2025-01-01"),
				LocalDate.parse("2030-12-31"), allAgencies());
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theAgenciesPageListsTheAgenciesWithTheirParentAndTheTimeOfTheLastChange() throws Exception {
		this.clock.set("2026-06-02T11:15");
		this.agencies.createChild(agency("HLJ-MDJ").id(), "HLJ-MDJ-NA", "牡丹江市生态环境局宁安分局", "牡环宁", "231084",
				this.demo.principal("demo-sysadmin").dataScope());
		String html = page("/portal/agencies");
		assertThat(html).contains("牡丹江市生态环境局宁安分局", "黑龙江省生态环境厅", "哈尔滨市生态环境局", "县级/分局")
			.contains("更新时间：2026-06-02 11:15")
			.contains("href=\"/portal/officers\"", "href=\"/portal/procedures\"", "href=\"/portal/guide\"");
	}

	@Test
	void theOfficersPageShowsCertificatesByAgencyAndNothingPersonal() throws Exception {
		this.clock.set("2026-06-03T09:00");
		Officer harbin = register("HLJ-HRB", "哈尔滨测试员");
		Officer mudanjiang = register("HLJ-MDJ", "牡丹江测试员");
		String html = page("/portal/officers?agency=" + agency("HLJ-HRB").id() + "&size=100");
		assertThat(html).contains("哈尔滨测试员", harbin.certificateNumber(), "2025-01-01 ~ 2030-12-31", "有效")
			.doesNotContain("牡丹江测试员", mudanjiang.certificateNumber())
			.contains("更新时间：2026-06-03 09:00");
		assertThat(html).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("1[3-9]\\d{9}");
		String refused = this.mvc.perform(get("/portal/officers?agency=999999"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("没有这个执法主体");
	}

	@Test
	void theQrCodeOnTheOfficersPageLeadsToTheCertificatesPublicPageByAnOpaqueToken() throws Exception {
		Officer officer = register("HLJ-MDJ", "扫码测试员");
		String adminPage = this.mvc
			.perform(get("/admin/system/officers/" + officer.id()).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String svg = adminPage.substring(adminPage.indexOf("<svg"), adminPage.indexOf("</svg>") + 6);
		String url = decode(svg);
		assertThat(url).matches("https://gongshi\\.example\\.gov\\.cn/portal/officers/[0-9a-f]{24}")
			.doesNotContain("/" + officer.id() + "/")
			.doesNotEndWith("/" + officer.id());
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(this.tokens.tokenOf(officer.id())).isEqualTo(token);
		String html = page("/portal/officers/" + token);
		assertThat(html).contains("扫码测试员", officer.certificateNumber(), "牡丹江市生态环境局", "2025-01-01 ~ 2030-12-31",
				"执法证有效");
		for (String bad : List.of("000000000000000000000000", String.valueOf(officer.id()),
				"ABCDEF0123456789ABCDEF01")) {
			String notFound = this.mvc.perform(get("/portal/officers/" + bad))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(notFound).contains("未找到该执法证的公开信息").doesNotContain("扫码测试员");
		}
	}

	@Test
	void theProceduresPageDrawsTheChartsWithTheTimeLimitsOfTheTable() throws Exception {
		String html = page("/portal/procedures");
		assertThat(html).contains("一般程序（行政处罚）", "简易程序（当场处罚）", "查封、扣押（行政强制措施）", "class=\"sx-flow\"")
			.contains("送达决定书", "7个工作日")
			.doesNotContain("<img");
		String before = this.jdbc.sql("select amount from time_limit_rule where code = 'SEIZURE_DURATION'")
			.query(Integer.class)
			.single()
			.toString();
		try {
			this.jdbc.sql("update time_limit_rule set amount = 45 where code = 'SEIZURE_DURATION'").update();
			assertThat(page("/portal/procedures")).contains("45日");
		}
		finally {
			this.jdbc.sql("update time_limit_rule set amount = " + before + " where code = 'SEIZURE_DURATION'")
				.update();
		}
	}

	@Test
	void theRemediesPageGivesEachAgencysChannelsAndTheStatutoryPeriods() throws Exception {
		String html = page("/portal/remedies");
		assertThat(html).contains("60日", "6个月", "牡丹江市人民政府", "作出行政处罚决定的生态环境部门的本级人民政府", "更新时间：2024-01-01");
	}

	@Test
	void theVideoPageListsTheConfiguredActsAndThoseTheLawAlwaysRequires() throws Exception {
		assertThat(page("/portal/video-recording")).contains("现场检查（勘察）", "举行听证", "留置送达", "实施查封、扣押", "更新时间：")
			.doesNotContain("调查询问");
	}

	@Test
	void theServiceGuideExplainsHowToRequestReportAndApplyForAHearing() throws Exception {
		assertThat(page("/portal/guide")).contains("申请政府信息公开", "举报生态环境违法行为", "申请听证", "5个工作日", "更新时间：2024-01-01");
	}

	@Test
	void aRegistryChangeIsThePublishersToDoDueIn20WorkingDaysUntilTheyConfirmThePagesChecked() throws Exception {
		this.duty.confirmChecked(PortalUpdateDuty.Registry.OFFICER, "test");
		this.clock.set("2026-06-15");
		register("HLJ-MDJ", "变更测试员");
		LocalDate due = this.calendar.addWorkingDays(LocalDate.parse("2026-06-15"), 20);
		assertThat(due).isEqualTo(LocalDate.parse("2026-07-14"));
		Set<String> roles = Set.of("PUBLISHER");
		TodoItem todo = officerTodo(roles);
		assertThat(todo.title()).contains("执法人员", "变更测试员");
		assertThat(todo.detail()).contains("2026-07-14");
		assertThat(todo.urgency()).isEqualTo(TodoItem.Urgency.NORMAL);
		this.clock.set("2026-07-13");
		assertThat(officerTodo(roles).urgency()).isEqualTo(TodoItem.Urgency.DUE_SOON);
		this.clock.set("2026-07-15");
		assertThat(officerTodo(roles).urgency()).isEqualTo(TodoItem.Urgency.OVERDUE);
		assertThat(this.todos.todosFor(this.publisher, Set.of("OFFICER"), allAgencies())).isEmpty();
		String board = this.mvc.perform(get("/publicity/portal-updates").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("data-registry=\"OFFICER\"", "2026-07-14", "超期");
		this.mvc.perform(post("/publicity/portal-updates/OFFICER/checked").with(csrf()).with(user(this.publisher)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.todos.todosFor(this.publisher, roles, allAgencies()))
			.noneMatch((t) -> t.title().contains("执法人员"));
		this.mvc.perform(post("/publicity/portal-updates/NOPE/checked").with(csrf()).with(user(this.publisher)))
			.andExpect(status().isNotFound());
	}

	private TodoItem officerTodo(Set<String> roles) {
		return this.todos.todosFor(this.publisher, roles, allAgencies())
			.stream()
			.filter((t) -> t.title().contains("执法人员"))
			.findFirst()
			.orElseThrow();
	}

	/** Rasterises the SVG's unit squares and reads the QR code back with zxing. */
	static String decode(String svg) throws Exception {
		Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(box.find()).isTrue();
		int size = Integer.parseInt(box.group(1));
		int scale = 4;
		int[] pixels = new int[size * scale * size * scale];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
				}
			}
		}
		var source = new RGBLuminanceSource(size * scale, size * scale, pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

}
