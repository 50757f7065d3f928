package org.sanxiang.publicity;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data API's query parameters are read as the data binder read them: each by its
 * name, absent ones null, several values of one joined with commas (then refused by the
 * checks like any other bad value).
 */
class DecisionQueryResolverTests {

	@Test
	void readsEveryParameterByNameAsTheBinderDid() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/public/decisions");
		request.addParameter("q", "鸿运印染");
		request.addParameter("type", "PENALTY");
		request.addParameter("agency", "7");
		request.addParameter("from", "2026-01-01");
		request.addParameter("to", "2026-12-01");
		request.addParameter("status", "PUBLISHED");
		request.addParameter("page", "2");
		request.addParameter("size", "");
		request.addParameter("party", "牡丹江鸿运印染有限公司");
		request.addParameter("creditCode", "91231000MA1234567X");
		request.addParameter("number", "牡环罚〔2026〕1号");
		request.addParameter("unknown", "x");
		DecisionQueryResolver resolver = new DecisionQueryResolver();
		MethodParameter parameter = new MethodParameter(PublicDecisionApiController.class.getDeclaredMethod("list",
				PublicDecisionApiController.DecisionQuery.class), 0);
		assertThat(resolver.supportsParameter(parameter)).isTrue();
		Object query = resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
		assertThat(query).isEqualTo(new PublicDecisionApiController.DecisionQuery("鸿运印染", "PENALTY", "7", "2026-01-01",
				"2026-12-01", "PUBLISHED", "2", "", "牡丹江鸿运印染有限公司", "91231000MA1234567X", "牡环罚〔2026〕1号"));
	}

	@Test
	void absentParametersAreNullAndRepeatedOnesAreJoined() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/public/decisions");
		request.addParameter("type", "PENALTY", "OTHER");
		MethodParameter parameter = new MethodParameter(PublicDecisionApiController.class.getDeclaredMethod("list",
				PublicDecisionApiController.DecisionQuery.class), 0);
		Object query = new DecisionQueryResolver().resolveArgument(parameter, null, new ServletWebRequest(request),
				null);
		assertThat(query).isEqualTo(new PublicDecisionApiController.DecisionQuery(null, "PENALTY,OTHER", null, null,
				null, null, null, null, null, null, null));
	}

}
