package org.sanxiang.evidence.upload;

import java.util.regex.Pattern;

/**
 * The record an upload belongs to, as the uploader declared it: a kind (an inspection
 * task, a case …), its id and the stage of its procedure. This package checks the form
 * only; whether the record exists and the uploader may add to it is the owner module's
 * rule, applied where the finished upload is registered.
 */
public record UploadOwner(String kind, String id, String stage) {

	private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_-]{0,40}");

	public UploadOwner {
		if (kind == null || !KIND.matcher(kind).matches() || id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("owner kind and id are required, letters, digits, '-' or '_'");
		}
		stage = (stage == null) ? "" : stage;
		if (!STAGE.matcher(stage).matches()) {
			throw new IllegalArgumentException("owner stage: letters, digits, '-' or '_'");
		}
	}

}
