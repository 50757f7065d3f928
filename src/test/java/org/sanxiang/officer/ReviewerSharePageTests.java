package org.sanxiang.officer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The share of legal reviewers among enforcement officers per agency (国办发〔2018〕118号: ≥ 5
 * %) on the officer lists, within the reader's agency scope: 牡丹江 has 1 qualified reviewer
 * among 10 officers with a valid certificate (10 %), 海林 none among 3 (warned).
 */
@SpringBootTest(properties = "sanxiang.test.context=reviewer-share")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewerSharePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.demo.principal(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theHeadSeesTheShareOfEachAgencyInScopeAndAWarningBelow5Percent() throws Exception {
		String html = page("/officers", "demo-head");
		String share = html.substring(html.indexOf("id=\"reviewer-share\""));
		assertThat(share).contains("法制审核人员占比", "牡丹江市生态环境局", "10.0%", "海林", "0.0%", "低于5%");
	}

	@Test
	void anOfficerSeesOnlyTheirOwnAgencysShare() throws Exception {
		String html = page("/officers", "demo-officer");
		String share = html.substring(html.indexOf("id=\"reviewer-share\""));
		assertThat(share).contains("10.0%").doesNotContain("海林", "低于5%");
	}

	@Test
	void theSystemAdministratorSeesTheStaffingShare() throws Exception {
		assertThat(page("/admin/system/officers", "demo-sysadmin")).contains("id=\"reviewer-share\"", "法制审核人员占比");
	}

}
