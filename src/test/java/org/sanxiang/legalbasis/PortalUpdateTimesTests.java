package org.sanxiang.legalbasis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public 权责清单 and 法律法规及裁量基准 pages say when their data last changed (更新时间): a version
 * in force recorded later moves it, a version that comes into force only later does not.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-portal-updated")
@AutoConfigureMockMvc
class PortalUpdateTimesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessTime time;

	@Autowired
	PortalUpdateTimes updateTimes;

	String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	void matter(String code, Instant recorded, java.time.LocalDate from) {
		this.jdbc.sql("""
				insert into enforcement_matter_version (code, version, name, category, levels, random_inspection, basis,
				    violation_codes, sort_order, effective_from, status, recorded_by, recorded_at, note)
				values (:code, 1, '对测试事项的行政处罚', 'PENALTY', '市', false, 'AIR 99', '', 999, :from, 'IN_FORCE', 'test',
				    :recorded, '测试')""")
			.param("code", code)
			.param("from", java.sql.Date.valueOf(from))
			.param("recorded", Timestamp.from(recorded))
			.update();
	}

	@Test
	void thePowersPageShowsTheLastChangeOfTheMattersInForce() throws Exception {
		Instant now = this.time.now().truncatedTo(ChronoUnit.MICROS);
		matter("UT-901", now, this.time.today().minusDays(3));
		String shown = "更新时间：" + this.time.format(now);
		assertThat(page("/portal/powers")).contains("id=\"updated-at\"").contains(shown);
		assertThat(this.updateTimes.powers()).contains(now);
		// a matter recorded later that comes into force next month is not on the page
		// yet, nor in its time
		Thread.sleep(5);
		Instant later = this.time.now().truncatedTo(ChronoUnit.MILLIS);
		matter("UT-902", later, this.time.today().plusDays(30));
		assertThat(this.updateTimes.powers()).contains(now);
		assertThat(page("/portal/powers")).contains(shown);
		assertThat(page("/portal/powers?lang=en")).contains("Last updated: " + this.time.format(now));
	}

	@Test
	void theDiscretionPageShowsTheLastChangeOfTheArticlesAndBenchmarks() throws Exception {
		Instant now = this.time.now().truncatedTo(ChronoUnit.MICROS);
		String law = this.jdbc.sql("select min(code) from legal_text").query(String.class).single();
		this.jdbc.sql("""
				insert into legal_article (law_code, article_no, text, effective_from, status, recorded_by, recorded_at)
				values (:law, 9901, '测试条文', :from, 'IN_FORCE', 'test', :recorded)""")
			.param("law", law)
			.param("from", java.sql.Date.valueOf(this.time.today().minusDays(1)))
			.param("recorded", Timestamp.from(now))
			.update();
		assertThat(page("/portal/discretion")).contains("id=\"updated-at\"").contains("更新时间：" + this.time.format(now));
	}

}
