package org.sanxiang.licensing;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.subject.SubjectFile;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The party's file shows its licence applications and licences (section 许可) within the
 * reader's agencies, with status and dates — a cancelled licence as 已注销 with its day —
 * and nothing to an administrator or outside the agencies.
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class LicensingFileSectionTests extends LicensingTestSupport {

	@Autowired
	SubjectFile files;

	@Autowired
	LicensingFileSection section;

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePartysFileListsItsApplicationsAndLicencesWithStatusAndDates() {
		this.clock.set("2026-07-06");
		LicenceApplication received = receiveComplete("DISCHARGE_SIMPLE");
		this.clock.set("2026-07-07");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		this.clock.set("2026-07-10");
		LicenceApplication granted = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(true, "排放化学需氧量、氨氮", null), head());
		Licence licence = this.licensing.licence(granted.licenceId(), head());
		LicenceApplication pending = receiveComplete("EIA_FORM");

		List<SubjectFileSection.Entry> permits = permits(received.partyId(), clerk().dataScope().agencyIds());
		assertThat(permits).anySatisfy((e) -> {
			assertThat(e.title()).contains(granted.applicationNumber())
				.contains("准予许可")
				.contains("收件 2026-07-06")
				.contains("受理 2026-07-07")
				.contains("决定 2026-07-10");
			assertThat(e.link()).isEqualTo("/licensing/applications/" + granted.id());
		});
		assertThat(permits).anySatisfy((e) -> assertThat(e.title()).contains(pending.applicationNumber())
			.contains("已收件")
			.doesNotContain("受理 "));
		assertThat(permits).anySatisfy((e) -> {
			assertThat(e.title()).contains(licence.licenceNumber())
				.contains("有效期 " + licence.validFrom() + " 至 " + licence.validTo())
				.contains("，有效）");
			assertThat(e.link()).isEqualTo("/licensing/licences/" + licence.id());
		});

		this.clock.set("2026-07-20");
		Licence cancelled = this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.CANCELLED, "被许可人依法终止",
				head());
		assertThat(permits(received.partyId(), clerk().dataScope().agencyIds()))
			.anySatisfy((e) -> assertThat(e.title()).contains(cancelled.licenceNumber()).contains("已注销 2026-07-20"));
	}

	@Test
	void anAdministratorAndAnotherAgencySeeNothing() {
		this.clock.set("2026-07-06");
		LicenceApplication received = receiveComplete("EIA_FORM");
		assertThat(this.section.entriesFor(received.partyId(), Set.of(-1L))).isEmpty();
		assertThat(this.section.entriesFor(received.partyId(), clerk().dataScope().agencyIds())).isNotEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-sysadmin", null,
					List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))));
		assertThat(permits(received.partyId(), clerk().dataScope().agencyIds())).isEmpty();
	}

	private List<SubjectFileSection.Entry> permits(long partyId, Set<Long> agencyIds) {
		return this.files.of(partyId, agencyIds)
			.sections()
			.stream()
			.filter((s) -> s.kind() == SubjectFileSection.Kind.PERMIT)
			.findFirst()
			.orElseThrow()
			.entries();
	}

}
