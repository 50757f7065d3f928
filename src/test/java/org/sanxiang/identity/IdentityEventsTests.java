package org.sanxiang.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.IdentityEvents.AccountCreated;
import org.sanxiang.identity.IdentityEvents.AccountDisabled;
import org.sanxiang.identity.IdentityEvents.AccountEnabled;
import org.sanxiang.identity.IdentityEvents.AccountUnlocked;
import org.sanxiang.identity.IdentityEvents.RoleGrantRefused;
import org.sanxiang.identity.IdentityEvents.RoleGranted;
import org.sanxiang.identity.IdentityEvents.RoleRevoked;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening an account, granting and revoking roles, disabling, enabling and unlocking each
 * publish the event that names the act, with the account's id; the audit lines stay.
 */
@SpringBootTest
@RecordApplicationEvents
class IdentityEventsTests {

	@Autowired
	AccountAdministration administration;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void eachActOnAnAccountPublishesItsEvent() {
		Set<Long> all = this.agencies.all().stream().map(Agency::id).collect(Collectors.toSet());
		Agency province = this.agencies.all().get(0);
		long department = this.agencies.departments(province.id()).get(0).id();
		SanxiangPrincipal security = TestPrincipals.holding(Role.SECURITY_ADMIN, province.id(), province.path(), all);
		SanxiangPrincipal system = TestPrincipals.holding(Role.SYSTEM_ADMIN, province.id(), province.path(), all);

		Account account = this.administration.open("events-account", "事件测试", department, "Events#Test2026",
				new DataScope(all));
		long id = account.id();
		this.administration.grant(id, Role.OFFICER, security);
		assertThatThrownBy(() -> this.administration.grant(id, Role.AUDIT_ADMIN, security))
			.isInstanceOf(RuleViolation.class);
		this.administration.revoke(id, Role.OFFICER, security);
		this.administration.setEnabled(id, false, system);
		this.administration.setEnabled(id, true, system);
		this.administration.unlock(id, new DataScope(all));

		assertThat(this.events.stream(AccountCreated.class))
			.containsExactly(new AccountCreated(id, "events-account", province.id()));
		assertThat(this.events.stream(RoleGranted.class))
			.containsExactly(new RoleGranted(id, "events-account", Role.OFFICER));
		assertThat(this.events.stream(RoleGrantRefused.class)).singleElement()
			.satisfies((refused) -> assertThat(refused.role()).isEqualTo(Role.AUDIT_ADMIN));
		assertThat(this.events.stream(RoleRevoked.class))
			.containsExactly(new RoleRevoked(id, "events-account", Role.OFFICER));
		assertThat(this.events.stream(AccountDisabled.class))
			.containsExactly(new AccountDisabled(id, "events-account"));
		assertThat(this.events.stream(AccountEnabled.class)).containsExactly(new AccountEnabled(id, "events-account"));
		assertThat(this.events.stream(AccountUnlocked.class))
			.containsExactly(new AccountUnlocked(id, "events-account"));

		AuditTrail trail = new AuditTrail(this.jdbc);
		for (String action : new String[] { "ACCOUNT_CREATED", "ROLE_GRANTED", "ROLE_REVOKED", "ACCOUNT_DISABLED",
				"ACCOUNT_ENABLED", "ACCOUNT_UNLOCKED" }) {
			assertThat(trail.entries(action)).filteredOn((row) -> String.valueOf(id).equals(row.get("object_id")))
				.singleElement()
				.satisfies((row) -> assertThat(row.get("object_label")).isEqualTo("events-account"));
		}
		assertThat(trail.entries("ROLE_GRANTED")).filteredOn((row) -> String.valueOf(id).equals(row.get("object_id")))
			.extracting((row) -> row.get("detail"))
			.containsExactly("events-account +OFFICER");
		assertThat(trail.entries("ROLE_GRANT_REFUSED"))
			.filteredOn((row) -> String.valueOf(id).equals(row.get("object_id")))
			.extracting((row) -> row.get("result"))
			.containsExactly("REFUSED");
	}

}
