package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication's 双公示 fields (信用中国, 行政处罚 or 行政许可) as the publicity module keeps them,
 * from the decision event and the publisher's edits. {@link #partyName} is internal; the
 * public sees {@link #partyNamePublic} — a natural person's name always masked (张某某) —
 * and no credit code for a natural person. {@link #licence} is set for a licensing
 * decision only.
 */
record CreditFields(long publicationId, String partyName, String partyNamePublic, String partyKind, String creditCode,
		Long documentId, String number, List<String> penaltyTypes, BigDecimal fine, String basis, String agencyCode,
		Licence licence) {

	CreditFields(long publicationId, String partyName, String partyNamePublic, String partyKind, String creditCode,
			Long documentId, String number, List<String> penaltyTypes, BigDecimal fine, String basis,
			String agencyCode) {
		this(publicationId, partyName, partyNamePublic, partyKind, creditCode, documentId, number, penaltyTypes, fine,
				basis, agencyCode, null);
	}

	/** 行政相对人类别 in Chinese. */
	public String partyKindName() {
		try {
			return org.sanxiang.casefile.CaseEvent.PartyCategory.valueOf(this.partyKind).chineseName();
		}
		catch (IllegalArgumentException ex) {
			return "其他";
		}
	}

	/** 处罚类别, joined as 信用中国 lists them. */
	public String penaltyTypesText() {
		return String.join("；", this.penaltyTypes);
	}

	/**
	 * The licensing fields of 信用中国's 行政许可信息 beside the party and the 文书号: 法定代表人,
	 * 许可决定文书名称, 许可类别, 许可证书名称, 许可编号, 许可内容 (redacted), 许可决定日期, 有效期自/至, 许可机关 and its credit
	 * code, 当前状态 (有效, 撤销, 撤回, 吊销, 注销) and 数据来源单位.
	 */
	record Licence(Long licenceId, String legalRepresentative, String documentTitle, String category,
			String certificateName, String certificateNumber, String content, LocalDate decidedOn, LocalDate validFrom,
			LocalDate validTo, String agencyName, String agencyCreditCode, String currentStatus, String dataSource) {
	}

}
