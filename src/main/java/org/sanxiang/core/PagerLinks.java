package org.sanxiang.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a paged, sorted list that keep the current request's filters: in templates
 * {@code th:with="link=${@pager.page(2)}" th:href="${link}"} (Thymeleaf refuses bean
 * references inside {@code th:href} itself), as {@code fragments/pager.html} does. Lists
 * take {@code page} (0-based), {@code size}, {@code sort} and {@code dir}.
 */
@Component("pager")
public class PagerLinks {

	/** The current list at another page. */
	public String page(int page) {
		return with("page", String.valueOf(Math.max(0, page)), null, null);
	}

	/** The current list sorted otherwise, from its first page. */
	public String sorted(String sort, String dir) {
		return with("sort", sort, "dir", dir);
	}

	private static String with(String name, String value, String name2, String value2) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		try {
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString());
			if (name2 != null) {
				builder.replaceQueryParam("page").replaceQueryParam(name2, value2);
			}
			return builder.replaceQueryParam(name, value).build(true).toUriString();
		}
		catch (IllegalArgumentException ex) {
			return request.getRequestURI() + "?" + name + "=" + value
					+ ((name2 != null) ? "&" + name2 + "=" + value2 : "");
		}
	}

}
