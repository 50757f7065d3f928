package org.sanxiang.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency head edits the review catalogue on a page: a copy of the version in force to
 * start from, rows added and removed by the server, a preview that refuses what
 * publishing would refuse (explained on the form, as typed), and the confirmed
 * publication of a new version.
 */
@SpringBootTest(properties = "sanxiang.test.context=review-catalogue-edit")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CatalogueEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ReviewCatalogues catalogues;

	@Autowired
	BusinessTime time;

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	/**
	 * Two entries: fines on organisations from 150,000 yuan inclusive after a hearing;
	 * social impact, also to collective discussion. {@code changes} replace fields (name,
	 * value, …).
	 */
	MockHttpServletRequestBuilder form(String act, LocalDate from, String... changes) {
		java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();
		fields.put("act", new String[] { act });
		fields.put("effectiveFrom", new String[] { from.toString() });
		fields.put("entries[0].code", new String[] { "1" });
		fields.put("entries[0].title", new String[] { "拟对单位处以较大数额罚款的" });
		fields.put("entries[0].actions", new String[] { "FINE", "CONFISCATE_GAINS" });
		fields.put("entries[0].unitAmount", new String[] { "150,000" });
		fields.put("entries[0].unitInclusive", new String[] { "true" });
		fields.put("entries[0].individualAmount", new String[] { "" });
		fields.put("entries[0].hearingHeld", new String[] { "true" });
		fields.put("entries[0].materials", new String[] { "RISK_ASSESSMENT" });
		fields.put("entries[1].code", new String[] { "2" });
		fields.put("entries[1].title", new String[] { "可能造成重大社会影响的" });
		fields.put("entries[1].flags", new String[] { "SOCIAL_IMPACT" });
		fields.put("entries[1].collectiveDiscussion", new String[] { "true" });
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], new String[] { changes[i + 1] });
		}
		MockHttpServletRequestBuilder request = post("/review/catalogue/edit").with(user(head())).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theHeadSeesTheCatalogueInForceAndStartsANewVersionFromACopy() throws Exception {
		long agency = head().agencyId();
		ReviewCatalogue current = this.catalogues.inForce(agency, this.time.today()).orElseThrow();
		this.mvc.perform(get("/review/catalogue").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(current.describe()),
					containsString(current.entries().get(0).title()), containsString("编辑并发布新版本"))));
		// the copy is of the latest version (another test may have published one after
		// it)
		ReviewCatalogue latest = this.catalogues.versions(agency).get(0);
		LocalDate from = latest.effectiveFrom().isBefore(this.time.today().plusDays(1)) ? this.time.today().plusDays(1)
				: latest.effectiveFrom().plusDays(1);
		this.mvc.perform(get("/review/catalogue/edit").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"entry-" + (latest.entries().size() - 1) + "\""),
					not(containsString("id=\"entry-" + latest.entries().size() + "\"")),
					containsString(latest.entries().get(latest.entries().size() - 1).title()),
					containsString("value=\"" + from + "\""))));
	}

	@Test
	void rowsAreAddedAndRemovedByTheServer() throws Exception {
		LocalDate tomorrow = this.time.today().plusDays(1);
		this.mvc.perform(form("add", tomorrow))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"entry-2\""), containsString("拟对单位处以较大数额罚款的"))));
		this.mvc.perform(form("remove-0", tomorrow))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"entry-0\""), not(containsString("id=\"entry-1\"")),
					not(containsString("拟对单位处以较大数额罚款的")), containsString("可能造成重大社会影响的"))));
	}

	@Test
	void aDateInThePastOrAnEntryWithoutCriteriaIsExplainedOnTheFormAsTyped() throws Exception {
		this.mvc.perform(form("preview", this.time.today().minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("施行日期不能早于今天"), containsString("不溯及既往"),
					containsString("150,000"), containsString("拟对单位处以较大数额罚款的"))));
		LocalDate later = this.time.today().plusDays(300);
		this.mvc.perform(form("preview", later, "entries[2].code", "3", "entries[2].title", "其他"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第3行：目录清单第 3 项未设定任何适用条件")));
		this.mvc.perform(form("preview", later, "entries[0].unitAmount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1行：金额不能为负数")));
		this.mvc.perform(form("preview", later, "entries[0].actions", "NONSENSE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1行：选项无效")));
		this.mvc.perform(form("preview", later, "effectiveFrom", "2026-02-30x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请按“年-月-日”填写施行日期")));
	}

	@Test
	void tooManyRowsAreRefusedNotFailed() throws Exception {
		LocalDate later = this.time.today().plusDays(300);
		this.mvc.perform(form("preview", later, "entries[100].code", "101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目录清单最多100项")));
		for (String row : List.of("entries[150].code", "entries[5000].code")) {
			this.mvc.perform(form("preview", later, row, "x"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("目录清单最多100项，请重新编辑")));
		}
	}

	@Test
	void aPreviewedVersionIsPublishedOnlyOnConfirmationAndNotBeforeTheLatest() throws Exception {
		long agency = head().agencyId();
		int before = this.catalogues.versions(agency).get(0).version();
		LocalDate from = this.time.today().plusDays(3);
		this.mvc.perform(form("preview", from))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第" + (before + 1) + "版，" + from + "施行"),
					containsString("150,000.00 元以上（含本数）"), containsString("并提交机关负责人集体讨论"), containsString("风险评估报告"),
					containsString("不溯及既往"), containsString("发布后不能修改或撤回"), containsString("value=\"publish\""))));
		assertThat(this.catalogues.versions(agency).get(0).version()).isEqualTo(before);

		this.mvc.perform(form("publish", from))
			.andExpect(redirectedUrl("/review/catalogue"))
			.andExpect(flash().attribute("success", containsString("第" + (before + 1) + "版")));
		ReviewCatalogue published = this.catalogues.versions(agency).get(0);
		assertThat(published.version()).isEqualTo(before + 1);
		assertThat(published.effectiveFrom()).isEqualTo(from);
		CatalogueEntry first = published.entries().get(0);
		assertThat(first.actions()).containsExactlyInAnyOrder(DecisionAction.FINE, DecisionAction.CONFISCATE_GAINS);
		assertThat(first.thresholds()).containsOnlyKeys(PartyType.UNIT);
		assertThat(first.thresholds().get(PartyType.UNIT).amount().amount())
			.isEqualByComparingTo(new BigDecimal("150000"));
		assertThat(first.thresholds().get(PartyType.UNIT).inclusive()).isTrue();
		assertThat(first.hearingHeld()).isTrue();
		assertThat(first.materials()).containsExactly(MaterialKind.RISK_ASSESSMENT);
		assertThat(published.entries().get(1).flags()).containsExactly(ReviewFlag.SOCIAL_IMPACT);
		assertThat(published.entries().get(1).collectiveDiscussion()).isTrue();
		assertThat(this.catalogues.versions(agency).get(1).effectiveTo()).isEqualTo(from.minusDays(1));

		this.mvc.perform(form("publish", from))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新版本的施行日期须晚于第" + (before + 1) + "版的施行日期")));
		assertThat(this.catalogues.versions(agency).get(0).version()).isEqualTo(before + 1);
	}

	@Test
	void onlyTheAgencyHeadEditsTheCatalogue() throws Exception {
		for (String other : List.of("demo-officer", "demo-reviewer", "demo-unithead", "demo-sysadmin")) {
			SanxiangPrincipal who = this.demo.principal(other);
			this.mvc.perform(get("/review/catalogue").with(user(who))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/review/catalogue/edit").with(user(who))
					.with(csrf())
					.param("act", "publish")
					.param("effectiveFrom", this.time.today().plusDays(5).toString()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/workspace").with(user(head()))).andExpect(content().string(containsString("审核目录清单")));
	}

}
