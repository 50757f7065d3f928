package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * A personal-data key was added ({@code ROTATED}) or stored values were sealed again with
 * the current key ({@code RESEALED}, with counts). Never carries a key or a value.
 */
public record PersonalDataKeyChanged(String change, int version, long resealed, long broken) implements AuditableEvent {

	@Override
	public String action() {
		return "SUBJECT_PERSONAL_DATA_KEY_" + this.change;
	}

	@Override
	public String objectType() {
		return "PersonalDataKey";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.version);
	}

	@Override
	public String detail() {
		return "version=" + this.version + " resealed=" + this.resealed + " broken=" + this.broken;
	}

}
