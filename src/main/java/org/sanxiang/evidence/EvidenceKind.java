package org.sanxiang.evidence;

/**
 * The kinds of evidence of 行政处罚法 第四十六条. 视听资料 are numbered in their own series (音像-n), all
 * others as 证据-n.
 */
public enum EvidenceKind {

	DOCUMENTARY("书证"), PHYSICAL("物证"), AUDIO_VISUAL("视听资料"), ELECTRONIC("电子数据"), WITNESS("证人证言"),
	PARTY_STATEMENT("当事人陈述"), EXPERT_OPINION("鉴定意见"), INSPECTION_RECORD("勘验笔录、现场笔录");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The numbering series: 音像 for audio/video, 证据 for the rest. */
	public String series() {
		return (this == AUDIO_VISUAL) ? "音像" : "证据";
	}

}
