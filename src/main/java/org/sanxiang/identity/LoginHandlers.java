package org.sanxiang.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens around login: where a successful login goes (the workspace, or the
 * password page when the password has expired), which message a failed one shows, and how
 * the API answers an anonymous or refused request (RFC 9457 problem details, not a
 * redirect).
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String LOGIN_AT = "sanxiang.loginAt";

	private final AccountAdministration administration;

	private final AccountUserDetailsService users;

	private final Clock clock;

	LoginHandlers(AccountAdministration administration, AccountUserDetailsService users, Clock clock) {
		this.administration = administration;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		request.getSession().setAttribute(LOGIN_AT, this.clock.millis());
		SanxiangPrincipal principal = (SanxiangPrincipal) authentication.getPrincipal();
		this.administration.loggedIn(principal.accountId());
		String target = principal.passwordExpired() ? "/account/password?expired" : "/workspace";
		response.sendRedirect(request.getContextPath() + target);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "bad";
		if (exception instanceof LockedException || this.users.isLockedNow(request.getParameter("username"))) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	void unauthenticatedApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
	}

	void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "ACCESS_DENIED", "您无权执行此操作");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
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
