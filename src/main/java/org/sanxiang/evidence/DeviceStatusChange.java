package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a device's status history: the new status, from which day, why, by whom.
 */
public record DeviceStatusChange(DeviceStatus status, LocalDate changedOn, String reason, String changedByName,
		Instant recordedAt) {
}
