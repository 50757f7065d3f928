package org.sanxiang.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Remembers failed logins per username, for the {@link LockoutPolicy}. */
@Component
class LoginFailures {

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (UsernameRules.isWellFormed(username)) {
			this.jdbc.sql("insert into login_failure (username, failed_at) values (:username, :at)")
				.param("username", username)
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update();
		}
	}

	List<Instant> since(String username, Instant from) {
		return this.jdbc.sql(
				"select failed_at from login_failure where username = :username and failed_at > :from order by failed_at")
			.param("username", username)
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
	}

}
