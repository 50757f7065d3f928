package org.sanxiang.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Session limits beyond the container's idle timeout: an absolute timeout counted from
 * login (等保 2.0 三级 会话超时), and an expired password that must be changed before anything
 * else is done.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

	private final Duration absoluteTimeout;

	private final Clock clock;

	SessionLimitsFilter(Duration absoluteTimeout, Clock clock) {
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SanxiangPrincipal principal) {
			Object loginAt = (session != null) ? session.getAttribute(LoginHandlers.LOGIN_AT) : null;
			if (loginAt instanceof Long at && this.clock.millis() - at > this.absoluteTimeout.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (principal.passwordChangeRequired() && !isPasswordChange(request)) {
				response.sendRedirect(request.getContextPath() + LoginHandlers.passwordPage(principal));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isPasswordChange(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/account/password") || path.equals("/logout") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/");
	}

}
