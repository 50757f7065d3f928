package org.sanxiang.casefile;

/** Why a coercive measure is released (解除). */
public enum ReleaseReason {

	ON_APPLICATION("经当事人申请核实后解除"), DECIDED("已作出处理决定"), EXPIRED("期限届满"), NOT_NEEDED("不再需要采取措施"), RECTIFIED("整改完成并备案");

	private final String chineseName;

	ReleaseReason(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
