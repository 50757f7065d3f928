package org.sanxiang.licensing;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A period that does not count, from its first day to its last (null while it runs). */
@Table("licence_application_pause")
public record ApplicationPause(PauseKind kind, LocalDate firstDay, LocalDate lastDay, String reason) {

	public boolean running() {
		return this.lastDay == null;
	}

	/**
	 * Whether the day does not count; a running pause covers every day from its start.
	 */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.firstDay) && (this.lastDay == null || !day.isAfter(this.lastDay));
	}

}
