package org.sanxiang.licensing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo licensing (only with {@code sanxiang.demo.duties}, off in tests): in the 牡丹江
 * bureau one application accepted and running, one told once what is missing, and one
 * granted with its licence in force — all made through {@link Licensing} by the demo
 * clerk (demo-officer) and the demo head (demo-head), so their documents are issued.
 * Nothing is made when the bureau has an application already.
 */
@Component
@Order(71)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.duties", havingValue = "true")
class DemoLicensing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLicensing.class);

	private final Licensing licensing;

	private final PartyRegistry parties;

	private final UserDetailsService users;

	DemoLicensing(Licensing licensing, PartyRegistry parties, UserDetailsService users) {
		this.licensing = licensing;
		this.parties = parties;
		this.users = users;
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			makeAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo licensing: {}", ex.getMessage());
		}
	}

	void makeAll() {
		SanxiangPrincipal clerk = (SanxiangPrincipal) this.users.loadUserByUsername("demo-officer");
		SanxiangPrincipal head = (SanxiangPrincipal) this.users.loadUserByUsername("demo-head");
		if (!this.licensing.applicationLines(clerk).isEmpty()) {
			return;
		}
		List<PartySummary> found = this.parties.search(clerk.dataScope().agencyIds(), null, null, 0).items();
		if (found.size() < 1) {
			return;
		}
		PartySummary first = found.get(0);
		PartySummary second = found.get(Math.min(1, found.size() - 1));
		PartySummary third = found.get(Math.min(2, found.size() - 1));
		// granted, the licence in force
		LicenceApplication granted = receive("DISCHARGE_SIMPLE", first, "污水处理站及锅炉废气排放口排污许可（简化管理）", clerk);
		granted = this.licensing.accept(granted.id(), granted.version(), clerk);
		this.licensing.decide(granted.id(), granted.version(), new Licensing.Decision(true, null, null), head);
		// accepted, the decision limit running
		LicenceApplication accepted = receive("HAZWASTE", second, "废矿物油（HW08）收集、贮存经营许可", clerk);
		this.licensing.accept(accepted.id(), accepted.version(), clerk);
		// told once what is missing
		LicenceType eia = this.licensing.type("EIA_FORM");
		List<String> required = eia.requiredItems();
		LicenceApplication incomplete = this.licensing.receive(new Licensing.Receipt(eia.code(), third.id(),
				"年产5万吨饲料加工项目环境影响报告表审批", false, required.subList(0, Math.max(0, required.size() - 1))), clerk);
		if (!required.isEmpty()) {
			this.licensing.notifyMissing(incomplete.id(), incomplete.version(),
					List.of(required.get(required.size() - 1)), clerk);
		}
		log.info("Demo licensing: three applications of {} made", clerk.agencyName());
	}

	private LicenceApplication receive(String type, PartySummary party, String matter, SanxiangPrincipal clerk) {
		return this.licensing.receive(
				new Licensing.Receipt(type, party.id(), matter, false, this.licensing.type(type).requiredItems()),
				clerk);
	}

}
