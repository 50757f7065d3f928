package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Legal reviewers add, revise and retire enforcement matters; each version has an
 * effective date, the previous stays readable, the portal shows what is in force today,
 * refusals name their field and write nothing.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalMatterEditingTests {

	@Autowired
	EnforcementMatters matters;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MultiValueMap<String, String> newMatter() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "CF-901");
		form.add("name", "对露天焚烧沥青等产生有毒有害烟尘物质的行政处罚（测试）");
		form.add("category", "PENALTY");
		form.put("levels", List.of("市", "县"));
		form.add("basis", "AIR 119.2\n《大气污染防治法》第十八条");
		form.put("violationCodes", List.of("AIR-BURN-TOXIC"));
		form.add("effectiveFrom", "2024-01-01");
		form.add("note", "新增");
		return form;
	}

	ResultActions send(String url, SanxiangPrincipal who, MultiValueMap<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(user(who)).with(csrf());
		form.forEach((k, values) -> values.forEach((v) -> request.param(k, v)));
		return this.mvc.perform(request);
	}

	void refusedAdd(Consumer<MultiValueMap<String, String>> edit, String code, String message) throws Exception {
		MultiValueMap<String, String> form = newMatter();
		form.set("code", "CF-099");
		edit.accept(form);
		send("/legal/matters", LegalEditingTests.reviewer(), form).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("add-matter-form")));
		assertThat(this.jdbc.sql("select count(*) from enforcement_matter_version where code = 'CF-099'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAddedMatterIsOnThePortalWithItsBasisNormalised() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		send("/legal/matters", LegalEditingTests.reviewer(), newMatter()).andExpect(status().is3xxRedirection());
		MatterVersion added = this.matters.history("CF-901").get(0);
		assertThat(added.matter().basis()).extracting(Citation::toString).containsExactly("AIR 119.2", "AIR 18");
		assertThat(added.matter().levels()).containsExactly("市", "县");
		this.mvc.perform(get("/portal/powers")).andExpect(content().string(containsString("CF-901")));
		this.mvc.perform(get("/api/v1/public/legal/matters")).andExpect(content().string(containsString("CF-901")));
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_MATTER_ADDED"));
	}

	@Test
	void aRevisionAppliesFromItsDateAndThePreviousVersionStaysReadable() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		MultiValueMap<String, String> form = edit("JC-002");
		form.set("name", "对排污单位排污许可证执行情况的监督检查（2030年调整）");
		form.set("effectiveFrom", "2030-01-01");
		form.set("note", "依据新的权责清单调整");
		send("/legal/matters/JC-002", LegalEditingTests.reviewer(), form).andExpect(status().is3xxRedirection());
		assertThat(name("JC-002", LocalDate.of(2029, 12, 31))).isEqualTo("对排污单位排污许可证执行情况的监督检查");
		assertThat(name("JC-002", LocalDate.of(2030, 1, 1))).endsWith("（2030年调整）");
		this.mvc.perform(get("/portal/powers")).andExpect(content().string(not(containsString("（2030年调整）"))));
		assertThat(this.matters.history("JC-002")).extracting(MatterVersion::status)
			.containsExactly(MatterStatus.REVISED, MatterStatus.IN_FORCE);

		MultiValueMap<String, String> now = edit("CF-010");
		now.set("randomInspection", "1");
		now.set("effectiveFrom", "2026-01-01");
		now.set("note", "纳入双随机");
		send("/legal/matters/CF-010", LegalEditingTests.reviewer(), now).andExpect(status().is3xxRedirection());
		assertThat(this.matters.all(null, null)).filteredOn((m) -> m.code().equals("CF-010"))
			.singleElement()
			.satisfies((m) -> assertThat(m.randomInspection()).isTrue());
		this.mvc.perform(get("/legal/matters/JC-002").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(containsString("依据新的权责清单调整")))
			.andExpect(content().string(not(containsString("revise-matter-form"))));
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_MATTER_REVISED"));
	}

	@Test
	void aRetiredMatterLeavesThePortalFromItsDate() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("basedOn", "1");
		form.add("retiredFrom", "2026-01-01");
		form.add("retireNote", "职责调整，划转至综合执法");
		send("/legal/matters/QT-001/retire", LegalEditingTests.reviewer(), form).andExpect(status().is3xxRedirection());
		assertThat(this.matters.all(null, null)).extracting(EnforcementMatter::code).doesNotContain("QT-001");
		assertThat(this.matters.inForce(null, null, LocalDate.of(2025, 12, 31))).extracting(EnforcementMatter::code)
			.contains("QT-001");
		this.mvc.perform(get("/api/v1/public/legal/matters"))
			.andExpect(content().string(not(containsString("QT-001"))));
		assertThat(this.matters.history("QT-001").get(0).status()).isEqualTo(MatterStatus.RETIRED);
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_MATTER_RETIRED"));
		send("/legal/matters/QT-001/retire", LegalEditingTests.reviewer(), form)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("MATTER_NOT_OPEN")));
	}

	@Test
	void everyCitationMustResolveOnTheEffectiveDate() throws Exception {
		refusedAdd((f) -> f.set("basis", "XX 1"), "UNKNOWN_LAW", "未收录法律法规");
		refusedAdd((f) -> f.set("basis", "AIR 998"), "UNKNOWN_ARTICLE", "未收录");
		refusedAdd((f) -> f.set("basis", "AIR 九十九"), "INVALID_ARTICLE_NUMBER", "条文序号格式不正确");
		refusedAdd((f) -> {
			f.set("basis", "ENV 59");
			f.set("effectiveFrom", "2010-01-01");
		}, "ARTICLE_NOT_IN_FORCE", "没有有效文本");
		refusedAdd((f) -> f.set("basis", " "), "MISSING_BASIS", "请填写至少一条法律依据");
	}

	@Test
	void otherFieldsAreCheckedToo() throws Exception {
		refusedAdd((f) -> f.set("name", ""), "INVALID_MATTER_NAME", "请填写事项名称");
		refusedAdd((f) -> f.set("category", "TAX"), "UNKNOWN_CATEGORY", "请选择事项类别");
		refusedAdd((f) -> f.put("levels", List.of("乡")), "INVALID_LEVELS", "请选择实施层级");
		refusedAdd((f) -> f.remove("levels"), "INVALID_LEVELS", "请选择实施层级");
		refusedAdd((f) -> f.put("violationCodes", List.of("NO-SUCH-TYPE")), "UNKNOWN_VIOLATION_TYPE", "未收录违法行为");
		refusedAdd((f) -> f.set("code", "cf 1"), "INVALID_MATTER_CODE", "编码须为");
		refusedAdd((f) -> f.remove("effectiveFrom"), "MISSING_DATE", "请填写施行日期");
		MultiValueMap<String, String> taken = newMatter();
		taken.set("code", "CF-001");
		send("/legal/matters", LegalEditingTests.reviewer(), taken).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("MATTER_ALREADY_RECORDED")));
		assertThat(this.matters.history("CF-001")).hasSize(1);
	}

	@Test
	void aRevisionMustChangeSomethingFollowTheCurrentVersionAndStartFromIt() throws Exception {
		MultiValueMap<String, String> same = edit("CF-005");
		same.set("effectiveFrom", "2030-01-01");
		same.set("note", "无修改");
		send("/legal/matters/CF-005", LegalEditingTests.reviewer(), same).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("NO_CHANGE")));
		same.set("name", "改名");
		same.set("effectiveFrom", "2020-01-01");
		send("/legal/matters/CF-005", LegalEditingTests.reviewer(), same).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("EFFECTIVE_DATE_NOT_AFTER_CURRENT")));
		same.set("effectiveFrom", "2030-01-01");
		same.set("note", "");
		send("/legal/matters/CF-005", LegalEditingTests.reviewer(), same).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("INVALID_NOTE")));
		same.set("note", "过期版本");
		same.set("basedOn", "7");
		send("/legal/matters/CF-005", LegalEditingTests.reviewer(), same).andExpect(status().isConflict());
		MultiValueMap<String, String> retire = new LinkedMultiValueMap<>();
		retire.add("basedOn", "1");
		retire.add("retiredFrom", "2030-01-01");
		send("/legal/matters/CF-005/retire", LegalEditingTests.reviewer(), retire)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("INVALID_NOTE")));
		assertThat(this.matters.history("CF-005")).singleElement()
			.satisfies((v) -> assertThat(v.effectiveTo()).isNull());
	}

	@Test
	void anOfficerMayNotAddReviseOrRetire() throws Exception {
		MultiValueMap<String, String> form = newMatter();
		form.set("code", "CF-098");
		send("/legal/matters", LegalEditingTests.officer(), form).andExpect(status().isForbidden());
		MultiValueMap<String, String> revise = edit("CF-006");
		revise.set("name", "执法人员");
		revise.set("effectiveFrom", "2030-01-01");
		revise.set("note", "执法人员");
		send("/legal/matters/CF-006", LegalEditingTests.officer(), revise).andExpect(status().isForbidden());
		revise.set("retiredFrom", "2030-01-01");
		revise.set("retireNote", "执法人员");
		send("/legal/matters/CF-006/retire", LegalEditingTests.officer(), revise).andExpect(status().isForbidden());
		assertThat(this.matters.history("CF-006")).hasSize(1);
		this.mvc.perform(get("/legal/matters").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(not(containsString("add-matter-form"))));
		this.mvc.perform(get("/legal/matters").with(user(LegalEditingTests.reviewer())))
			.andExpect(content().string(containsString("add-matter-form")));
	}

	/** The revise form as the page fills it for the current version. */
	MultiValueMap<String, String> edit(String code) {
		List<MatterVersion> history = this.matters.history(code);
		MatterVersion current = history.get(history.size() - 1);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("basedOn", String.valueOf(current.version()));
		form.add("name", current.matter().name());
		form.add("category", current.matter().category().name());
		form.put("levels", List.copyOf(current.matter().levels()));
		if (current.matter().randomInspection()) {
			form.add("randomInspection", "1");
		}
		form.add("basis", String.join("\n", current.matter().basis().stream().map(Citation::toString).toList()));
		form.put("violationCodes", List.copyOf(current.matter().violationCodes()));
		return form;
	}

	String name(String code, LocalDate on) {
		return this.matters.inForce(null, null, on)
			.stream()
			.filter((m) -> m.code().equals(code))
			.findFirst()
			.orElseThrow()
			.name();
	}

}
