package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publisher corrects a publication's 双公示 fields (#17), penalty and licensing alike,
 * before and after publication: each edit a kept version with who, when and why; a wrong
 * credit code, dates out of order or personal data refused in place in Chinese (the code
 * only as {@code data-code}); a stale form a 409; anyone but the publisher 403; the
 * portal and the API show the latest version.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class CreditFieldEditTests {

	private static final AtomicLong IDS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	CreditRecords credit;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal publisher;

	@BeforeEach
	void today() {
		this.clock.set("2026-09-29");
		this.publisher = this.demo.principal("demo-publisher");
	}

	private Publication penalty(long caseId) {
		this.publications.issued(new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), "某公司超标排放案" + caseId,
				LocalDate.parse("2026-09-29"), "罚款 50000 元", "0".repeat(64), "《中华人民共和国水污染防治法》第八十三条", "一般",
				new CaseEvent.PartyFacts("牡丹江某化工有限公司" + caseId, CaseEvent.PartyCategory.LEGAL_PERSON,
						LicensingPublicationTests.creditCode(caseId)),
				new CaseEvent.DecisionFacts(caseId, "牡环罚〔2026〕" + caseId + "号", List.of("罚款"),
						new BigDecimal("50000.00"))));
		return this.publications.ofCase(caseId).get(0);
	}

	private Publication licensing(long id) {
		this.publications.licensingDecided(new LicensingDecided(id, this.publisher.agencyId(), "XK-" + id, id, "EIA",
				"建设项目环境影响评价文件审批", true, id, "牡丹江某建材有限公司" + id, LicensingPublicationTests.creditCode(id), "钱多", id,
				"准予行政许可决定书", "牡环审〔2026〕" + id + "号", "普通", "环评批复", "HP-" + id, "年产 10 万吨建材项目",
				LocalDate.parse("2026-09-29"), LocalDate.parse("2026-09-29"), LocalDate.parse("2031-09-28"),
				"牡丹江市生态环境局", null, Instant.parse("2026-09-29T02:00:00Z")));
		return this.publications.ofApplication(id).get(0);
	}

	private Publication approved(Publication p) {
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	/** The licensing form as the page fills it, with these changes. */
	private MockHttpServletRequestBuilder licenceForm(Publication p, int fieldsVersion, String... changes) {
		CreditFields f = this.credit.of(p.id()).orElseThrow();
		CreditFields.Licence l = f.licence();
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("fieldsVersion", Integer.toString(fieldsVersion));
		values.put("partyName", f.partyName());
		values.put("creditCode", f.creditCode());
		values.put("number", f.number());
		values.put("legalRepresentative", l.legalRepresentative());
		values.put("documentTitle", l.documentTitle());
		values.put("category", l.category());
		values.put("certificateName", l.certificateName());
		values.put("certificateNumber", l.certificateNumber());
		values.put("content", l.content());
		values.put("decidedOn", l.decidedOn().toString());
		values.put("validFrom", l.validFrom().toString());
		values.put("validTo", l.validTo().toString());
		values.put("dataSource", l.dataSource());
		values.put("reason", "核对许可证正本后更正");
		for (int i = 0; i < changes.length; i += 2) {
			values.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder form = post("/publicity/publications/{id}/credit", p.id()).with(csrf());
		values.forEach((name, value) -> {
			if (value != null) {
				form.param(name, value);
			}
		});
		return form;
	}

	@Test
	void aPenaltysFieldsAreCorrectedBeforePublicationAsVersionsAndThePortalShowsTheLatest() throws Exception {
		long caseId = IDS.incrementAndGet();
		Publication p = penalty(caseId);
		this.mvc
			.perform(post("/publicity/publications/{id}/credit", p.id()).with(csrf())
				.with(user(this.publisher))
				.param("fieldsVersion", "0")
				.param("partyName", "牡丹江某化工有限公司" + caseId)
				.param("creditCode", LicensingPublicationTests.creditCode(caseId))
				.param("number", "牡环罚〔2026〕" + caseId + "-1号")
				.param("penaltyTypes", "警告；罚款")
				.param("fine", "45000")
				.param("basis", "《中华人民共和国水污染防治法》第八十三条第二项")
				.param("reason", "文号与罚款金额录入有误"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/publicity/publications/" + p.id()));
		List<CreditRecords.Version> versions = this.credit.versions(p.id());
		assertThat(versions).extracting(CreditRecords.Version::number).containsExactly(2, 1);
		assertThat(versions.get(0).editedBy()).isEqualTo("demo-publisher");
		assertThat(versions.get(0).reason()).isEqualTo("文号与罚款金额录入有误");
		assertThat(versions.get(0).snapshot()).contains("45000", "-1号");
		assertThat(versions.get(1).snapshot()).contains("50000.00");
		String page = this.mvc.perform(get("/publicity/publications/{id}", p.id()).with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"credit-form\"", "id=\"credit-versions\"", "data-version=\"2\"", "文号与罚款金额录入有误");

		Publication published = approved(p);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(jsonPath("$.credit.number").value("牡环罚〔2026〕" + caseId + "-1号"))
			.andExpect(jsonPath("$.credit.fine").value(45000))
			.andExpect(jsonPath("$.credit.penaltyTypes[0]").value("警告"));
		this.mvc.perform(get("/api/v1/public/decisions").param("number", "牡环罚〔2026〕" + caseId + "-1号"))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aPublishedLicencesFieldsAreCorrectedAfterPublicationAndTheApiAndPortalShowTheLatest() throws Exception {
		long id = IDS.incrementAndGet();
		Publication published = approved(licensing(id));
		this.mvc
			.perform(licenceForm(published, 1, "validTo", "2031-09-30", "certificateNumber", "HP-" + id + "-A")
				.with(user(this.publisher)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.credit.versions(published.id())).hasSize(2);
		this.mvc.perform(get("/api/v1/public/decisions/{id}", published.publicId()))
			.andExpect(jsonPath("$.credit.licence.validTo").value("2031-09-30"))
			.andExpect(jsonPath("$.credit.licence.certificateNumber").value("HP-" + id + "-A"));
		String portal = this.mvc.perform(get("/portal/decisions/{id}", published.publicId()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(portal).contains("id=\"licence-valid-to\">2031-09-30<", "HP-" + id + "-A")
			.doesNotContain("id=\"licence-valid-to\">2031-09-28<");
	}

	@Test
	void aWrongCreditCodeDatesOutOfOrderAndPersonalDataAreRefusedInPlaceInChinese() throws Exception {
		long id = IDS.incrementAndGet();
		Publication p = licensing(id);
		String code = LicensingPublicationTests.creditCode(id);
		char last = code.charAt(17);
		String wrong = code.substring(0, 17) + ((last == '0') ? '1' : '0');
		String refused = this.mvc.perform(licenceForm(p, 1, "creditCode", wrong).with(user(this.publisher)))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused)
			.contains("id=\"credit-error\"", "data-code=\"CREDIT_CODE_CHECK_CHARACTER\"", "统一社会信用代码校验码错误")
			.contains("value=\"" + wrong + "\"");
		this.mvc.perform(licenceForm(p, 1, "creditCode", "91231000ABC").with(user(this.publisher)))
			.andExpect(status().is4xxClientError());
		String dates = this.mvc
			.perform(licenceForm(p, 1, "validFrom", "2031-01-01", "validTo", "2030-12-31").with(user(this.publisher)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(dates).contains("data-code=\"PUBLICATION_CREDIT_DATES\"", "有效期至不能早于有效期自");
		this.mvc.perform(licenceForm(p, 1, "validTo", "2031-13-45").with(user(this.publisher)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(licenceForm(p, 1, "content", "联系人电话 13912345678").with(user(this.publisher)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(licenceForm(p, 1, "reason", " ").with(user(this.publisher)))
			.andExpect(status().isBadRequest());
		assertThat(this.credit.versions(p.id())).as("nothing refused is kept").hasSize(1);
		assertThat(this.credit.of(p.id()).orElseThrow().creditCode()).isEqualTo(code);
	}

	@Test
	void aStaleFormIsAConflictAndOnlyThePublisherMayEdit() throws Exception {
		long id = IDS.incrementAndGet();
		Publication p = licensing(id);
		this.mvc.perform(licenceForm(p, 1, "category", "核准").with(user(this.publisher)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(licenceForm(p, 1, "category", "认可").with(user(this.publisher)))
			.andExpect(status().isConflict());
		assertThat(this.credit.of(p.id()).orElseThrow().licence().category()).isEqualTo("核准");
		this.mvc.perform(licenceForm(p, 2, "category", "认可").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(licenceForm(p, 2, "category", "认可").with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isForbidden());
		assertThat(this.credit.of(p.id()).orElseThrow().licence().category()).isEqualTo("核准");
		assertThat(this.credit.versions(p.id())).hasSize(2);
	}

}
