package org.sanxiang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.sanxiang.core.Unavailable;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login that gets no turn at hashing is answered 503 with {@code Retry-After} and a
 * Chinese page, and the refusal is audited.
 */
class LoginGuardFilterTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

	final List<Object> published = new ArrayList<>();

	final LoginGuardFilter filter = new LoginGuardFilter(
			new LoginThrottle(new LoginCapacityProperties(2, Duration.ofSeconds(1), 30, Duration.ofMinutes(10)),
					this.clock),
			this.published::add, this.clock);

	MockHttpServletResponse post(FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr("10.0.0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void busyHashingIsA503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = post((req, res) -> {
			throw new Unavailable("LOGIN_BUSY", "busy");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("当前登录的人较多");
		assertThat(this.published).singleElement().isEqualTo(new IdentityEvents.LoginBusy("10.0.0.9"));
	}

}
