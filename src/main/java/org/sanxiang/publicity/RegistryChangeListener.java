package org.sanxiang.publicity;

import org.sanxiang.identity.IdentityEvents;
import org.sanxiang.legalbasis.LegalBasisEvents;
import org.sanxiang.officer.CredentialReinstated;
import org.sanxiang.officer.CredentialRevoked;
import org.sanxiang.officer.CredentialSuspended;
import org.sanxiang.officer.OfficerCorrected;
import org.sanxiang.officer.OfficerRegistered;
import org.sanxiang.publicity.PortalUpdateDuty.Registry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What counts as a change of the 事前公开 registries (docs/publicity.md): an officer
 * registered or corrected, a certificate suspended, revoked or reinstated; an agency
 * created; a matter of the 权责清单 added, revised or retired. Recorded in the transaction of
 * the change, so a change that rolls back leaves no duty.
 */
@Component
class RegistryChangeListener {

	private final PortalUpdateDuty duty;

	RegistryChangeListener(PortalUpdateDuty duty) {
		this.duty = duty;
	}

	@EventListener
	void on(OfficerRegistered event) {
		this.duty.recordChange(Registry.OFFICER, "新增执法人员 " + event.name());
	}

	@EventListener
	void on(OfficerCorrected event) {
		this.duty.recordChange(Registry.OFFICER, "更正执法人员信息 " + event.name());
	}

	@EventListener
	void on(CredentialSuspended event) {
		this.duty.recordChange(Registry.OFFICER, "暂扣执法证 " + event.name());
	}

	@EventListener
	void on(CredentialRevoked event) {
		this.duty.recordChange(Registry.OFFICER, "注销执法证 " + event.name());
	}

	@EventListener
	void on(CredentialReinstated event) {
		this.duty.recordChange(Registry.OFFICER, "恢复执法证 " + event.name());
	}

	@EventListener
	void on(IdentityEvents.AgencyCreated event) {
		this.duty.recordChange(Registry.AGENCY, "新增执法主体 " + event.name());
	}

	@EventListener
	void on(IdentityEvents.AgencyCreditCodeAssigned event) {
		this.duty.recordChange(Registry.AGENCY, "登记统一社会信用代码 " + event.name());
	}

	@EventListener
	void on(LegalBasisEvents.MatterAdded event) {
		this.duty.recordChange(Registry.POWER, "新增执法事项 " + event.name());
	}

	@EventListener
	void on(LegalBasisEvents.MatterRevised event) {
		this.duty.recordChange(Registry.POWER, "修订执法事项 " + event.name());
	}

	@EventListener
	void on(LegalBasisEvents.MatterRetired event) {
		this.duty.recordChange(Registry.POWER, "取消执法事项 " + event.name());
	}

}
