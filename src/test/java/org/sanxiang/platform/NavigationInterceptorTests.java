package org.sanxiang.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page gets its navigation (the links of the visitor's roles, the current page marked);
 * an answer without a view (the API's data) and a redirect get none.
 */
class NavigationInterceptorTests {

	final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	final Navigation.Interceptor interceptor;

	NavigationInterceptorTests() {
		this.beans.addBean("cases", NavigationEntry.staff(10, "nav.cases", "/cases", "OFFICER"));
		this.beans.addBean("accounts", NavigationEntry.systemAdministration(10, "nav.accounts", "/admin/accounts"));
		this.interceptor = new Navigation.Interceptor(this.beans.getBeanProvider(NavigationEntry.class));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	ModelAndView handled(String path, ModelAndView answer) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		this.interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), answer);
		return answer;
	}

	@Test
	void aPageGetsTheLinksOfTheVisitorsRolesWithTheCurrentOneMarked() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("demo-officer", "", "ROLE_OFFICER"));
		ModelAndView page = handled("/cases/12", new ModelAndView("cases/detail"));
		Navigation nav = (Navigation) page.getModel().get("nav");
		assertThat(nav.entries()).extracting(NavigationEntry::path).containsExactly("/cases");
		assertThat(nav.within("/cases")).isTrue();
		assertThat(nav.at("/cases")).isFalse();
	}

	@Test
	void anAnonymousVisitorSeesNoStaffLink() {
		ModelAndView page = handled("/portal", new ModelAndView("portal/home"));
		assertThat(((Navigation) page.getModel().get("nav")).entries()).isEmpty();
		assertThat(((Navigation) page.getModel().get("nav")).portal()).isTrue();
	}

	@Test
	void aRedirectGetsNoNavigation() {
		assertThat(handled("/cases", new ModelAndView("redirect:/cases/12")).getModel()).doesNotContainKey("nav");
		assertThat(handled("/cases", new ModelAndView(new RedirectView("/cases/12"))).getModel())
			.doesNotContainKey("nav");
	}

	@Test
	void anAnswerWithoutAViewIsLeftAlone() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/public/decisions");
		// the API's data: no view at all
		this.interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), null);
		assertThat(handled("/api/v1/cases", new ModelAndView()).getModel()).doesNotContainKey("nav");
	}

}
