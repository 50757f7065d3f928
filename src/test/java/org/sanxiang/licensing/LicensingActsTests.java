package org.sanxiang.licensing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each act's refusals: the wrong state, the wrong role, a lost race. */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
class LicensingActsTests extends LicensingTestSupport {

	static void refused(Runnable act, String code, HttpStatus status) {
		assertThatThrownBy(act::run).isInstanceOfSatisfying(RuleViolation.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.status()).isEqualTo(status);
			assertThat(ex.getMessage()).containsPattern("\\p{IsHan}");
		});
	}

	@Test
	void applicationActsRefuseTheWrongStateTheWrongRoleAndALostRace() {
		this.clock.set("2026-05-11");
		LicenceApplication received = receiveComplete("HAZWASTE");
		// wrong role: the head does not receive at the window; an officer does not
		// decide;
		// an administrator reads nothing
		refused(() -> this.licensing.receive(new Licensing.Receipt("HAZWASTE", party().id(), "x", false, null),
				this.demo.principal("demo-reviewer")), "LICENSING_CLERK_ONLY", HttpStatus.FORBIDDEN);
		refused(() -> this.licensing.application(received.id(), this.demo.principal("demo-sysadmin")),
				"LICENSING_OFFICERS_ONLY", HttpStatus.FORBIDDEN);
		// wrong state: a decision before acceptance, a resubmission without a notice
		refused(() -> this.licensing.decide(received.id(), received.version(), new Licensing.Decision(true, null, null),
				head()), "LICENSING_WRONG_STATE", HttpStatus.CONFLICT);
		refused(() -> this.licensing.resubmit(received.id(), received.version(), java.util.List.of("a"), clerk()),
				"LICENSING_WRONG_STATE", HttpStatus.CONFLICT);

		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		// lost race: a second clerk accepting or refusing on the version they saw
		refused(() -> this.licensing.refuse(received.id(), received.version(), "不属于本机关职权范围", clerk()),
				"CONCURRENT_MODIFICATION", HttpStatus.CONFLICT);
		refused(() -> this.licensing.accept(accepted.id(), accepted.version(), clerk()), "LICENSING_WRONG_STATE",
				HttpStatus.CONFLICT);
		refused(() -> this.licensing.decide(accepted.id(), accepted.version(), new Licensing.Decision(true, null, null),
				clerk()), "LICENSING_HEAD_ONLY", HttpStatus.FORBIDDEN);
		refused(() -> this.licensing.extend(accepted.id(), accepted.version(), "复杂", clerk()), "LICENSING_HEAD_ONLY",
				HttpStatus.FORBIDDEN);

		LicenceApplication extended = this.licensing.extend(accepted.id(), accepted.version(), "情况复杂", head());
		refused(() -> this.licensing.extend(extended.id(), extended.version(), "再延", head()),
				"LICENSING_ALREADY_EXTENDED", HttpStatus.CONFLICT);
		LicenceApplication paused = this.licensing.pause(extended.id(), extended.version(), PauseKind.EXPERT_REVIEW,
				"组织专家评审", clerk());
		refused(() -> this.licensing.decide(paused.id(), paused.version(), new Licensing.Decision(true, null, null),
				head()), "LICENSING_PAUSE_RUNNING", HttpStatus.CONFLICT);
		LicenceApplication resumed = this.licensing.resume(paused.id(), paused.version(), null, clerk());
		refused(() -> this.licensing.decide(resumed.id(), resumed.version(), new Licensing.Decision(false, null, " "),
				head()), "LICENSING_DENIAL_REASON", HttpStatus.UNPROCESSABLE_CONTENT);
		LicenceApplication denied = this.licensing.decide(resumed.id(), resumed.version(),
				new Licensing.Decision(false, null, "贮存设施不符合危险废物贮存污染控制标准"), head());
		assertThat(denied.status()).isEqualTo(ApplicationStatus.DENIED);
		assertThat(denied.decisionNumber()).contains("许不予");
		refused(() -> this.licensing.decide(denied.id(), denied.version(), new Licensing.Decision(true, null, null),
				head()), "LICENSING_WRONG_STATE", HttpStatus.CONFLICT);
	}

	@Test
	void extensionIsRefusedWhereTheSingleLawFixesTheLimit() {
		this.clock.set("2026-05-11");
		LicenceApplication received = receiveComplete("EIA_FORM");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		refused(() -> this.licensing.extend(accepted.id(), accepted.version(), "情况复杂", head()),
				"LICENSING_EXTENSION_NOT_ALLOWED", HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void licenceActsRefuseALateRenewalAndActOnAnEndedLicence() {
		this.clock.set("2026-05-11");
		LicenceApplication received = receiveComplete("DISCHARGE_SIMPLE");
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		LicenceApplication granted = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(true, "排放化学需氧量、氨氮，许可排放量见副本", null), head());
		Licence licence = this.licensing.licence(granted.licenceId(), head());
		assertThat(licence.validTo()).isEqualTo(LocalDate.parse("2031-05-10"));
		refused(() -> this.licensing.renew(licence.id(), licence.version(), LocalDate.parse("2031-04-20"), head()),
				"LICENSING_RENEWAL_LATE", HttpStatus.UNPROCESSABLE_CONTENT);
		refused(() -> this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.CANCELLED, "歇业", clerk()),
				"LICENSING_HEAD_ONLY", HttpStatus.FORBIDDEN);
		Licence cancelled = this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.CANCELLED, "被许可人依法终止",
				head());
		assertThat(cancelled.status()).isEqualTo(LicenceStatus.CANCELLED);
		refused(() -> this.licensing.change(cancelled.id(), cancelled.version(), "新内容", "更名", head()),
				"LICENSING_LICENCE_NOT_IN_FORCE", HttpStatus.CONFLICT);
		refused(() -> this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.REVOKED, "x", head()),
				"CONCURRENT_MODIFICATION", HttpStatus.CONFLICT);
	}

}
