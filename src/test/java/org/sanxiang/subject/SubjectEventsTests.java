package org.sanxiang.subject;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.CreditCode;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering and correcting a party publish {@link PartyRegistered} and
 * {@link PartyCorrected} with the party's id and the fields touched (never their values);
 * a save that changes nothing publishes nothing; the audit lines stay.
 */
@SpringBootTest
@RecordApplicationEvents
class SubjectEventsTests {

	@Autowired
	PartyRegistry registry;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	static PartyDraft organisation(String name, String address) {
		String code = CreditCode.withCheckCharacter("91231002MA1E7T001").value();
		return new PartyDraft(PartyKind.ORGANISATION, name, code, null, address, "231002", null, null, null, null, null,
				false, null, null, List.of());
	}

	@Test
	void registeringAndCorrectingAPartyPublishTheirEvents() {
		Agency mudanjiang = this.agencies.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ"))
			.findFirst()
			.orElseThrow();
		Set<Long> scope = Set.of(mudanjiang.id());
		Party party = this.registry.register(mudanjiang.id(), organisation("事件示例化工有限公司", "东安区"), scope);
		assertThat(this.events.stream(PartyRegistered.class)).containsExactly(new PartyRegistered(party.id(),
				mudanjiang.id(), PartyKind.ORGANISATION, "事件示例化工有限公司", "名称、统一社会信用代码、地址、行政区划"));

		Party same = this.registry.update(party.id(), party.version(), organisation("事件示例化工有限公司", "东安区"), scope);
		assertThat(this.events.stream(PartyCorrected.class)).isEmpty();

		this.registry.update(party.id(), same.version(), organisation("事件示例新材料有限公司", "阳明区"), scope);
		assertThat(this.events.stream(PartyCorrected.class))
			.containsExactly(new PartyCorrected(party.id(), mudanjiang.id(), "事件示例新材料有限公司", "名称、地址"));

		assertThat(new AuditTrail(this.jdbc).entries("SUBJECT_CHANGED"))
			.filteredOn((row) -> String.valueOf(party.id()).equals(row.get("object_id")))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("object_label")).isEqualTo("事件示例新材料有限公司");
				assertThat(row.get("detail")).isEqualTo("名称、地址");
			});
		assertThat(new AuditTrail(this.jdbc).entries("SUBJECT_REGISTERED"))
			.filteredOn((row) -> String.valueOf(party.id()).equals(row.get("object_id")))
			.extracting((row) -> row.get("detail"))
			.containsExactly("名称、统一社会信用代码、地址、行政区划");
	}

}
