package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * A published inspection result as the public sees it (page, JSON, CSV): only the
 * approved copy and the party's public name — never the internal name, the original text
 * or a database id.
 *
 * @param id the opaque public id
 * @param taskNumber the inspection task's number
 * @param party the party's public name (a natural person's masked)
 * @param creditCode the 统一社会信用代码 of an organisation, or null
 * @param item the random-inspection item (抽查事项)
 * @param agency the inspecting agency
 * @param inspectedOn the inspection's date
 * @param outcome 发现问题 or 未发现问题
 * @param result the approved text of the result
 * @param publishedOn the publication's date
 */
record PublicInspectionResult(String id, String taskNumber, String party, String creditCode, String item, String agency,
		LocalDate inspectedOn, String outcome, String result, LocalDate publishedOn) {

	static PublicInspectionResult of(InspectionResult r) {
		return new PublicInspectionResult(r.publicId(), r.taskNumber(), r.publicParty(), r.creditCode(), r.itemName(),
				r.agencyName(), r.inspectedOn(), r.outcomeName(), r.publishedText(), r.publishedOn());
	}

	static final String CSV_COLUMNS = "编号,检查任务编号,被检查对象,统一社会信用代码,抽查事项,检查机关,检查日期,检查结果,结果说明,公开日期";

	String csvLine() {
		return String.join(",", OpenData.cell(this.id), OpenData.cell(this.taskNumber), OpenData.cell(this.party),
				OpenData.cell(this.creditCode), OpenData.cell(this.item), OpenData.cell(this.agency),
				OpenData.cell(this.inspectedOn), OpenData.cell(this.outcome), OpenData.cell(this.result),
				OpenData.cell(this.publishedOn));
	}

}
