package org.sanxiang.licensing;

import java.time.Instant;
import java.util.List;

import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.review.ReviewProposals;
import org.sanxiang.review.ReviewRequest;
import org.sanxiang.review.Reviews;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the licensing tests share: one context ({@code sanxiang.test.context=licensing})
 * with a movable clock, the demo accounts, and an application received for a demo party.
 */
abstract class LicensingTestSupport {

	@TestConfiguration
	static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-02-09T02:00:00Z"));
		}

	}

	@Autowired
	MovableClock clock;

	@Autowired
	Licensing licensing;

	@Autowired
	DemoAccounts demo;

	@Autowired
	PartyRegistry parties;

	@Autowired
	Reviews reviews;

	SanxiangPrincipal clerk() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	PartySummary party() {
		return this.parties.search(clerk().dataScope().agencyIds(), null, null, 0).items().get(0);
	}

	LicenceApplication receive(String type, List<String> materials) {
		return this.licensing
			.receive(new Licensing.Receipt(type, party().id(), "某某项目" + type + "许可申请", false, materials), clerk());
	}

	LicenceApplication receiveComplete(String type) {
		return receive(type, this.licensing.type(type).requiredItems());
	}

	SanxiangPrincipal reviewer() {
		return this.demo.principal("demo-reviewer");
	}

	/**
	 * The window officer submits the revocation with this reason and the legal reviewer
	 * passes it (the gate of 撤销).
	 */
	ReviewRequest reviewRevocation(Licence licence, String reason) {
		ReviewRequest request = this.licensing.submitRevocation(licence.id(), reason, clerk());
		this.reviews.take(request.id(), reviewer());
		return this.reviews.pass(request.id(), ReviewProposals.findingsWanting(null), reviewer());
	}

}
