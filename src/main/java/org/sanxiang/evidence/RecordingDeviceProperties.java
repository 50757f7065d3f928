package org.sanxiang.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's rules for its recording devices ({@code sanxiang.evidence.devices.*}). No
 * national rule fixes these numbers (the provincial notice asks each bureau to set its
 * own 使用规范), so they are the agency's: a recording uploaded more than {@code lateUpload}
 * (24 h) after its capture ended is late, a device 在用 that has uploaded nothing for
 * {@code silentDays} (7) days is silent; late uploads stay on the unit head's list for
 * {@code lateUploadListedDays} (7) days.
 */
@ConfigurationProperties("sanxiang.evidence.devices")
public record RecordingDeviceProperties(Duration lateUpload, int silentDays, int lateUploadListedDays) {

	public RecordingDeviceProperties {
		lateUpload = (lateUpload != null && !lateUpload.isNegative() && !lateUpload.isZero()) ? lateUpload
				: Duration.ofHours(24);
		silentDays = (silentDays > 0) ? silentDays : 7;
		lateUploadListedDays = (lateUploadListedDays > 0) ? lateUploadListedDays : 7;
	}

}
