package org.sanxiang.identity;

import java.util.Set;

/** Principals for tests that need an account holding given roles without logging in. */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	/**
	 * A principal of the given agency holding exactly {@code role}, seeing
	 * {@code visibleAgencies}.
	 */
	public static SanxiangPrincipal holding(Role role, long agencyId, String agencyPath, Set<Long> visibleAgencies) {
		return new SanxiangPrincipal(-1000L - role.ordinal(), "test-" + role.name().toLowerCase().replace('_', '-'),
				"测试" + role.chineseName(), agencyId, "测试执法主体", agencyPath, 1L, Set.of(role),
				new DataScope(visibleAgencies), true, null, false, null);
	}

}
