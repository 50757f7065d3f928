package org.sanxiang.platform;

import org.sanxiang.core.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account acting in the current thread, if any (none for scheduled work and anonymous
 * visitors).
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor orNull() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Actor actor) ? actor : null;
	}

}
