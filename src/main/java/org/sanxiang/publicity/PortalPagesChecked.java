package org.sanxiang.publicity;

import org.sanxiang.core.AuditableEvent;

/**
 * The publisher confirmed that a registry's 事前公开 pages were checked after its changes
 * ({@link PortalUpdateDuty}).
 */
public record PortalPagesChecked(String registry, String registryName, int changes) implements AuditableEvent {

	@Override
	public String action() {
		return "PORTAL_PAGES_CHECKED";
	}

	@Override
	public String objectType() {
		return "PortalPages";
	}

	@Override
	public String objectId() {
		return this.registry;
	}

	@Override
	public String objectLabel() {
		return this.registryName;
	}

	@Override
	public String detail() {
		return "已核对公示页面「" + this.registryName + "」，涉及 " + this.changes + " 项变更";
	}

}
