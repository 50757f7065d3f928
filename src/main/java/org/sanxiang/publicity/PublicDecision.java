package org.sanxiang.publicity;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A decision as the public sees it (page, API, CSV, feed): built only from the approved
 * redacted copy; the text only while it is PUBLISHED — a withdrawn or expired decision is
 * a tombstone with its reason and dates.
 */
@Schema(description = "一件公示的执法决定（a published decision, from the approved redacted copy）")
record PublicDecision(@Schema(description = "公示编号（public id）") String id,
		@Schema(description = "状态（status）：PUBLISHED、WITHDRAWN、EXPIRED") String status,
		@Schema(description = "状态名称（status in Chinese）") String statusName,
		@Schema(description = "标题（title, redacted）") String title,
		@Schema(description = "决定类型（decision type code）") String type,
		@Schema(description = "决定类型名称（decision type in Chinese）") String typeName,
		@Schema(description = "执法机关（agency）") String agency,
		@Schema(description = "决定日期（decided on）") LocalDate decidedOn,
		@Schema(description = "公示日期（published on）") LocalDate publishedOn,
		@Schema(description = "公示文本版本（version of the published text; a correction adds one）") int version,
		@Schema(description = "公示文本（published text, redacted），仅 PUBLISHED 时给出") String text,
		@Schema(description = "撤回理由（public reason of the withdrawal），仅 WITHDRAWN") String withdrawalReason,
		@Schema(description = "撤回日期（withdrawn on），仅 WITHDRAWN") LocalDate withdrawnOn,
		@Schema(description = "替代决定的公示编号（public id of the new decision），仅 WITHDRAWN") String replacedBy,
		@Schema(description = "公示期满日期（publicity period ended on），仅 EXPIRED") LocalDate expiredOn,
		@Schema(description = "双公示字段（信用中国 fields），仅 PUBLISHED 且有时给出") Credit credit) {

	PublicDecision(String id, String status, String statusName, String title, String type, String typeName,
			String agency, LocalDate decidedOn, LocalDate publishedOn, int version, String text,
			String withdrawalReason, LocalDate withdrawnOn, String replacedBy, LocalDate expiredOn) {
		this(id, status, statusName, title, type, typeName, agency, decidedOn, publishedOn, version, text,
				withdrawalReason, withdrawnOn, replacedBy, expiredOn, null);
	}

	/**
	 * The decision with its 双公示 fields ({@code fields} may be null) — shown only while it
	 * is PUBLISHED (a licensing decision's also when WITHDRAWN, for its 当前状态 撤销/撤回/注销),
	 * and only the public name (a natural person's masked).
	 */
	static PublicDecision of(Publication p, String replacedByPublicId, CreditFields fields) {
		PublicDecision d = of(p, replacedByPublicId);
		boolean shown = p.status() == Publication.Status.PUBLISHED
				|| (fields != null && fields.licence() != null && p.status() == Publication.Status.WITHDRAWN);
		if (fields == null || !shown) {
			return d;
		}
		CreditFields.Licence l = fields.licence();
		Licence licence = (l == null) ? null
				: new Licence(l.legalRepresentative(), l.documentTitle(), l.category(), l.certificateName(),
						l.certificateNumber(), l.content(), l.decidedOn(), l.validFrom(), l.validTo(), l.agencyName(),
						l.agencyCreditCode(), l.currentStatus(), l.dataSource());
		Credit credit = new Credit(fields.partyNamePublic(), fields.partyKind(), fields.partyKindName(),
				fields.creditCode(), fields.number(), fields.penaltyTypes(), fields.fine(), p.decidedOn(),
				p.agencyName(), fields.agencyCode(), fields.basis(), licence);
		return new PublicDecision(d.id(), d.status(), d.statusName(), d.title(), d.type(), d.typeName(), d.agency(),
				d.decidedOn(), d.publishedOn(), d.version(), d.text(), d.withdrawalReason(), d.withdrawnOn(),
				d.replacedBy(), d.expiredOn(), credit);
	}

	static PublicDecision of(Publication p, String replacedByPublicId) {
		boolean published = p.status() == Publication.Status.PUBLISHED;
		boolean withdrawn = p.status() == Publication.Status.WITHDRAWN;
		return new PublicDecision(p.publicId(), p.status().name(), p.statusName(), p.publishedTitle(), p.kind(),
				p.typeName(), p.agencyName(), p.decidedOn(), p.publishedOn(), p.textVersion(),
				published ? p.publishedText() : null, withdrawn ? p.withdrawalReason() : null,
				withdrawn ? p.withdrawnOn() : null, withdrawn ? replacedByPublicId : null,
				(p.status() == Publication.Status.EXPIRED) ? p.expiredOn() : null);
	}

	/**
	 * The 双公示 fields (信用中国, 行政处罚): 行政相对人名称 (a natural person's masked) and 类别, 统一社会信用代码
	 * (none for a natural person), 决定书文号, 处罚类别, 罚款金额 (元), 处罚决定日期, 处罚机关 and its code in
	 * this platform, 处罚依据.
	 */
	@Schema(description = "双公示字段（信用中国，行政处罚）")
	record Credit(@Schema(description = "行政相对人名称（party name; a natural person's masked）") String partyName,
			@Schema(description = "行政相对人类别代码（party kind）") String partyKind,
			@Schema(description = "行政相对人类别（party kind in Chinese）") String partyKindName,
			@Schema(description = "统一社会信用代码（credit code; none for a natural person）") String creditCode,
			@Schema(description = "决定书文号（document number）") String number,
			@Schema(description = "处罚类别（penalty types）") java.util.List<String> penaltyTypes,
			@Schema(description = "罚款金额（fine, 元）") java.math.BigDecimal fine,
			@Schema(description = "处罚决定日期（decided on）") LocalDate decidedOn,
			@Schema(description = "处罚机关（agency）") String agency,
			@Schema(description = "处罚机关统一社会信用代码或本平台编号（agency code）") String agencyCode,
			@Schema(description = "处罚依据（legal basis）") String basis,
			@Schema(description = "行政许可双公示字段（licensing fields），仅行政许可决定") Licence licence) {
	}

	/**
	 * The 双公示 fields of a licensing decision (信用中国, 行政许可信息) beside the party, its credit
	 * code and the 文书号 of {@link Credit}.
	 */
	@Schema(description = "行政许可双公示字段（信用中国，行政许可）")
	record Licence(
			@Schema(description = "法定代表人（legal representative; none for a natural person）") String legalRepresentative,
			@Schema(description = "许可决定文书名称（title of the decision document）") String documentTitle,
			@Schema(description = "许可类别（category: 普通、特许、认可、核准、登记、其他）") String category,
			@Schema(description = "许可证书名称（certificate name）") String certificateName,
			@Schema(description = "许可编号（certificate number）") String certificateNumber,
			@Schema(description = "许可内容（content, redacted）") String content,
			@Schema(description = "许可决定日期（decided on）") LocalDate decidedOn,
			@Schema(description = "有效期自（valid from）") LocalDate validFrom,
			@Schema(description = "有效期至（valid to）") LocalDate validTo,
			@Schema(description = "许可机关（licensing agency）") String agency,
			@Schema(description = "许可机关统一社会信用代码（agency credit code）") String agencyCreditCode,
			@Schema(description = "当前状态（status: 有效、撤销、撤回、吊销、注销）") String currentStatus,
			@Schema(description = "数据来源单位（data source）") String dataSource) {
	}

}
