package org.sanxiang.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page the request is on, for the layout: the navigation marks the current page, and
 * the public portal's pages load no scripts. Given to every page as {@code nav}, since
 * Thymeleaf 3.1 lets templates no longer read the request.
 *
 * @param path the path within the application, such as {@code /documents/12}
 */
record Navigation(String path) {

	/** This exact page. */
	public boolean at(String page) {
		return this.path.equals(page);
	}

	/** This page or one below it. */
	public boolean within(String section) {
		return at(section) || this.path.startsWith(section + "/");
	}

	/** A page of the public portal. */
	public boolean portal() {
		return at("/") || within("/portal");
	}

	static Navigation of(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String original) ? original : request.getRequestURI();
		return new Navigation(uri.substring(Math.min(uri.length(), request.getContextPath().length())));
	}

	@ControllerAdvice
	static class Advice {

		@ModelAttribute("nav")
		Navigation navigation(HttpServletRequest request) {
			return Navigation.of(request);
		}

	}

}
