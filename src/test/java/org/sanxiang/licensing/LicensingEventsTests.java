package org.sanxiang.licensing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.subject.Party;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The three events carry what the publicity side publishes (双公示). */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
@RecordApplicationEvents
class LicensingEventsTests extends LicensingTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	Documents documents;

	@org.springframework.beans.factory.annotation.Autowired
	org.sanxiang.identity.AgencyDirectory agencyDirectory;

	@Test
	void grantingChangingRenewingAndRevokingTellTheirValues() {
		this.clock.set("2026-06-01");
		Party party = this.parties.party(party().id(), clerk().dataScope().agencyIds());
		LicenceApplication received = receiveComplete("HAZWASTE");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		this.clock.set("2026-06-10");
		LicenceApplication granted = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(true, "危险废物收集、贮存，经营规模每年3000吨", null), head());

		LicensingDecided decided = this.events.stream(LicensingDecided.class)
			.filter((e) -> e.applicationId() == granted.id())
			.findFirst()
			.orElseThrow();
		assertThat(decided.granted()).isTrue();
		assertThat(decided.licenceId()).isEqualTo(granted.licenceId());
		assertThat(decided.applicationNumber()).isEqualTo(granted.applicationNumber());
		assertThat(decided.agencyId()).isEqualTo(head().agencyId());
		assertThat(decided.partyId()).isEqualTo(party.id());
		assertThat(decided.partyName()).isEqualTo(party.name());
		assertThat(decided.creditCode()).isEqualTo(party.creditCode());
		assertThat(decided.legalRepresentative()).isEqualTo(party.legalRepresentative());
		assertThat(decided.documentId()).isEqualTo(granted.decisionDocumentId());
		assertThat(decided.documentNumber()).isEqualTo(granted.decisionNumber()).contains("许准");
		assertThat(decided.documentTitle()).isEqualTo("准予行政许可决定书");
		assertThat(decided.licenceTypeCode()).isEqualTo("HAZWASTE");
		assertThat(decided.licenceTypeName()).isEqualTo("危险废物经营许可证核发");
		assertThat(decided.category()).isEqualTo("普通");
		assertThat(decided.certificateName()).isEqualTo("危险废物经营许可证");
		Licence licence = this.licensing.licence(granted.licenceId(), head());
		assertThat(decided.certificateNumber()).isEqualTo(licence.licenceNumber()).contains("许证");
		assertThat(decided.content()).isEqualTo("危险废物收集、贮存，经营规模每年3000吨");
		assertThat(decided.decidedOn()).isEqualTo(LocalDate.parse("2026-06-10"));
		assertThat(decided.validFrom()).isEqualTo(LocalDate.parse("2026-06-10"));
		assertThat(decided.validTo()).isEqualTo(LocalDate.parse("2031-06-09"));
		assertThat(decided.agencyName()).isEqualTo(head().agencyName());
		// the licensing agency's 统一社会信用代码 (双公示 许可机关统一社会信用代码), as identity records it
		assertThat(decided.agencyCreditCode()).isNotBlank()
			.isEqualTo(this.agencyDirectory.agency(head().agencyId()).creditCode());

		this.clock.set("2026-07-01");
		Licence changed = this.licensing.change(licence.id(), licence.version(), "危险废物收集、贮存，经营规模每年4000吨",
				"扩大经营规模，经审查符合法定条件", head());
		LicenceAmended amended = this.events.stream(LicenceAmended.class)
			.filter((e) -> e.licenceId() == licence.id())
			.findFirst()
			.orElseThrow();
		assertThat(amended.kind()).isEqualTo(LicenceAmended.Kind.CHANGED);
		assertThat(amended.applicationId()).isEqualTo(granted.id());
		assertThat(amended.content()).isEqualTo("危险废物收集、贮存，经营规模每年4000吨");
		assertThat(amended.documentId()).isEqualTo(changed.lastDocumentId());
		assertThat(amended.documentNumber()).isEqualTo(changed.lastDocumentNumber()).contains("许变");
		assertThat(amended.decidedOn()).isEqualTo(LocalDate.parse("2026-07-01"));
		assertThat(amended.validTo()).isEqualTo(LocalDate.parse("2031-06-09"));

		this.clock.set("2026-08-03");
		reviewRevocation(changed, "以欺骗手段取得行政许可（行政许可法第六十九条第二款）");
		Licence revoked = this.licensing.end(changed.id(), changed.version(), LicenceEnded.Kind.REVOKED,
				"以欺骗手段取得行政许可（行政许可法第六十九条第二款）", head());
		LicenceEnded ended = this.events.stream(LicenceEnded.class)
			.filter((e) -> e.licenceId() == licence.id())
			.findFirst()
			.orElseThrow();
		assertThat(ended.kind()).isEqualTo(LicenceEnded.Kind.REVOKED);
		assertThat(ended.endedOn()).isEqualTo(LocalDate.parse("2026-08-03"));
		assertThat(ended.publicReason()).isEqualTo("以欺骗手段取得行政许可（行政许可法第六十九条第二款）");
		assertThat(ended.documentId()).isEqualTo(revoked.lastDocumentId());
		assertThat(ended.documentNumber()).contains("许撤销");
		assertThat(ended.agencyId()).isEqualTo(head().agencyId());
	}

	@Test
	void aRefusalTellsNoLicence() {
		this.clock.set("2026-06-01");
		LicenceApplication received = receiveComplete("EIA_FORM");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		LicenceApplication denied = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(false, null, "项目选址不符合生态环境分区管控要求"), head());
		LicensingDecided decided = this.events.stream(LicensingDecided.class)
			.filter((e) -> e.applicationId() == denied.id())
			.findFirst()
			.orElseThrow();
		assertThat(decided.granted()).isFalse();
		assertThat(decided.licenceId()).isNull();
		assertThat(decided.certificateNumber()).isNull();
		assertThat(decided.validTo()).isNull();
		assertThat(decided.documentTitle()).isEqualTo("不予行政许可决定书");
		assertThat(decided.content()).contains("项目选址不符合生态环境分区管控要求");
	}

}
