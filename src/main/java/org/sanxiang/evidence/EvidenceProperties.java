package org.sanxiang.evidence;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the evidence module ({@code sanxiang.evidence.*}): the largest file taken by
 * the plain (multipart) upload, the largest file of each content family, and the bounds
 * within which a DOCX/XLSX (a zip) is read.
 */
@ConfigurationProperties("sanxiang.evidence")
public record EvidenceProperties(DataSize multipartLimit, Map<String, DataSize> sizeLimits, int zipMaxEntries,
		DataSize zipMaxUncompressed, int zipMaxRatio) {

	static final Map<String, DataSize> DEFAULT_LIMITS = Map.of("image", DataSize.ofMegabytes(30), "audio",
			DataSize.ofMegabytes(500), "video", DataSize.ofGigabytes(8), "pdf", DataSize.ofMegabytes(200), "office",
			DataSize.ofMegabytes(50));

	public EvidenceProperties {
		multipartLimit = (multipartLimit != null) ? multipartLimit : DataSize.ofMegabytes(50);
		java.util.Map<String, DataSize> limits = new java.util.HashMap<>(DEFAULT_LIMITS);
		if (sizeLimits != null) {
			limits.putAll(sizeLimits);
		}
		sizeLimits = Map.copyOf(limits);
		zipMaxEntries = (zipMaxEntries > 0) ? zipMaxEntries : 5_000;
		zipMaxUncompressed = (zipMaxUncompressed != null) ? zipMaxUncompressed : DataSize.ofMegabytes(300);
		zipMaxRatio = (zipMaxRatio > 0) ? zipMaxRatio : 100;
	}

	public static EvidenceProperties defaults() {
		return new EvidenceProperties(null, null, 0, null, 0);
	}

	long limitOf(String family) {
		return this.sizeLimits.get(family).toBytes();
	}

}
