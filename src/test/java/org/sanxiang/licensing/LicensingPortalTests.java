package org.sanxiang.licensing;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's licensing pages (same context as the other licensing tests): the guides
 * list and one guide, 404 for an unknown type, the progress lookup by number and check
 * code — found with the right pair, one message for a wrong number or a wrong code, 400
 * for malformed input shown escaped, 429 after too many lookups from one address — and
 * nothing of the applicant or the clerk on the page.
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class LicensingPortalTests extends LicensingTestSupport {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	String address;

	@BeforeEach
	void portal() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.clock.set("2026-06-01");
		// each test looks up from its own address, so the throttle of one never counts
		// for another
		this.address = "198.51.100." + ADDRESS.getAndIncrement();
	}

	@Test
	void theGuidesListEveryTypeAndOneGuideShowsItsParticulars() throws Exception {
		String list = this.mvc.perform(get("/portal/licensing/guides"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (LicenceType type : this.licensing.types()) {
			assertThat(list).contains(type.name()).contains("/portal/licensing/guides/" + type.code());
		}
		LicenceType hazwaste = this.licensing.type("HAZWASTE");
		this.mvc.perform(get("/portal/licensing/guides/HAZWASTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(hazwaste.name())))
			.andExpect(content().string(containsString(hazwaste.materials().get(0).item())))
			.andExpect(content().string(containsString(hazwaste.decisionDays() + "个工作日")))
			.andExpect(content().string(containsString("可以延长10个工作日")))
			.andExpect(content().string(containsString("不收费")))
			.andExpect(content().string(containsString("/portal/remedies")))
			.andExpect(content().string(not(containsString("HAZWASTE<"))));
		this.mvc.perform(get("/portal/licensing/guides/HAZWASTE").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Free of charge")));
	}

	@Test
	void anUnknownGuideIsANotFoundPage() throws Exception {
		this.mvc.perform(get("/portal/licensing/guides/NO_SUCH_TYPE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/licensing/guides/{code}", "<b>x</b>")).andExpect(status().isNotFound());
	}

	@Test
	void theRightPairShowsTheProgressAndNothingOfThePeople() throws Exception {
		LicenceApplication received = receiveComplete("DISCHARGE_SIMPLE");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		String page = lookup(accepted.applicationNumber(), accepted.checkCode().toLowerCase())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(accepted.applicationNumber())
			.contains("已受理，审查中")
			.contains("2026-06-01")
			.contains(this.licensing.clock(accepted).decisionDue().toString())
			.doesNotContain(accepted.partyName())
			.doesNotContain(clerk().displayName())
			.doesNotContain(accepted.checkCode());

		LicenceApplication granted = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(true, "排放化学需氧量、氨氮", null), head());
		lookup(granted.applicationNumber(), granted.checkCode()).andExpect(status().isOk())
			.andExpect(content().string(containsString("准予许可")))
			.andExpect(content().string(containsString(granted.decisionNumber())));
	}

	@Test
	void aWrongNumberAndAWrongCodeAnswerTheSameMessage() throws Exception {
		LicenceApplication received = receiveComplete("EIA_FORM");
		MvcResult wrongCode = lookup(received.applicationNumber(), otherCode(received.checkCode()))
			.andExpect(status().isNotFound())
			.andReturn();
		MvcResult wrongNumber = lookup(received.applicationNumber() + "9", received.checkCode())
			.andExpect(status().isNotFound())
			.andReturn();
		String message = "未查询到该申请，请核对申请编号和进度查询码。";
		assertThat(wrongCode.getResponse().getContentAsString()).contains(message)
			.doesNotContain("已收件")
			.doesNotContain(received.partyName());
		assertThat(wrongNumber.getResponse().getContentAsString()).contains(message);
	}

	@Test
	void malformedInputIsRefusedInPlaceAndEscaped() throws Exception {
		lookup("<script>alert(1)</script>", "ABC").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入正确的申请编号和进度查询码")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("data-code=\"LICENSING_PROGRESS_INPUT\"")));
		lookup("2026-XK-0001", "").andExpect(status().isBadRequest());
		this.mvc.perform(get("/portal/licensing/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("进度查询码")));
	}

	@Test
	void tooManyLookupsFromOneAddressAreThrottled() throws Exception {
		for (int i = 0; i < LicensingProgressThrottle.LIMIT; i++) {
			lookup("X-2026-XK-9999", "ABCDEFGH").andExpect(status().isNotFound());
		}
		lookup("X-2026-XK-9999", "ABCDEFGH").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("查询过于频繁，请稍后再试")));
		this.clock.set("2026-06-01T12:00");
		lookup("X-2026-XK-9999", "ABCDEFGH").andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions lookup(String number, String checkCode)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/portal/licensing/progress").param("number", number)
			.param("checkCode", checkCode)
			.with(csrf())
			.with((r) -> {
				r.setRemoteAddr(this.address);
				return r;
			});
		return this.mvc.perform(request);
	}

	private static String otherCode(String code) {
		char first = code.charAt(0);
		return ((first == 'A') ? 'B' : 'A') + code.substring(1);
	}

}
