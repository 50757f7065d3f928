package org.sanxiang.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What happens around login: where a successful login goes (the page asked for, the
 * workspace, or the password page when the password must be changed), which message a
 * failed one shows, and how a refused request is answered (RFC 9457 problem details for
 * the API, not a redirect; 404 for a page that does not exist). A failed login says only
 * "wrong username or password" until the password was right: whether an account exists,
 * is locked or disabled is told only to whoever knows its password.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String LOGIN_AT = "sanxiang.loginAt";

	private final AccountAdministration administration;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<HandlerMapping> controllers;

	private final Clock clock;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	LoginHandlers(AccountAdministration administration, LoginThrottle throttle, ApplicationEventPublisher events,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers, Clock clock) {
		this.administration = administration;
		this.throttle = throttle;
		this.events = events;
		this.controllers = controllers;
		this.clock = clock;
	}

	static String passwordPage(SanxiangPrincipal principal) {
		return principal.passwordMustChange() ? "/account/password?initial" : "/account/password?expired";
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		request.getSession().setAttribute(LOGIN_AT, this.clock.millis());
		SanxiangPrincipal principal = (SanxiangPrincipal) authentication.getPrincipal();
		this.administration.loggedIn(principal.accountId());
		String asked = askedFor(request, response);
		String target = principal.passwordChangeRequired() ? passwordPage(principal)
				: (asked != null) ? asked : "/workspace";
		response.sendRedirect(request.getContextPath() + target);
	}

	/**
	 * The page asked for before login, as a path of this application (never another
	 * origin), or {@code null}.
	 */
	private String askedFor(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		if (saved == null || !"GET".equals(saved.getMethod())) {
			return null;
		}
		java.net.URI uri;
		try {
			uri = java.net.URI.create(saved.getRedirectUrl());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String path = uri.getRawPath();
		String context = request.getContextPath();
		if (path == null || !path.startsWith(context + "/")) {
			return null;
		}
		path = path.substring(context.length());
		if (path.startsWith("//") || path.contains("\\") || path.startsWith("/api/") || path.startsWith("/login")
				|| path.startsWith("/error") || path.startsWith("/logout")) {
			return null;
		}
		String query = (uri.getRawQuery() == null) ? ""
				: java.util.Arrays.stream(uri.getRawQuery().split("&"))
					.filter((p) -> !p.equals("continue") && !p.startsWith("continue="))
					.collect(java.util.stream.Collectors.joining("&"));
		return query.isEmpty() ? path : path + "?" + query;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException
				&& exception.getCause() instanceof RuntimeException cause) {
			// not a wrong password: the server could not check it now (no turn at
			// hashing,
			// no database connection) — answered 503 by the filters, never "wrong
			// password"
			throw cause;
		}
		String reason = "bad";
		// Locked and disabled are checked only after the password was right (see
		// SecurityConfig): before that, every failure reads alike.
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else if (exception instanceof BadCredentialsException && this.throttle.failed(request.getRemoteAddr())) {
			this.events.publishEvent(new IdentityEvents.LoginThrottled(request.getRemoteAddr()));
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	void unauthenticatedApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
	}

	void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			this.events.publishEvent(new IdentityEvents.CsrfRefused(request.getMethod() + " " + request.getRequestURI(),
					(who == null || who instanceof AnonymousAuthenticationToken) ? "anonymous" : who.getName(),
					ex.getClass().getSimpleName()));
		}
		else if (!handledByAController(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "ACCESS_DENIED", "您无权执行此操作");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	/**
	 * Whether some controller answers this path (with any method); a refused request for
	 * a path nobody answers is a 404, not a 403.
	 */
	private boolean handledByAController(HttpServletRequest request) {
		HandlerMapping mapping = this.controllers.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			return mapping.getHandler(request) != null;
		}
		catch (Exception ex) {
			// e.g. the path is mapped, but not for this method or media type
			return true;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
			if (previous == null) {
				request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
			}
		}
	}

	private static void writeProblem(HttpServletResponse response, int status, String code, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"urn:sanxiang:problem:" + code.toLowerCase().replace('_', '-') + "\",\"status\":"
					+ status + ",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\""
					+ detail + "\",\"code\":\"" + code + "\"}");
	}

}
