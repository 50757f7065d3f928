package org.sanxiang.publicity;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link PublicDecisionApiController.DecisionQuery} from the query string, as the
 * data binder would (all text, several values of one parameter joined with commas), but
 * without it: the binder constructs a record through its constructor's parameters and
 * reads their annotations (here the OpenAPI descriptions) anew on every request, which
 * was a quarter of the search API's processor time (docs/benchmarks.md, publicity
 * search). The OpenAPI description still comes from the record.
 */
class DecisionQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PublicDecisionApiController.DecisionQuery.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return new PublicDecisionApiController.DecisionQuery(value(request, "q"), value(request, "type"),
				value(request, "agency"), value(request, "from"), value(request, "to"), value(request, "status"),
				value(request, "page"), value(request, "size"), value(request, "party"), value(request, "creditCode"),
				value(request, "number"));
	}

	private static String value(NativeWebRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length == 0) {
			return null;
		}
		return (values.length == 1) ? values[0] : String.join(",", values);
	}

}
