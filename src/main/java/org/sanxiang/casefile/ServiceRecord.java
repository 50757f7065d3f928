package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * One service (送达) of a notice or a decision: the mode and what the mode needs. The act's
 * date is the day of service for every mode but 公告送达, where it is the day the
 * announcement was published and service counts from the day its period passed.
 *
 * @param mode the mode; 直接送达 when absent
 * @param receiptDocumentId the 送达回证 (for 邮寄送达 the signed postal receipt), if any
 * @param videoEvidenceId 留置送达: the video (evidence item) recording the service
 * @param witnesses 留置送达: the refusal and the witnesses (见证人) as the 送达回证 notes them
 * @param consentDocumentId 电子送达: the party's signed consent (送达地址确认书)
 */
public record ServiceRecord(ServiceMode mode, Long receiptDocumentId, Long videoEvidenceId, String witnesses,
		Long consentDocumentId) {

	/**
	 * 民事诉讼法 第九十五条: 自发出公告之日起，经过三十日，即视为送达 (natural days, 2021 amendment).
	 */
	public static final int ANNOUNCEMENT_DAYS = 30;

	public ServiceRecord {
		mode = (mode == null) ? ServiceMode.DIRECT : mode;
		witnesses = (witnesses == null || witnesses.isBlank()) ? null : witnesses.strip();
		if (mode == ServiceMode.LEFT && (videoEvidenceId == null || witnesses == null)) {
			throw new RuleViolation("CASE_SERVICE_LEFT", "留置送达须有记录送达过程的录像（证据）并写明拒收事由和见证人（民事诉讼法 第八十九条）");
		}
		if (mode == ServiceMode.ELECTRONIC && consentDocumentId == null) {
			throw new RuleViolation("CASE_SERVICE_CONSENT", "电子送达须有当事人同意并签订的确认书（行政处罚法 第六十一条第二款）");
		}
		if (witnesses != null && witnesses.length() > 1000) {
			throw new RuleViolation("CASE_SERVICE_WITNESSES", "见证情况不超过1000字");
		}
	}

	/** 直接送达 with the documents the act names (the backward-compatible default). */
	public static ServiceRecord direct() {
		return new ServiceRecord(ServiceMode.DIRECT, null, null, null, null);
	}

	/** The day service counts from, for an act on {@code actedOn}. */
	public LocalDate servedOn(LocalDate actedOn) {
		return (this.mode == ServiceMode.ANNOUNCEMENT) ? actedOn.plusDays(ANNOUNCEMENT_DAYS) : actedOn;
	}

	/** The documents the service rests on (送达回证, consent), to add to the act's own. */
	List<Long> documents(List<Long> others) {
		List<Long> all = new ArrayList<>((others == null) ? List.of() : others);
		for (Long id : new Long[] { this.receiptDocumentId, this.consentDocumentId }) {
			if (id != null && !all.contains(id)) {
				all.add(id);
			}
		}
		return all;
	}

	List<Long> evidence() {
		return (this.videoEvidenceId == null) ? List.of() : List.of(this.videoEvidenceId);
	}

	/** How the timeline describes it. */
	String note(LocalDate actedOn) {
		String note = this.mode.chineseName();
		if (this.mode == ServiceMode.ANNOUNCEMENT) {
			note += "：公告发出 " + actedOn + "，经过" + ANNOUNCEMENT_DAYS + "日，" + servedOn(actedOn) + " 视为送达";
		}
		if (this.mode == ServiceMode.POST) {
			note += "：签收日期 " + actedOn;
		}
		if (this.witnesses != null) {
			note += "；" + this.witnesses;
		}
		return note;
	}

}
