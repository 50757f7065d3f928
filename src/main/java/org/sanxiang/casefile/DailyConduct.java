package org.sanxiang.casefile;

/**
 * The conduct 按日连续处罚 may follow (环境保护法 第五十九条; 环境保护主管部门实施按日连续处罚办法 第五条): unlawful discharge
 * only — never obstruction, records, labels or registration, which are not on this list.
 */
public enum DailyConduct {

	EXCEEDS_STANDARD("超过国家或者地方规定的污染物排放标准，或者超过重点污染物排放总量控制指标排放污染物"),
	EVASION("通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行防治污染设施等逃避监管的方式排放污染物"), NO_PERMIT("排放法律、法规规定禁止排放的污染物，或者未取得排污许可证排放污染物"),
	ILLEGAL_DUMPING("违法倾倒危险废物"), OTHER_DISCHARGE("法律、法规规定可以实施按日连续处罚的其他违法排放污染物行为");

	private final String chineseName;

	DailyConduct(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
