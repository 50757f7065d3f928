package org.sanxiang.review;

/**
 * One finding of the automatic pre-review (自动预审): which rule was checked, the outcome,
 * what was found (for 无法核查: what is missing) and the provision the rule comes from. It
 * advises the reviewer; it does not block the request.
 *
 * @param check the rule's code, e.g. {@code NOTICE_AND_DEFENCE}
 * @param name what the rule is called, e.g. {@code 告知与陈述申辩}
 * @param outcome 符合 / 存在问题 / 无法核查
 * @param detail what was found, in Chinese
 * @param basis the provision, e.g. {@code 《中华人民共和国行政处罚法》第四十四条、第六十二条}
 */
public record PreReviewFinding(String check, String name, Outcome outcome, String detail, String basis) {

	/** The outcome of one check. */
	public enum Outcome {

		CONFORMS("符合"), PROBLEM("存在问题"), UNVERIFIABLE("无法核查");

		private final String chineseName;

		Outcome(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	static PreReviewFinding conforms(Check check, String detail) {
		return new PreReviewFinding(check.name(), check.chineseName(), Outcome.CONFORMS, detail, check.basis());
	}

	static PreReviewFinding problem(Check check, String detail) {
		return new PreReviewFinding(check.name(), check.chineseName(), Outcome.PROBLEM, detail, check.basis());
	}

	static PreReviewFinding unverifiable(Check check, String detail) {
		return new PreReviewFinding(check.name(), check.chineseName(), Outcome.UNVERIFIABLE, detail, check.basis());
	}

	/** The rules the pre-review checks, with the provision each comes from. */
	public enum Check {

		CASE_HANDLING_PERIOD("办案期限", "《中华人民共和国行政处罚法》第六十条；《生态环境行政处罚办法》第五十七条"),
		NOTICE_AND_DEFENCE("告知与陈述申辩", "《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十二条"),
		HEARING("听证", "《中华人民共和国行政处罚法》第六十三条、第六十四条第一项、第六十五条"), HEARING_NOTICE("听证通知期限", "《中华人民共和国行政处罚法》第六十四条第二项、第八十五条"),
		OFFICERS("执法人员", "《中华人民共和国行政处罚法》第四十二条第一款、第五十五条"),
		RECORDING("音像记录", "《中华人民共和国行政处罚法》第四十七条；行政执法全过程记录制度（查封、扣押等应当全程音像记录）"),
		PARTY_CODE("当事人证照号码", "《法人和其他组织统一社会信用代码编码规则》（GB 32100-2015）；《公民身份号码》（GB 11643-1999）"),
		AMOUNTS("决定内容与金额", "《中华人民共和国行政处罚法》第五十九条第一款第三项"), DISCRETION("裁量幅度", "《中华人民共和国行政处罚法》第三十四条；本机关行政处罚裁量基准"),
		PROVISIONS("所引条款版本", "《中华人民共和国行政处罚法》第三十七条"), JURISDICTION("管辖权限", "《中华人民共和国行政处罚法》第二十二条、第二十三条；本机关权责清单");

		private final String chineseName;

		private final String basis;

		Check(String chineseName, String basis) {
			this.chineseName = chineseName;
			this.basis = basis;
		}

		public String chineseName() {
			return this.chineseName;
		}

		public String basis() {
			return this.basis;
		}

	}

}
