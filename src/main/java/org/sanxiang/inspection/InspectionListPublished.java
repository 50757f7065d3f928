package org.sanxiang.inspection;

import org.sanxiang.core.AuditableEvent;

/** A new version of an agency's random-inspection list (抽查事项清单) was published. */
public record InspectionListPublished(long agencyId, int version, int items, String digest) implements AuditableEvent {

	@Override
	public String action() {
		return "INSPECTION_LIST_PUBLISHED";
	}

	@Override
	public String objectType() {
		return "InspectionItemList";
	}

	@Override
	public String objectId() {
		return this.agencyId + "#" + this.version;
	}

	@Override
	public String objectLabel() {
		return "随机抽查事项清单（第" + this.version + "版）";
	}

	@Override
	public String detail() {
		return this.items + " 项，sha256=" + this.digest;
	}

}
