package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One device of the agency's register as people read it: what it is, who carries it, its
 * status since when, and when evidence recorded with it was last uploaded (none yet:
 * {@code null}).
 */
public record RecordingDevice(long id, long agencyId, String name, String serialNumber, DeviceType type, Long officerId,
		String officerName, DeviceStatus status, LocalDate statusSince, Instant lastUpload, int version) {

	/** How people name the device: its name and serial number. */
	public String label() {
		return this.name + "（" + this.serialNumber + "）";
	}

}
