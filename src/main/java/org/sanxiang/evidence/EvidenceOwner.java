package org.sanxiang.evidence;

import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * The record an item belongs to, as that record names itself: its kind (e.g.
 * {@code INSPECTION}), its id and the stage it was in (e.g. {@code ON_SITE}). This module
 * checks only their form; the owning module decides what they mean.
 */
public record EvidenceOwner(String kind, String id, String stage) {

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	public EvidenceOwner {
		kind = (kind == null) ? "" : kind.strip();
		id = (id == null) ? "" : id.strip();
		stage = (stage == null || stage.isBlank()) ? "NONE" : stage.strip();
		if (!KIND.matcher(kind).matches()) {
			throw invalid("归属记录类型须为 1–32 位大写字母、数字或下划线");
		}
		if (!ID.matcher(id).matches()) {
			throw invalid("归属记录编号须为 1–64 位字母、数字或 _ . : -");
		}
		if (!KIND.matcher(stage).matches()) {
			throw invalid("归属阶段须为 1–32 位大写字母、数字或下划线");
		}
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("EVIDENCE_OWNER_INVALID", message, HttpStatus.BAD_REQUEST);
	}

}
