package org.sanxiang.subject;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.IdNumber;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register through its API and pages: field-level refusals, data scope, reveal of
 * personal data, and personal data sealed in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubjectTests {

	static final String ID_NUMBER = IdNumber.withCheckDigit("23100219800315123");

	static final String PHONE = "13904531234";

	static final String FORM_CODE = org.sanxiang.core.CreditCode.withCheckCharacter("91231002MA1FEHM00").value();

	static final String CONTACT_PHONE = "13645367788";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	PartyRegistry registry;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcClient jdbc;

	Agency mudanjiang;

	Agency harbin;

	@BeforeEach
	void agencies() {
		this.mudanjiang = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ"))
			.findFirst()
			.orElseThrow();
		this.harbin = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-HRB")).findFirst().orElseThrow();
	}

	SanxiangPrincipal of(Role role, Agency agency) {
		return TestPrincipals.holding(role, agency.id(), agency.path(), Set.of(agency.id()));
	}

	Party person(String name) {
		return this.registry.register(this.mudanjiang.id(),
				new PartyDraft(PartyKind.PERSON, name, null, null, "牡丹江市东安区", null, null, null, null, null, null, false,
						ID_NUMBER, PHONE, List.of(new PartyDraft.ContactDraft("李四", CONTACT_PHONE))),
				Set.of(this.mudanjiang.id()));
	}

	@Test
	void refusesAnInvalidPartyWith422ListingEveryFieldWithCodeAndChineseMessage() throws Exception {
		String body = """
				{"kind":"ORGANISATION","name":"","creditCode":"91350100M000100Y44","regionCode":"2310",
				 "industryCode":"2611","phone":"12345","contacts":[{"name":"王五","phone":"abc"}]}""";
		this.mvc
			.perform(post("/api/v1/subjects").with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("SUBJECT_INVALID"))
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].code").value("CREDIT_CODE_CHECK_CHARACTER"))
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message").value(hasItem(containsString("校验码"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].code").value("REGION_CODE_FORMAT"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("SUBJECT_NAME_INVALID"))
			.andExpect(jsonPath("$.errors[?(@.field == 'industryCode')].code").value("INDUSTRY_CODE_FORMAT"))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].code").value("PHONE_FORMAT"))
			.andExpect(jsonPath("$.errors[?(@.field == 'contacts[0].phone')].code").value("PHONE_FORMAT"));
		assertThat(this.jdbc.sql("select count(*) from subject_party where credit_code = '91350100M000100Y44'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void registersAnOrganisationAndRefusesTheSameCreditCodeInTheSameAgencyOnly() throws Exception {
		String body = """
				{"kind":"ORGANISATION","name":"测试化工有限公司","creditCode":"91350100M000100Y43","regionCode":"231002",
				 "industryCode":"C2611","managementClass":"KEY","keyPolluter":true,"phone":"0453-6123456"}""";
		this.mvc
			.perform(post("/api/v1/subjects").with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("045*****3456"));
		this.mvc
			.perform(post("/api/v1/subjects").with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("CREDIT_CODE_TAKEN"));
		this.mvc
			.perform(post("/api/v1/subjects").with(user(of(Role.OFFICER, this.harbin)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/v1/subjects").param("q", "91350100M000100Y43").with(user(of(Role.OFFICER, this.harbin))))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].agencyId").value(this.harbin.id()));
	}

	@Test
	void anotherAgencysPartyIsNotFoundAndTheRefusalAudited() throws Exception {
		Party party = person("张三");
		AuditTrail audit = new AuditTrail(this.jdbc);
		long before = audit.maxId();
		this.mvc.perform(get("/api/v1/subjects/" + party.id()).with(user(of(Role.OFFICER, this.harbin))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/subjects/" + party.id()).with(user(of(Role.OFFICER, this.harbin))))
			.andExpect(status().isNotFound());
		assertThat(audit.since(before)).extracting((row) -> row.get("action"))
			.containsExactly("SUBJECT_READ_REFUSED", "SUBJECT_READ_REFUSED");
		SanxiangPrincipal provincialHead = TestPrincipals.holding(Role.AGENCY_HEAD, this.mudanjiang.parentId(), "/HLJ/",
				this.agencies.all().stream().map(Agency::id).collect(java.util.stream.Collectors.toSet()));
		this.mvc.perform(get("/api/v1/subjects/" + party.id()).with(user(provincialHead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value("2310**********" + ID_NUMBER.substring(14)));
	}

	@Test
	void revealIsRefusedToThePublisherAndAuditedWithoutTheValueForAnOfficer() throws Exception {
		Party party = person("王五");
		AuditTrail audit = new AuditTrail(this.jdbc);
		long before = audit.maxId();
		this.mvc
			.perform(post("/api/v1/subjects/" + party.id() + "/reveal").param("field", "idNumber")
				.with(user(of(Role.PUBLISHER, this.mudanjiang)))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(ID_NUMBER))));
		this.mvc
			.perform(post("/api/v1/subjects/" + party.id() + "/reveal").param("field", "idNumber")
				.with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(ID_NUMBER));
		this.mvc
			.perform(post("/subjects/" + party.id() + "/reveal").param("field", "contacts[0].phone")
				.with(user(of(Role.LEGAL_REVIEWER, this.mudanjiang)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CONTACT_PHONE)));
		List<Map<String, Object>> entries = audit.since(before);
		assertThat(entries).extracting((row) -> row.get("action"))
			.containsExactly("SUBJECT_REVEAL_REFUSED", "SUBJECT_PERSONAL_DATA_REVEALED",
					"SUBJECT_PERSONAL_DATA_REVEALED");
		assertThat(entries).extracting((row) -> String.valueOf(row.get("detail")))
			.contains("field=idNumber", "field=contacts[0].phone")
			.noneMatch((detail) -> detail.contains(ID_NUMBER) || detail.contains(CONTACT_PHONE));
	}

	@Test
	void theDatabaseDumpHoldsNoPlaintextIdNumberOrPhone() {
		person("赵六");
		List<String> script = this.jdbc.sql("script").query(String.class).list();
		String dump = String.join("\n", script);
		assertThat(dump).containsPattern("SM4-GCM:[0-9]+:").contains("2310**********");
		assertThat(dump).doesNotContain(ID_NUMBER).doesNotContain(PHONE).doesNotContain(CONTACT_PHONE);
	}

	@Test
	void aFlippedBitInASealedValueFailsLoudly() {
		Party party = person("孙七");
		String sealed = this.jdbc.sql("select id_number_sealed from subject_party where id = :id")
			.param("id", party.id())
			.query(String.class)
			.single();
		assertThat(this.cipher.open(sealed, "id_number")).isEqualTo(ID_NUMBER);
		String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
		byte[] data = java.util.Base64.getDecoder().decode(sealed.substring(prefix.length()));
		data[15] ^= 0x01;
		String flipped = prefix + java.util.Base64.getEncoder().encodeToString(data);
		assertThatThrownBy(() -> this.cipher.open(flipped, "id_number")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("altered");
		assertThatThrownBy(() -> this.cipher.open(sealed, "phone")).hasMessageContaining("altered");
		assertThat(this.cipher.seal(ID_NUMBER, "id_number")).isNotEqualTo(this.cipher.seal(ID_NUMBER, "id_number"));
	}

	@Test
	void theFormShowsFieldErrorsInChineseAndTheFileListsChangesAndEmptySections() throws Exception {
		this.mvc
			.perform(post("/subjects").with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf())
				.param("kind", "ORGANISATION")
				.param("name", "表单测试有限公司")
				.param("creditCode", "91350100M000100Y4X")
				.param("regionCode", "231002"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("统一社会信用代码校验码错误")));
		Party party = this.registry.register(
				this.mudanjiang.id(), new PartyDraft(PartyKind.ORGANISATION, "表单测试有限公司", FORM_CODE, null, null,
						"231002", null, null, null, null, null, false, null, null, List.of()),
				Set.of(this.mudanjiang.id()));
		this.mvc
			.perform(post("/subjects/" + party.id()).with(user(of(Role.OFFICER, this.mudanjiang)))
				.with(csrf())
				.param("kind", "ORGANISATION")
				.param("version", String.valueOf(party.version()))
				.param("name", "表单测试有限公司")
				.param("creditCode", FORM_CODE)
				.param("regionCode", "231003")
				.param("address", "阳明区"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/subjects/" + party.id()).with(user(of(Role.OFFICER, this.mudanjiang))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("地址、行政区划")))
			.andExpect(content().string(containsString("处罚决定")))
			.andExpect(content().string(containsString("尚无记录")));
		byte[] export = this.mvc
			.perform(get("/subjects/export").param("q", "表单测试").with(user(of(Role.OFFICER, this.mudanjiang))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称*");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("表单测试有限公司");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
	}

}
