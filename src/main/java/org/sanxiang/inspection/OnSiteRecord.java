package org.sanxiang.inspection;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * The on-site record as the phone page keeps it (JSON, in the browser and as the task's
 * synced draft): one answer per checklist line (符合/不符合/不涉及 and a note), the place, the
 * person present, notes, the finding (违法嫌疑 yes/no and what), and the on-screen signatures
 * (PNG data URLs) of the party and of each inspector, keyed by officer id.
 */
public record OnSiteRecord(List<Answer> answers, String place, String onSitePerson, String notes, Boolean violation,
		String finding, String partySigner, String partySignature, boolean partyRefused,
		Map<String, String> inspectorSignatures) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// a draft saved by an older page may lack a field: absent is "not filled yet"
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	public OnSiteRecord {
		answers = (answers == null) ? List.of()
				: List.copyOf(answers.stream().map((a) -> (a == null) ? new Answer(null, null) : a).toList());
		inspectorSignatures = (inspectorSignatures == null) ? Map.of() : new LinkedHashMap<>(inspectorSignatures);
	}

	/** 符合 / 不符合 / 不涉及 and the inspector's note on one line. */
	public record Answer(String result, String note) {

		public String resultName() {
			return switch ((this.result == null) ? "" : this.result) {
				case "OK" -> "符合";
				case "NOK" -> "不符合";
				case "NA" -> "不涉及";
				default -> "未填写";
			};
		}

	}

	/** The draft as sent; refused (400) when it is not such a record. */
	static OnSiteRecord parse(String json) {
		try {
			OnSiteRecord record = JSON.readValue(json, OnSiteRecord.class);
			if (record == null) {
				throw invalid();
			}
			return record;
		}
		catch (JacksonException ex) {
			throw invalid();
		}
	}

	private static RuleViolation invalid() {
		return new RuleViolation("INSPECTION_DRAFT_INVALID", "现场记录草稿格式不正确", HttpStatus.BAD_REQUEST);
	}

	/**
	 * Refuses (422) a record that cannot be the 现场检查笔录 yet, naming what is missing: every
	 * line answered, place and person present, the finding decided (and described when a
	 * violation is suspected), the party's signature or refusal, each inspector's
	 * signature.
	 */
	void requireComplete(List<String> checklist, List<AssignedInspector> inspectors) {
		for (int i = 0; i < checklist.size(); i++) {
			Answer answer = (i < this.answers.size()) ? this.answers.get(i) : null;
			if (answer == null || answer.result() == null || !List.of("OK", "NOK", "NA").contains(answer.result())) {
				throw incomplete("检查要点第" + (i + 1) + "条（" + checklist.get(i) + "）尚未填写检查结果");
			}
			if (answer.note() != null && answer.note().length() > 1000) {
				throw incomplete("检查要点第" + (i + 1) + "条的说明不超过1000字");
			}
		}
		if (blank(this.place) || this.place.length() > 200) {
			throw incomplete("请填写检查地点（不超过200字）");
		}
		if (blank(this.onSitePerson) || this.onSitePerson.length() > 100) {
			throw incomplete("请填写现场负责人（在场人）及职务（不超过100字）");
		}
		if (this.notes != null && this.notes.length() > 5000) {
			throw incomplete("检查情况说明不超过5000字");
		}
		if (this.violation == null) {
			throw incomplete("请选择是否发现违法嫌疑");
		}
		if (this.violation && (blank(this.finding) || this.finding.length() > 2000)) {
			throw incomplete("发现违法嫌疑的，请写明涉嫌违法的事实（不超过2000字）");
		}
		if (!this.partyRefused) {
			if (blank(this.partySigner) || this.partySigner.length() > 50) {
				throw incomplete("请填写签名的被检查人姓名（不超过50字），或注明被检查人拒绝签名");
			}
			if (!png(this.partySignature)) {
				throw incomplete("被检查人尚未签名（或注明拒绝签名）");
			}
		}
		for (AssignedInspector inspector : inspectors) {
			if (!png(this.inspectorSignatures.get(Long.toString(inspector.officerId())))) {
				throw incomplete("检查人员" + inspector.name() + "尚未签名");
			}
		}
	}

	/** Whether the value is a PNG image as a data URL. */
	static boolean png(String dataUrl) {
		String prefix = "data:image/png;base64,";
		if (dataUrl == null || !dataUrl.startsWith(prefix) || dataUrl.length() > 400_000) {
			return false;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
			if (bytes.length < 60) {
				return false;
			}
			for (int i = 0; i < PNG.length; i++) {
				if (bytes[i] != PNG[i]) {
					return false;
				}
			}
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	boolean violationFound() {
		return Boolean.TRUE.equals(this.violation);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static RuleViolation incomplete(String message) {
		return new RuleViolation("INSPECTION_RECORD_INCOMPLETE", message, HttpStatus.UNPROCESSABLE_ENTITY);
	}

}
