package org.sanxiang.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * What the person registering an item says about it, checked for form here (lengths,
 * ranges, the covert flag's basis, the derivation's pair); the recording officer's
 * certificate and the original of a derived item are checked by {@link EvidenceItems}.
 *
 * @param participants the people present, one per entry, each with their identity (e.g.
 * {@code 王某 当事人法定代表人})
 * @param derivedFrom the original's id for a derived item (a clip, a redacted copy)
 * @param derivation how a derived item was made from its original
 */
public record EvidenceDraft(EvidenceKind kind, EvidenceOwner owner, String description, String officerCertificate,
		String device, Instant captureStart, Instant captureEnd, String place, BigDecimal latitude,
		BigDecimal longitude, List<String> participants, String mainContent, boolean covert, String covertBasis,
		String interruptionNotes, Long derivedFrom, String derivation) {

	static final int MAX_PARTICIPANTS = 20;

	public EvidenceDraft {
		if (kind == null) {
			throw invalid("EVIDENCE_KIND_REQUIRED", "请选择证据种类");
		}
		if (owner == null) {
			throw invalid("EVIDENCE_OWNER_INVALID", "请填写证据归属的记录");
		}
		description = required(description, 500, "证据说明");
		officerCertificate = required(officerCertificate, 20, "记录人执法证号");
		device = optional(device, 100, "记录设备");
		place = required(place, 200, "记录地点");
		mainContent = optional(mainContent, 4000, "主要内容");
		covertBasis = optional(covertBasis, 500, "隐蔽记录的法律依据");
		interruptionNotes = optional(interruptionNotes, 2000, "中断情况说明");
		derivation = optional(derivation, 500, "派生方式");
		if (captureStart == null || captureEnd == null) {
			throw invalid("EVIDENCE_CAPTURE_REQUIRED", "请填写记录开始和结束时间");
		}
		if (captureEnd.isBefore(captureStart)) {
			throw invalid("EVIDENCE_CAPTURE_ORDER", "记录结束时间不能早于开始时间");
		}
		if ((latitude == null) != (longitude == null)) {
			throw invalid("EVIDENCE_COORDINATES", "经度和纬度须同时填写");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw invalid("EVIDENCE_COORDINATES", "纬度须在 -90 到 90 之间，经度须在 -180 到 180 之间");
		}
		if (latitude != null && (latitude.scale() > 6 || longitude.scale() > 6)) {
			throw invalid("EVIDENCE_COORDINATES", "经纬度最多保留 6 位小数");
		}
		participants = (participants == null) ? List.of()
				: participants.stream().filter((p) -> p != null && !p.isBlank()).map(String::strip).toList();
		if (participants.size() > MAX_PARTICIPANTS) {
			throw invalid("EVIDENCE_PARTICIPANTS", "在场人员最多 " + MAX_PARTICIPANTS + " 人");
		}
		for (String participant : participants) {
			if (participant.length() > 80 || !participant.contains(" ")) {
				throw invalid("EVIDENCE_PARTICIPANTS", "在场人员每行写“姓名 身份”，不超过 80 字");
			}
		}
		if (covert && covertBasis == null) {
			throw invalid("EVIDENCE_COVERT_BASIS", "隐蔽记录须写明其法律依据");
		}
		if (!covert) {
			covertBasis = null;
		}
		if ((derivedFrom == null) != (derivation == null)) {
			throw invalid("EVIDENCE_DERIVATION", "派生证据须同时写明原始证据和派生方式");
		}
	}

	/** The participants as stored: one per line. */
	String participantsText() {
		return this.participants.isEmpty() ? null : String.join("\n", this.participants);
	}

	private static String required(String value, int max, String what) {
		String stripped = optional(value, max, what);
		if (stripped == null) {
			throw invalid("EVIDENCE_FIELD_REQUIRED", "请填写" + what);
		}
		return stripped;
	}

	private static String optional(String value, int max, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw invalid("EVIDENCE_FIELD_TOO_LONG", what + "不能超过 " + max + " 字");
		}
		if (stripped.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw invalid("EVIDENCE_FIELD_CONTROL", what + "含有不可见的控制字符");
		}
		return stripped;
	}

	static RuleViolation invalid(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
