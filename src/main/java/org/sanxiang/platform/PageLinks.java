package org.sanxiang.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.core.ResultPage;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the pager and sortable column headers ({@code fragments/pager.html}): the
 * current request's path and parameters with the page or the order replaced, so that
 * filters carry over.
 */
@Component("pageLinks")
public class PageLinks {

	/** The current list at another page. */
	public String page(int page) {
		return current().replaceQueryParam("page", page).build().encode().toUriString();
	}

	/**
	 * The current list from its first page, sorted by {@code sort} — reversed if already
	 * so.
	 */
	public String sort(ResultPage<?> page, String sort) {
		String dir = (sort.equals(page.sort()) && "asc".equals(page.dir())) ? "desc" : "asc";
		return current().replaceQueryParam("page")
			.replaceQueryParam("sort", sort)
			.replaceQueryParam("dir", dir)
			.build()
			.encode()
			.toUriString();
	}

	private static UriComponentsBuilder current() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> builder.queryParam(name, (Object[]) values));
		return builder;
	}

}
