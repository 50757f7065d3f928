package org.sanxiang.officer;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each act on an officer publishes the event that names it, with the officer's id, and
 * the audit trail keeps the same line it always did.
 */
@SpringBootTest
@RecordApplicationEvents
class OfficerEventsTests {

	@Autowired
	OfficerRegistry registry;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final LocalDate from = LocalDate.of(2026, 1, 1);

	final LocalDate to = LocalDate.of(2030, 12, 31);

	@Test
	void registeringSuspendingReinstatingAndRevokingEachPublishItsEvent() {
		long agencyId = this.agencies.all().get(0).id();
		Set<Long> scope = Set.of(agencyId);
		String number = "2399" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
		Officer officer = this.registry.register(agencyId, "事件测试", number, "黑龙江省人民政府", this.from, this.to, scope);
		assertThat(this.events.stream(OfficerRegistered.class)).containsExactly(
				new OfficerRegistered(officer.id(), agencyId, "事件测试", number, "黑龙江省人民政府", this.from, this.to));

		officer = this.registry.changeStatus(officer.id(), officer.version(), OfficerStatus.SUSPENDED, scope);
		officer = this.registry.changeStatus(officer.id(), officer.version(), OfficerStatus.VALID, scope);
		officer = this.registry.correct(officer.id(), officer.version(), "事件测试乙", "黑龙江省人民政府", this.from, this.to,
				scope);
		officer = this.registry.qualifyAsReviewer(officer.id(), officer.version(),
				new LegalQualification("A20192301000123", LocalDate.of(2023, 3, 1)), scope);
		this.registry.changeStatus(officer.id(), officer.version(), OfficerStatus.REVOKED, scope);

		long id = officer.id();
		assertThat(this.events.stream(CredentialSuspended.class))
			.containsExactly(new CredentialSuspended(id, agencyId, "事件测试", number, OfficerStatus.VALID));
		assertThat(this.events.stream(CredentialReinstated.class))
			.containsExactly(new CredentialReinstated(id, agencyId, "事件测试", number, OfficerStatus.SUSPENDED));
		assertThat(this.events.stream(OfficerCorrected.class))
			.containsExactly(new OfficerCorrected(id, agencyId, "事件测试乙", number, "黑龙江省人民政府", this.from, this.to));
		assertThat(this.events.stream(LegalQualificationRecorded.class))
			.containsExactly(new LegalQualificationRecorded(id, agencyId, "事件测试乙", number, "A20192301000123"));
		assertThat(this.events.stream(CredentialRevoked.class))
			.containsExactly(new CredentialRevoked(id, agencyId, "事件测试乙", number, OfficerStatus.VALID));

		assertThat(new AuditTrail(this.jdbc).entries("OFFICER_STATUS_CHANGED")
			.stream()
			.filter((row) -> String.valueOf(id).equals(row.get("object_id")))
			.map((row) -> row.get("object_label") + " " + row.get("detail")))
			.containsExactly("事件测试（" + number + "） " + number + " VALID->SUSPENDED",
					"事件测试（" + number + "） " + number + " SUSPENDED->VALID",
					"事件测试乙（" + number + "） " + number + " VALID->REVOKED");
		assertThat(new AuditTrail(this.jdbc).entries("OFFICER_REGISTERED")
			.stream()
			.filter((row) -> String.valueOf(id).equals(row.get("object_id")))
			.map((row) -> row.get("detail"))).containsExactly(number + " 事件测试 " + this.from + "~" + this.to);
	}

	@Test
	void settingTheStatusItAlreadyHasIsNoAct() {
		long agencyId = this.agencies.all().get(0).id();
		String number = "2398" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
		Officer officer = this.registry.register(agencyId, "状态不变", number, "黑龙江省人民政府", this.from, this.to,
				Set.of(agencyId));
		this.registry.changeStatus(officer.id(), officer.version(), OfficerStatus.VALID, Set.of(agencyId));
		assertThat(this.events.stream(CredentialReinstated.class)).isEmpty();
	}

}
