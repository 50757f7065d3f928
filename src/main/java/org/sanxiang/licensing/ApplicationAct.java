package org.sanxiang.licensing;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One act on an application, in the timeline, with the document it issued if any. */
@Table("licence_application_act")
public record ApplicationAct(String act, LocalDate actOn, String detail, Long documentId, String documentNumber,
		String actor) {

	/** The act's name as people read it. */
	public String label() {
		return switch (this.act) {
			case "RECEIVE" -> "收件";
			case "ACCEPT" -> "受理";
			case "DEEMED_ACCEPTED" -> "逾期未告知，视为受理";
			case "REFUSE" -> "不予受理";
			case "NOTIFY_MISSING" -> "一次性告知补正材料";
			case "RESUBMIT" -> "补正材料";
			case "PAUSE" -> "中止计时";
			case "RESUME" -> "恢复计时";
			case "HEARING_NOTICE" -> "听证告知";
			case "EXTEND" -> "延长期限";
			case "GRANT" -> "准予行政许可";
			case "DENY" -> "不予行政许可";
			default -> this.act;
		};
	}

}
