package org.sanxiang.identity;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

	static final long SECURITY_ADMIN_ACCOUNT = 99L;

	static final long ANOTHER_SECURITY_ADMIN = 98L;

	Account account(long id, Role... roles) {
		Account account = new Account(id, "user" + id, "用户", 1L, 1L, "{noop}x", Instant.EPOCH, false, null, true,
				Instant.EPOCH, Set.of(), 0);
		for (Role role : roles) {
			account.grant(role, ANOTHER_SECURITY_ADMIN);
		}
		return account;
	}

	@Test
	void refusesASecondAdministratorRole() {
		for (Role held : Role.ADMINISTRATORS) {
			for (Role second : Role.ADMINISTRATORS) {
				if (held != second) {
					Account admin = account(1L, held);
					assertThatThrownBy(() -> admin.grant(second, SECURITY_ADMIN_ACCOUNT))
						.isInstanceOf(RuleViolation.class)
						.hasMessageContaining("三员分立");
					assertThat(admin.roles()).containsExactly(held);
				}
			}
		}
	}

	@Test
	void refusesASelfGrant() {
		Account self = account(SECURITY_ADMIN_ACCOUNT, Role.SECURITY_ADMIN);
		assertThatThrownBy(() -> self.grant(Role.OFFICER, SECURITY_ADMIN_ACCOUNT))
			.isInstanceOfSatisfying(RuleViolation.class, (v) -> assertThat(v.code()).isEqualTo("SELF_GRANT_REFUSED"));
	}

	@Test
	void allowsSeveralCaseRolesTogether() {
		assertThat(account(1L, Role.OFFICER, Role.UNIT_HEAD).roles()).containsExactlyInAnyOrder(Role.OFFICER,
				Role.UNIT_HEAD);
	}

	@Test
	void grantingAHeldAdministratorRoleAgainIsHarmless() {
		Account admin = account(1L, Role.AUDIT_ADMIN);
		admin.grant(Role.AUDIT_ADMIN, SECURITY_ADMIN_ACCOUNT);
		assertThat(admin.roles()).containsExactly(Role.AUDIT_ADMIN);
	}

	@Test
	void refusesABusinessRoleForAnAdministrator() {
		for (Role admin : Role.ADMINISTRATORS) {
			for (Role business : Role.CASE_WORKERS) {
				Account account = account(1L, admin);
				assertThatThrownBy(() -> account.grant(business, SECURITY_ADMIN_ACCOUNT))
					.isInstanceOfSatisfying(RuleViolation.class,
							(v) -> assertThat(v.code()).isEqualTo("ADMIN_AND_BUSINESS_EXCLUSIVE"))
					.hasMessageContaining("三员分立");
				assertThat(account.roles()).containsExactly(admin);
				assertThat(account.mayHold(business)).isFalse();
			}
		}
	}

	@Test
	void refusesAnAdministratorRoleForAnAccountWithABusinessRole() {
		for (Role business : Role.CASE_WORKERS) {
			for (Role admin : Role.ADMINISTRATORS) {
				Account account = account(1L, business);
				assertThatThrownBy(() -> account.grant(admin, SECURITY_ADMIN_ACCOUNT)).isInstanceOfSatisfying(
						RuleViolation.class, (v) -> assertThat(v.code()).isEqualTo("ADMIN_AND_BUSINESS_EXCLUSIVE"));
				assertThat(account.roles()).containsExactly(business);
				assertThat(account.mayHold(admin)).isFalse();
			}
		}
	}

	@Test
	void anAccountWithoutRolesMayHoldAnyRole() {
		Account fresh = account(1L);
		for (Role role : Role.values()) {
			assertThat(fresh.mayHold(role)).isTrue();
		}
	}

}
