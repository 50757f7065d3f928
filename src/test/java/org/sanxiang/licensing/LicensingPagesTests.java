package org.sanxiang.licensing;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.DemoAccounts;

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
 * The officers' licensing pages: each page for its roles and not for an administrator,
 * the acts through their confirm pages, a refusal shown in place, a bad id and bad
 * paging.
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing-pages")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class LicensingPagesTests extends LicensingTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	LicensingTodos todos;

	@BeforeEach
	void today() {
		this.clock.set("2026-03-10");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theListsAreForTheOfficersAndNotForAnAdministrator() throws Exception {
		for (String who : new String[] { "demo-officer", "demo-head", "demo-unithead" }) {
			this.mvc.perform(get("/licensing/applications").with(user(this.demo.principal(who))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("licensing-applications-table")));
			this.mvc.perform(get("/licensing/licences").with(user(this.demo.principal(who))))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/licensing/overdue").with(user(head()))).andExpect(status().isOk());
		this.mvc.perform(get("/licensing/overdue").with(user(clerk()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/licensing/applications").with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/licensing/licences").with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/licensing/applications").param("size", "0").with(user(clerk())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/licensing/licences").param("sort", "nonsense").with(user(clerk())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/licensing/applications").param("type", "NO_SUCH").with(user(clerk())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/licensing/applications/{id}", 999_999).with(user(clerk())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/licensing/licences/{id}", 999_999).with(user(clerk()))).andExpect(status().isNotFound());
	}

	@Test
	void theReceiveFormRefusesInPlaceAndReceives() throws Exception {
		this.mvc.perform(get("/licensing/applications/new").param("type", "HAZWASTE").with(user(clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licensing-receive-form")));
		this.mvc.perform(get("/licensing/applications/new").with(user(head()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/licensing/applications").param("type", "HAZWASTE")
				.param("subjectMatter", "危险废物经营许可")
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("data-code=\"LICENSING_PARTY\"")))
			.andExpect(content().string(containsString("请从一企一档选择申请人")));
		String location = this.mvc
			.perform(post("/licensing/applications").param("type", "HAZWASTE")
				.param("partyId", String.valueOf(party().id()))
				.param("subjectMatter", "危险废物经营许可（页面）")
				.param("materials", this.licensing.type("HAZWASTE").requiredItems().get(0))
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/licensing/applications/");
		this.mvc.perform(get(location).with(user(clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("危险废物经营许可（页面）")))
			.andExpect(content().string(containsString("licensing-act-notify")));
	}

	@Test
	void anApplicationIsAcceptedAndGrantedThroughTheConfirmPages() throws Exception {
		LicenceApplication received = receiveComplete("HAZWASTE");
		String page = "/licensing/applications/" + received.id();
		this.mvc.perform(get(page).with(user(clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licensing-act-accept")))
			.andExpect(content().string(not(containsString("licensing-act-grant"))));
		// in English, the status and the acts of the timeline are in English
		this.mvc.perform(get(page).param("lang", "en").with(user(clerk())))
			.andExpect(content().string(containsString("data-status=\"RECEIVED\">Received</span>")))
			.andExpect(content().string(not(containsString(">已收件<"))))
			.andExpect(content().string(not(containsString(">收件<"))));
		this.mvc.perform(get(page).with(user(this.demo.principal("demo-sysadmin")))).andExpect(status().isForbidden());
		// the confirm page first; nothing happens yet
		this.mvc
			.perform(post(page + "/acts/accept").param("version", String.valueOf(received.version()))
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licensing-confirm-form")));
		assertThat(this.licensing.application(received.id(), clerk()).status()).isEqualTo(ApplicationStatus.RECEIVED);
		this.mvc
			.perform(post(page + "/acts/accept").param("version", String.valueOf(received.version()))
				.param("confirmed", "true")
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(redirectedUrl(page));
		LicenceApplication accepted = this.licensing.application(received.id(), clerk());
		assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
		// the clerk may not decide: refused in place
		this.mvc
			.perform(post(page + "/acts/grant").param("version", String.valueOf(accepted.version()))
				.param("confirmed", "true")
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("data-code=\"LICENSING_HEAD_ONLY\"")));
		this.mvc.perform(get(page).with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licensing-act-grant")))
			.andExpect(content().string(containsString("licensing-document")));
		this.mvc
			.perform(post(page + "/acts/grant").param("version", String.valueOf(accepted.version()))
				.param("content", "收集、贮存、利用HW08废矿物油")
				.param("confirmed", "true")
				.with(user(head()))
				.with(csrf()))
			.andExpect(redirectedUrl(page));
		LicenceApplication granted = this.licensing.application(received.id(), head());
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		this.mvc.perform(get("/licensing/licences/{id}", granted.licenceId()).with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licensing-act-revoke")))
			.andExpect(content().string(containsString("收集、贮存、利用HW08废矿物油")))
			// its documents named by type and 文号: the decision and the licence itself
			.andExpect(content().string(containsString(">" + granted.decisionNumber() + "</a>")))
			.andExpect(content().string(containsString(
					">" + this.licensing.licence(granted.licenceId(), head()).licenceNumber() + "</a>")));
		this.mvc.perform(get("/licensing/licences/{id}", granted.licenceId()).with(user(clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("licensing-act-revoke"))));
		// an unknown act is not found; a revocation without a reason is refused in place
		this.mvc
			.perform(post("/licensing/licences/{id}/acts/burn", granted.licenceId()).param("version", "0")
				.with(user(head()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		Licence licence = this.licensing.licence(granted.licenceId(), head());
		this.mvc
			.perform(post("/licensing/licences/{id}/acts/revoke", granted.licenceId())
				.param("version", String.valueOf(licence.version()))
				.param("reason", " ")
				.param("confirmed", "true")
				.with(user(head()))
				.with(csrf()))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("data-code=\"LICENSING_END_REASON\"")));
		// without a passed review the head's 撤销 is refused in place
		this.mvc
			.perform(post("/licensing/licences/{id}/acts/revoke", granted.licenceId())
				.param("version", String.valueOf(licence.version()))
				.param("reason", "以欺骗手段取得许可")
				.param("confirmed", "true")
				.with(user(head()))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-code=\"LICENSING_REVIEW_REQUIRED\"")));
		// the clerk submits the revocation for legal review from the licence page
		this.mvc.perform(get("/licensing/licences/{id}", granted.licenceId()).with(user(clerk())))
			.andExpect(content().string(containsString("licensing-act-review")));
		this.mvc
			.perform(post("/licensing/licences/{id}/acts/review", granted.licenceId())
				.param("version", String.valueOf(licence.version()))
				.param("reason", "以欺骗手段取得许可")
				.param("confirmed", "true")
				.with(user(clerk()))
				.with(csrf()))
			.andExpect(redirectedUrl("/licensing/licences/" + granted.licenceId()));
		assertThat(
				this.jdbc.sql("select count(*) from review_request where subject_kind = 'LICENCE' and subject_id = :id")
					.param("id", Long.toString(granted.licenceId()))
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aReceivedApplicationIsOnTheClerksToDoList() {
		LicenceApplication received = receiveComplete("HAZWASTE");
		Actor actor = clerk();
		assertThat(this.todos.todosFor(actor, Set.of("OFFICER"), clerk().dataScope().agencyIds()))
			.extracting(TodoItem::title)
			.contains("待受理的许可申请");
		assertThat(this.todos.todosFor(actor, Set.of("SYSTEM_ADMIN"), clerk().dataScope().agencyIds())).isEmpty();
		assertThat(received.status()).isEqualTo(ApplicationStatus.RECEIVED);
	}

}
