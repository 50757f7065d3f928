package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/** Events of the personal-data keys; never carry a key or a value. */
public final class PersonalDataKeyEvents {

	private PersonalDataKeyEvents() {
	}

	/** A new personal-data key was added and seals from now on. */
	public record KeyRotated(int version) implements KeyAuditLine {

		public String change() {
			return "ROTATED";
		}

		public long resealed() {
			return 0;
		}

		public long broken() {
			return 0;
		}
	}

	/**
	 * Stored values were sealed again with the current key; {@code broken} counts those
	 * that could not be opened.
	 */
	public record ValuesResealed(int version, long resealed, long broken) implements KeyAuditLine {

		public String change() {
			return "RESEALED";
		}
	}

	/** How a key event reads in the audit trail. */
	interface KeyAuditLine extends AuditableEvent {

		int version();

		long resealed();

		long broken();

		String change();

		default String action() {
			return "SUBJECT_PERSONAL_DATA_KEY_" + change();
		}

		default String objectType() {
			return "PersonalDataKey";
		}

		default String objectId() {
			return String.valueOf(version());
		}

		default String detail() {
			return "version=" + version() + " resealed=" + resealed() + " broken=" + broken();
		}

	}

}
