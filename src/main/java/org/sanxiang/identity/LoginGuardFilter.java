package org.sanxiang.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Unavailable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the login form: an address that failed too often is sent back to the form
 * without any hashing, and a login that cannot get its turn at hashing is answered 503
 * with {@code Retry-After} instead of waiting without end.
 */
class LoginGuardFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginGuardFilter(LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant blockedUntil = this.throttle.blockedUntil(request.getRemoteAddr());
		if (blockedUntil != null) {
			long seconds = Math.max(1, blockedUntil.getEpochSecond() - this.clock.instant().getEpochSecond());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendRedirect(request.getContextPath() + "/login?error=throttled");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (Unavailable busy) {
			this.events.publishEvent(new IdentityEvents.LoginBusy(request.getRemoteAddr()));
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
			response.setContentType("text/html;charset=UTF-8");
			// a small page of its own: a busy server renders no templates for a refusal
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>请稍后再试</title></head>"
						+ "<body><p>当前登录的人较多，请" + RETRY_AFTER_SECONDS + "秒后<a href=\"" + request.getContextPath()
						+ "/login\">重新登录</a>。</p></body></html>");
		}
	}

}
