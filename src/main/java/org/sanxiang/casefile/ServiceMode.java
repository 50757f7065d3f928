package org.sanxiang.casefile;

/**
 * How a notice or a decision reaches the party (送达, 行政处罚法 第六十一条 and the 民事诉讼法 it refers
 * to): handed over, left at the party's premises when refused, by post, by electronic
 * means with the party's signed consent, or by announcement.
 */
public enum ServiceMode {

	DIRECT("直接送达"), LEFT("留置送达"), POST("邮寄送达"), ELECTRONIC("电子送达"), ANNOUNCEMENT("公告送达");

	private final String chineseName;

	ServiceMode(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
