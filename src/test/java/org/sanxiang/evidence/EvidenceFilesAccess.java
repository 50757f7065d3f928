package org.sanxiang.evidence;

/** The sample files of {@link EvidenceFiles} for the tests of the upload package. */
public final class EvidenceFilesAccess {

	private EvidenceFilesAccess() {
	}

	public static byte[] mp4() {
		return EvidenceFiles.mp4();
	}

	public static byte[] jpeg() {
		return EvidenceFiles.jpeg();
	}

}
