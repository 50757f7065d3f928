package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.CreditCode;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.licensing.LicenceAmended;
import org.sanxiang.licensing.LicenceEnded;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Licensing decisions (行政许可) published like penalties (双公示): due 7 working days after the
 * decision on the official calendar, redacted (a natural person masked, no ID number or
 * phone from 许可内容 left), approved by the publisher, then on the portal, the API, both
 * CSVs, the feed and the search with the licensing fields; an extension a new version; a
 * revocation withdraws it with its reason within 3 working days; scripts escaped.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class LicensingPublicationTests {

	private static final AtomicLong IDS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LicensingFileSection fileSection;

	SanxiangPrincipal publisher;

	@BeforeEach
	void beforeTheNationalDay() {
		this.clock.set("2026-09-28");
		this.publisher = this.demo.principal("demo-publisher");
	}

	static String creditCode(long n) {
		return CreditCode.withCheckCharacter("91231000" + String.format("%09d", n % 1_000_000_000L)).value();
	}

	/** A 准予行政许可 decided on 2026-09-28 (a Monday before the National Day holiday). */
	private LicensingDecided granted(long id, String party, String code, String legal, String content) {
		return new LicensingDecided(id, this.publisher.agencyId(), "XK-" + id, id, "POLLUTANT_DISCHARGE", "排污许可证", true,
				id, party, code, legal, id, "准予行政许可决定书", "牡环许〔2026〕" + id + "号", "普通", "排污许可证",
				"91231000PW" + id + "X001P", content, LocalDate.parse("2026-09-28"), LocalDate.parse("2026-09-28"),
				LocalDate.parse("2031-09-27"), "牡丹江市生态环境局", "11231000MB0000000X",
				Instant.parse("2026-09-28T02:00:00Z"));
	}

	private Publication approved(Publication p) {
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	private String body(String url, Object... vars) throws Exception {
		return this.mvc.perform(get(url, vars))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aGrantedLicenceIsDueOnTheSeventhWorkingDayAndOnceApprovedIsPublishedWithItsLicensingFields() throws Exception {
		long id = IDS.incrementAndGet();
		String code = creditCode(id);
		String party = "牡丹江某纸业有限公司" + id;
		LicensingDecided decided = granted(id, party, code, "王建国", "排放口 DW001，化学需氧量年许可排放量 12.5 吨");
		this.publications.licensingDecided(decided);
		this.publications.licensingDecided(decided);
		List<Publication> all = this.publications.ofApplication(id);
		assertThat(all).as("the same event twice makes one publication").hasSize(1);
		Publication p = all.get(0);
		assertThat(this.jdbc.sql("select count(*) from publicity_credit_version where publication_id = :id")
			.param("id", p.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		// Decided Mon 2026-09-28: 9-29 (1), 9-30 (2), 10-1..10-7 National Day, 10-8 (3),
		// 10-9 (4),
		// 10-10 the make-up Saturday (5), 10-12 (6), 10-13 (7).
		assertThat(p.dueOn()).isEqualTo(LocalDate.parse("2026-10-13"));
		assertThat(p.kind()).isEqualTo("LICENSING");
		assertThat(p.typeName()).isEqualTo("行政许可决定");
		assertThat(p.status()).isEqualTo(Publication.Status.PENDING);

		String board = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(section(board, "board-due")).contains("data-publication=\"" + p.id() + "\"", "行政许可决定");
		this.clock.set("2026-10-14");
		assertThat(section(this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "board-overdue"))
			.contains("data-publication=\"" + p.id() + "\"");

		Publication published = approved(p);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.type").value("LICENSING"))
			.andExpect(jsonPath("$.typeName").value("行政许可决定"))
			.andExpect(jsonPath("$.credit.partyName").value(party))
			.andExpect(jsonPath("$.credit.creditCode").value(code))
			.andExpect(jsonPath("$.credit.number").value("牡环许〔2026〕" + id + "号"))
			.andExpect(jsonPath("$.credit.licence.legalRepresentative").value("王建国"))
			.andExpect(jsonPath("$.credit.licence.documentTitle").value("准予行政许可决定书"))
			.andExpect(jsonPath("$.credit.licence.category").value("普通"))
			.andExpect(jsonPath("$.credit.licence.certificateName").value("排污许可证"))
			.andExpect(jsonPath("$.credit.licence.certificateNumber").value("91231000PW" + id + "X001P"))
			.andExpect(jsonPath("$.credit.licence.content").value(containsString("12.5 吨")))
			.andExpect(jsonPath("$.credit.licence.decidedOn").value("2026-09-28"))
			.andExpect(jsonPath("$.credit.licence.validFrom").value("2026-09-28"))
			.andExpect(jsonPath("$.credit.licence.validTo").value("2031-09-27"))
			.andExpect(jsonPath("$.credit.licence.agency").value("牡丹江市生态环境局"))
			.andExpect(jsonPath("$.credit.licence.agencyCreditCode").value("11231000MB0000000X"))
			.andExpect(jsonPath("$.credit.licence.currentStatus").value("有效"))
			.andExpect(jsonPath("$.credit.licence.dataSource").value("牡丹江市生态环境局"));
		this.mvc.perform(get("/api/v1/public/decisions").param("type", "LICENSING").param("creditCode", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(published.publicId()));
		this.mvc.perform(get("/api/v1/public/decisions").param("type", "PENALTY").param("creditCode", code))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "纸业有限公司" + id))
			.andExpect(jsonPath("$.items[*].id", hasItem(published.publicId())));

		assertThat(body("/portal/decisions/{id}", published.publicId())).contains("id=\"decision-licence\"", party,
				code, "许可编号", "91231000PW" + id + "X001P", "2031-09-27", "有效");
		assertThat(body("/api/v1/public/decisions.csv?type=LICENSING&creditCode=" + code))
			.contains(published.publicId(), "行政许可决定");
		String csv = body("/api/v1/public/decisions/licensing.csv?creditCode=" + code);
		assertThat(csv).startsWith("\uFEFF" + OpenData.LICENSING_COLUMNS)
			.contains(published.publicId(), party, code, "王建国", "牡环许〔2026〕" + id + "号", "排污许可证", "2031-09-27", "有效");
		assertThat(body("/api/v1/public/decisions/feed?type=LICENSING&creditCode=" + code))
			.contains(published.publicId(), published.publishedTitle());
	}

	@Test
	void aNaturalPersonIsMaskedAndNoIdNumberOrPhonePlantedInTheContentLeaks() throws Exception {
		long id = IDS.incrementAndGet();
		String idNumber = "110101199003074514";
		String phone = "13912345678";
		LicensingDecided decided = granted(id, "赵文辉", null, "赵文辉",
				"许可赵文辉（身份证号码" + idNumber + "，联系电话" + phone + "）从事危险废物收集经营");
		this.publications.licensingDecided(decided);
		Publication p = this.publications.ofApplication(id).get(0);
		assertThat(p.proposedTitle()).startsWith("赵某某").doesNotContain("赵文辉");
		Publication published = approved(p);
		List<String> planted = List.of("赵文辉", idNumber, phone);
		String json = body("/api/v1/public/decisions/{id}", published.publicId());
		String page = body("/portal/decisions/{id}", published.publicId());
		String number = "牡环许〔2026〕" + id + "号";
		String csv = body("/api/v1/public/decisions/licensing.csv?party=赵某某&number=" + number);
		String list = body("/api/v1/public/decisions.csv?type=LICENSING&number=" + number);
		String feed = body("/api/v1/public/decisions/feed?type=LICENSING&number=" + number);
		assertThat(list).contains(published.publicId());
		assertThat(feed).contains(published.publicId());
		assertThat(json).contains("赵某某", "自然人");
		assertThat(page).contains("赵某某");
		assertThat(csv).contains(published.publicId(), "赵某某");
		for (String form : List.of(json, page, csv, list, feed)) {
			assertThat(RedactionProperties.residue(form, planted)).isEmpty();
		}
		String search = this.jdbc.sql("select search_text from publicity_publication where id = :id")
			.param("id", p.id())
			.query(String.class)
			.single();
		assertThat(RedactionProperties.residue(search, planted)).isEmpty();
		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(jsonPath("$.credit.creditCode").doesNotExist())
			.andExpect(jsonPath("$.credit.licence.legalRepresentative").doesNotExist());
	}

	@Test
	void aRevokedLicenceIsWithdrawnWithItsReasonWithinThreeWorkingDaysByOneRunOfTheEvents() throws Exception {
		long id = IDS.incrementAndGet();
		this.transactions.executeWithoutResult((tx) -> this.events
			.publishEvent(granted(id, "牡丹江某化工有限公司" + id, creditCode(id), "李海", "危险废物经营（HW08 废矿物油）")));
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.publications.ofApplication(id).isEmpty());
		Publication published = approved(this.publications.ofApplication(id).get(0));

		this.clock.set("2026-10-14");
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(new LicenceEnded(id, id,
				this.publisher.agencyId(), LicenceEnded.Kind.REVOKED, LocalDate.parse("2026-10-14"), "以欺骗手段取得许可",
				id + 1, "牡环撤许〔2026〕" + id + "号", Instant.parse("2026-10-14T02:00:00Z"))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.publications.ofApplication(id).get(0).status() == Publication.Status.WITHDRAWN);
		Publication withdrawn = this.publications.ofApplication(id).get(0);
		assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.parse("2026-10-14"));
		// 10-15 (1), 10-16 (2), 10-19 (3)
		assertThat(withdrawn.withdrawalDueOn()).isEqualTo(LocalDate.parse("2026-10-19"));
		assertThat(withdrawn.withdrawnOn()).isBeforeOrEqualTo(withdrawn.withdrawalDueOn());
		assertThat(withdrawn.withdrawalReason()).contains("撤销", "以欺骗手段取得许可", "牡环撤许〔2026〕" + id + "号");

		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawalReason").value(containsString("以欺骗手段取得许可")))
			.andExpect(jsonPath("$.text").doesNotExist())
			.andExpect(jsonPath("$.credit.licence.currentStatus").value("撤销"));
		assertThat(body("/portal/decisions/{id}", published.publicId()))
			.contains("id=\"decision-withdrawn\"", "以欺骗手段取得许可", "id=\"licence-status\">撤销<")
			.doesNotContain("id=\"decision-text\"");
		assertThat(body("/api/v1/public/decisions/licensing.csv?status=WITHDRAWN&creditCode=" + creditCode(id)))
			.contains(published.publicId(), "撤销", "以欺骗手段取得许可");
		String board = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(section(board, "board-withdrawn")).contains("data-publication=\"" + published.id() + "\"");
		// 一企一档: the party's file lists it, withdrawn, with how the licence ended.
		assertThat(this.fileSection.entriesFor(id, this.publisher.dataScope().agencyIds())).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.title()).contains("行政许可公示", "撤销", "撤回公示");
				assertThat(entry.date()).isEqualTo(LocalDate.parse("2026-10-14"));
				assertThat(entry.link()).isEqualTo("/portal/decisions/" + published.publicId());
			});
		assertThat(this.fileSection.entriesFor(id, java.util.Set.of(-1L))).isEmpty();
	}

	@Test
	void anExtensionIsANewVersionWithTheNewValidityAndTheEarlierVersionKept() throws Exception {
		long id = IDS.incrementAndGet();
		this.publications.licensingDecided(granted(id, "牡丹江某热电有限公司" + id, creditCode(id), "孙强", "二氧化硫年许可排放量 80 吨"));
		Publication published = approved(this.publications.ofApplication(id).get(0));
		assertThat(published.textVersion()).isEqualTo(1);
		this.clock.set("2026-10-20");
		this.publications.licenceAmended(new LicenceAmended(id, id, this.publisher.agencyId(),
				LicenceAmended.Kind.EXTENDED, id + 2, "牡环延许〔2026〕" + id + "号", null, LocalDate.parse("2026-10-20"),
				null, LocalDate.parse("2036-09-27"), "期满前申请延续", Instant.parse("2026-10-20T02:00:00Z")));
		Publication amended = this.publications.ofApplication(id).get(0);
		assertThat(amended.textVersion()).isEqualTo(2);
		assertThat(amended.publishedText()).contains("延续", "2036-09-27");
		assertThat(this.jdbc.sql("select count(*) from publicity_publication_version where publication_id = :id")
			.param("id", amended.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.credit.licence.validFrom").value("2026-09-28"))
			.andExpect(jsonPath("$.credit.licence.validTo").value("2036-09-27"))
			.andExpect(jsonPath("$.credit.licence.currentStatus").value("有效"));
	}

	@Test
	void aScriptInTheLicensedContentIsEscapedOnThePortalAndInTheFeed() throws Exception {
		long id = IDS.incrementAndGet();
		String script = "<script>alert('许可" + id + "')</script>";
		this.publications
			.licensingDecided(granted(id, "牡丹江某<b>建材</b>有限公司" + id, creditCode(id), "周涛", "许可内容 " + script));
		Publication published = approved(this.publications.ofApplication(id).get(0));
		String page = body("/portal/decisions/{id}", published.publicId());
		assertThat(page).doesNotContain(script, "<b>建材</b>").contains("&lt;script&gt;alert(");
		String feed = body("/api/v1/public/decisions/feed?creditCode=" + creditCode(id));
		assertThat(feed).contains(published.publicId()).doesNotContain(script).contains("&lt;script&gt;alert(");
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

}
