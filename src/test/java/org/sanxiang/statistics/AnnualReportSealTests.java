package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published 年报 is sealed: its statement's digests are in the ledger, the download is
 * exactly those bytes, publishing the same figures again is refused, and a counted record
 * that changes afterwards shows as a difference from the sealed version, which stays as
 * it was. Uses a year of its own (2011) so no other test's records are counted.
 */
@SpringBootTest(properties = { "sanxiang.test.context=statistics", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, AnnualReportTests.Clocks.class })
class AnnualReportSealTests {

	static final int YEAR = 2011;

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReportSeals seals;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	org.sanxiang.core.BusinessTime time;

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	void fact(String kind, String category, long recordId, BigDecimal amount) {
		this.jdbc.sql("insert into statistics_fact (kind, category, record_type, record_id, agency_id, business_date,"
				+ " amount, label, recorded_at) values (:kind, :category, 'CASE', :id, :agency, :date, :amount, :label, :at)")
			.param("kind", kind)
			.param("category", category)
			.param("id", recordId)
			.param("agency", head().agencyId())
			.param("date", LocalDate.of(YEAR, 6, 1))
			.param("amount", amount)
			.param("label", "测试案件 " + recordId)
			.param("at", Timestamp.from(Instant.parse("2011-06-01T02:00:00Z")))
			.update();
	}

	String page() throws Exception {
		return this.mvc.perform(get("/statistics/annual").param("year", String.valueOf(YEAR)).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	MvcResult publish(boolean confirmed) throws Exception {
		var request = post("/statistics/annual/publish").param("year", String.valueOf(YEAR))
			.with(csrf())
			.with(user(head()));
		if (confirmed) {
			request = request.param("confirmed", "true");
		}
		return this.mvc.perform(request).andReturn();
	}

	@Test
	void aPublishedReportIsSealedAndALaterChangeShowsAsADifference() throws Exception {
		fact("CASE_FILED", "", 9_110_001L, null);
		fact("CASE_FILED", "", 9_110_002L, null);
		fact("PENALTY", "FINE", 9_110_001L, new BigDecimal("30000"));
		assertThat(page()).contains("本年度年报尚未发布").contains("发布年报并封存");

		this.mvc.perform(
				post("/statistics/annual/publish").param("year", String.valueOf(YEAR)).with(csrf()).with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认发布")));
		assertThat(this.seals.check(head(), YEAR, null)).isEmpty();

		this.mvc
			.perform(post("/statistics/annual/publish").param("year", String.valueOf(YEAR))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(head())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("published", 1));
		AnnualReportSeals.Check sealed = this.seals.check(head(), YEAR, null).orElseThrow();
		assertThat(sealed.matches()).isTrue();
		assertThat(sealed.seal().statement()).startsWith("sanxiang-annual-report/1\nyear=2011\n")
			.contains("figure=CASE_FILED\t2\t0.00\n")
			.contains("figure=PENALTY:FINE\t1\t30000.00\n")
			.contains("record=PENALTY\tFINE\tCASE\t9110001\t2011-06-01\t30000.00\n");

		List<LedgerEntry> entries = this.ledger.entriesForSubject(AnnualReportSealed.SUBJECT_TYPE,
				YEAR + "#" + head().agencyId() + "#1");
		assertThat(entries).singleElement()
			.satisfies((entry) -> assertThat(entry.contentSha256()).isEqualTo(sealed.seal().sha256()));
		assertThat(sealed.ledgerIndex()).isEqualTo(entries.get(0).index());
		byte[] download = this.mvc
			.perform(get("/statistics/annual/sealed.txt").param("year", String.valueOf(YEAR)).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download)))
			.isEqualTo(sealed.seal().sha256());
		assertThat(this.ledger.entryForContent(download)).isPresent();
		assertThat(page()).contains("当前统计数字与封存版本一致").contains(sealed.seal().sha256());

		this.mvc
			.perform(post("/statistics/annual/publish").param("year", String.valueOf(YEAR))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(head())))
			.andExpect(flash().attribute("publishErrorCode", "STATISTICS_ALREADY_SEALED"));

		// a counted record changes (its fine corrected) and another is counted: the check
		// shows it
		this.jdbc.sql("update statistics_fact set amount = 20000 where record_id = 9110001 and kind = 'PENALTY'")
			.update();
		fact("CASE_FILED", "", 9_110_003L, null);
		AnnualReportSeals.Check changed = this.seals.check(head(), YEAR, null).orElseThrow();
		assertThat(changed.matches()).isFalse();
		assertThat(changed.seal().sha256()).isEqualTo(sealed.seal().sha256());
		assertThat(changed.figures()).extracting(AnnualReportSeals.FigureDifference::key)
			.containsExactlyInAnyOrder("CASE_FILED", "PENALTY:FINE");
		assertThat(changed.recordsAdded()).isEqualTo(2);
		assertThat(changed.recordsRemoved()).isEqualTo(1);
		String differs = page();
		assertThat(differs).contains("当前统计数字与已封存的发布版本不一致")
			.contains("data-figure=\"PENALTY:FINE\"")
			.contains("按当前数字发布新版本")
			.doesNotContain("当前统计数字与封存版本一致");

		// publishing again seals version 2; version 1 stays in the ledger as it was
		this.mvc
			.perform(post("/statistics/annual/publish").param("year", String.valueOf(YEAR))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(head())))
			.andExpect(flash().attribute("published", 2));
		assertThat(this.seals.check(head(), YEAR, null).orElseThrow().matches()).isTrue();
		assertThat(this.seals.sealed(head(), YEAR, null, 1).sha256()).isEqualTo(sealed.seal().sha256());
	}

	@Test
	void theCurrentYearIsNotPublishedAndOnlyTheAgencyHeadPublishes() throws Exception {
		int thisYear = this.time.today().getYear();
		this.mvc
			.perform(post("/statistics/annual/publish").param("year", String.valueOf(thisYear))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(head())))
			.andExpect(flash().attribute("publishErrorCode", "STATISTICS_YEAR_NOT_OVER"));
		this.mvc
			.perform(post("/statistics/annual/publish").param("year", "2012")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(this.demo.principal("demo-unithead"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/statistics/annual").param("year", "2012").with(user(this.demo.principal("demo-unithead"))))
			.andExpect(content().string(not(containsString("annual-publish-form"))));
	}

}
