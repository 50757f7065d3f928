package org.sanxiang.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.CreditCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's 统一社会信用代码: checked with its GB 32100 check character, set by the system
 * administrator with refusals in place, shown on the portal and read by other modules.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class AgencyCreditCodeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	AgencyDirectory directory;

	/**
	 * A demo agency (this context's agencies are shared: the test creates none and puts
	 * back the codes it changes).
	 */
	Agency demoAgency(String code) {
		return this.directory.all().stream().filter((a) -> a.code().equals(code)).findFirst().orElseThrow();
	}

	void restore(Agency agency) {
		this.directory.assignCreditCode(agency.id(), agency.creditCode(),
				this.demo.principal("demo-sysadmin").dataScope());
	}

	@Test
	void theDemoAgenciesHaveCodesThatPassTheCheck() {
		assertThat(this.directory.all()
			.stream()
			.filter((agency) -> List.of("HLJ", "HLJ-MDJ", "HLJ-MDJ-HL", "HLJ-HRB").contains(agency.code()))).hasSize(4)
			.allSatisfy((agency) -> {
				assertThat(agency.creditCode()).isNotNull();
				assertThat(CreditCode.check(agency.creditCode())).isEmpty();
				assertThat(agency.creditCode().substring(2, 8)).isEqualTo(agency.regionCode());
			});
	}

	@Test
	void aWrongCheckCharacterIsRefusedInPlaceAndAValidCodeIsRecordedAndShownOnThePortal() throws Exception {
		Agency agency = demoAgency("HLJ-HRB");
		Agency other = demoAgency("HLJ-MDJ-HL");
		try {
			String valid = CreditCode.withCheckCharacter("11230100MB0009901").value();
			char wrong = (valid.charAt(17) == '0') ? '1' : '0';
			String invalid = valid.substring(0, 17) + wrong;
			this.mvc
				.perform(post("/admin/system/agencies/credit-code").param("agencyId", String.valueOf(agency.id()))
					.param("creditCode", invalid)
					.with(csrf())
					.with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("统一社会信用代码校验码错误")))
				.andExpect(content().string(containsString("data-code=\"CREDIT_CODE_CHECK_CHARACTER\"")));
			assertThat(this.directory.agency(agency.id()).creditCode()).isEqualTo(agency.creditCode());

			this.mvc
				.perform(post("/admin/system/agencies/credit-code").param("agencyId", String.valueOf(agency.id()))
					.param("creditCode", " " + valid.toLowerCase() + " ")
					.with(csrf())
					.with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/system/agencies"));
			assertThat(this.directory.agency(agency.id()).creditCode()).isEqualTo(valid);
			this.mvc.perform(get("/portal/agencies"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(valid)));

			this.mvc
				.perform(post("/admin/system/agencies/credit-code").param("agencyId", String.valueOf(other.id()))
					.param("creditCode", valid)
					.with(csrf())
					.with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("已登记给另一执法主体")));
			assertThat(this.directory.agency(other.id()).creditCode()).isEqualTo(other.creditCode());

			this.mvc
				.perform(post("/admin/system/agencies/credit-code").param("agencyId", String.valueOf(agency.id()))
					.param("creditCode", "")
					.with(csrf())
					.with(user(this.demo.principal("demo-sysadmin"))))
				.andExpect(status().is3xxRedirection());
			assertThat(this.directory.agency(agency.id()).creditCode()).isNull();
			this.mvc.perform(get("/portal/agencies")).andExpect(content().string(not(containsString(valid))));
		}
		finally {
			restore(agency);
		}
	}

	@Test
	void onlyTheSystemAdministratorRecordsIt() throws Exception {
		Agency agency = demoAgency("HLJ-HRB");
		this.mvc
			.perform(post("/admin/system/agencies/credit-code").param("agencyId", String.valueOf(agency.id()))
				.param("creditCode", CreditCode.withCheckCharacter("11230100MB0009903").value())
				.with(csrf())
				.with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isForbidden());
		assertThat(this.directory.agency(agency.id()).creditCode()).isEqualTo(agency.creditCode());
	}

}
