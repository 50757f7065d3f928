package org.sanxiang.identity;

import org.springframework.stereotype.Component;

/** Loads demo accounts as logged-in principals for tests (as the login would). */
@Component
public class DemoAccounts {

	private final AccountUserDetailsService users;

	DemoAccounts(AccountUserDetailsService users) {
		this.users = users;
	}

	public SanxiangPrincipal principal(String username) {
		return this.users.loadUserByUsername(username);
	}

}
