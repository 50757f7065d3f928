package org.sanxiang.evidence;

/** What the recording policy asks of an act. */
public enum RecordingRequirement {

	/** Continuous audio/video recording of the whole act, without a gap. */
	CONTINUOUS_VIDEO("应当全程音像记录，不得间断"),

	/** Audio/video recording recommended. */
	RECOMMENDED("宜进行音像记录"),

	/** Text records suffice. */
	TEXT("文字记录");

	private final String chineseName;

	RecordingRequirement(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
