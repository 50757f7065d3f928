package org.sanxiang.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account. Sessions live in the shared database (Spring
 * Session JDBC), so a session ended here is ended on every node at once. Called when a
 * fact a session was granted on changes: a role granted or revoked, the account disabled,
 * the password changed.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * @return how many sessions were ended
	 */
	int endAll(String username) {
		var open = this.sessions.findByPrincipalName(username).keySet();
		open.forEach(this.sessions::deleteById);
		return open.size();
	}

}
