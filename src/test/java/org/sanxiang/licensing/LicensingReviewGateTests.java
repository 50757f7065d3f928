package org.sanxiang.licensing;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.review.ReviewRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 撤销行政许可 goes through legal review (行政许可法 第六十九条; the review catalogue's entry): the
 * head's act is refused without a passed review, allowed for exactly the content the
 * reviewer passed, and refused again when the reason changed after review; 撤回 and 注销 need
 * no review.
 */
@SpringBootTest(properties = "sanxiang.test.context=licensing")
@Import({ DemoAccounts.class, LicensingTestSupport.Clock.class })
@RecordApplicationEvents
class LicensingReviewGateTests extends LicensingTestSupport {

	private static final String REASON = "申请人以欺骗手段取得行政许可（行政许可法第六十九条第二款）";

	@Autowired
	ApplicationEvents events;

	Licence granted(String type) {
		this.clock.set("2026-09-01");
		LicenceApplication received = receiveComplete(type);
		LicenceApplication accepted = this.licensing.accept(received.id(), received.version(), clerk());
		this.clock.set("2026-09-08");
		LicenceApplication decided = this.licensing.decide(accepted.id(), accepted.version(),
				new Licensing.Decision(true, "排放化学需氧量、氨氮", null), head());
		return this.licensing.licence(decided.licenceId(), head());
	}

	@Test
	void revocationIsRefusedWithoutReviewAndMadeAfterTheReviewerPassedIt() {
		Licence licence = granted("DISCHARGE_SIMPLE");
		assertThatThrownBy(
				() -> this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.REVOKED, REASON, head()))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("LICENSING_REVIEW_REQUIRED");
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getMessage()).contains("法制审核");
			});
		assertThat(this.licensing.licence(licence.id(), head()).status()).isEqualTo(LicenceStatus.IN_FORCE);

		ReviewRequest request = this.licensing.submitRevocation(licence.id(), REASON, clerk());
		assertThat(request.reviewRequired()).isTrue();
		assertThat(request.current().snapshot().canonicalText()).contains(licence.licenceNumber())
			.contains(REASON)
			.contains("《中华人民共和国行政许可法》第六十九条")
			.contains("LICENCE_REVOCATION");
		// submitted but not yet passed: still refused
		assertThatThrownBy(
				() -> this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.REVOKED, REASON, head()))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("LICENSING_REVIEW_REQUIRED"));
		this.reviews.take(request.id(), reviewer());
		this.reviews.pass(request.id(), org.sanxiang.review.ReviewProposals.findingsWanting(null), reviewer());

		this.clock.set("2026-09-10");
		Licence revoked = this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.REVOKED, REASON,
				head());
		assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);
		LicenceEnded ended = this.events.stream(LicenceEnded.class)
			.filter((e) -> e.licenceId() == licence.id())
			.findFirst()
			.orElseThrow();
		assertThat(ended.kind()).isEqualTo(LicenceEnded.Kind.REVOKED);
		assertThat(ended.publicReason()).isEqualTo(REASON);
	}

	@Test
	void aReasonChangedAfterReviewIsRefused() {
		Licence licence = granted("EIA_FORM");
		reviewRevocation(licence, REASON);
		assertThatThrownBy(() -> this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.REVOKED,
				REASON + "，且拒不改正", head()))
			.isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("LICENSING_REVIEW_REQUIRED"));
		assertThat(this.licensing.licence(licence.id(), head()).status()).isEqualTo(LicenceStatus.IN_FORCE);
		// withdrawal (撤回) is not a catalogue-listed decision
		Licence withdrawn = this.licensing.end(licence.id(), licence.version(), LicenceEnded.Kind.WITHDRAWN,
				"所依据的规划修改，为了公共利益的需要（行政许可法第八条）", head());
		assertThat(withdrawn.status()).isEqualTo(LicenceStatus.WITHDRAWN);
	}

	@Test
	void onlyTheHandlingUnitSubmitsARevocation() {
		Licence licence = granted("DISCHARGE_SIMPLE");
		assertThatThrownBy(() -> this.licensing.submitRevocation(licence.id(), REASON, head())).isInstanceOfSatisfying(
				RuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("LICENSING_CLERK_ONLY"));
		assertThatThrownBy(() -> this.licensing.submitRevocation(licence.id(), " ", clerk())).isInstanceOfSatisfying(
				RuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("LICENSING_END_REASON"));
	}

}
