package org.sanxiang.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.core.Actor;
import org.sanxiang.core.AuditableEvent.Outcome;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records logins, failed logins, logouts and refused authorisations from Spring
 * Security's events.
 */
@Component
class SecurityAuditListener {

	private final AuditRecorder recorder;

	SecurityAuditListener(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	void loginSucceeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		Actor actor = (authentication.getPrincipal() instanceof Actor a) ? a : null;
		this.recorder.record(authentication.getName(), actor, "LOGIN_SUCCEEDED", "Account", authentication.getName(),
				Outcome.SUCCESS, "");
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		String attempted = String.valueOf(event.getAuthentication().getName());
		this.recorder.record(attempted, null, "LOGIN_FAILED", "Account", attempted, Outcome.FAILURE,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		Actor actor = (authentication.getPrincipal() instanceof Actor a) ? a : null;
		this.recorder.record(authentication.getName(), actor, "LOGOUT", "Account", authentication.getName(),
				Outcome.SUCCESS, "");
	}

	@EventListener
	void accessDenied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		Actor actor = (authentication != null && authentication.getPrincipal() instanceof Actor a) ? a : null;
		String who = (actor != null) ? actor.username() : "anonymous";
		String target = (event.getObject() instanceof HttpServletRequest request)
				? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getObject());
		this.recorder.record(who, actor, "ACCESS_DENIED", "Endpoint", target, Outcome.REFUSED,
				"roles=" + ((authentication == null) ? "[]"
						: authentication.getAuthorities()
							.stream()
							.map(org.springframework.security.core.GrantedAuthority::getAuthority)
							.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
							.toList()));
	}

}
