package org.sanxiang.evidence.upload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * The {@code Upload-Metadata} of a tus creation request (comma-separated
 * {@code key base64(value)} pairs): the owner ({@code ownerKind}, {@code ownerId},
 * {@code stage}), the file's name ({@code filename}) and type ({@code filetype}). Refused
 * with a 400 before the upload is created when any is missing or malformed.
 */
record UploadMetadata(UploadOwner owner, String fileName, String mediaType) {

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,62}/[a-z0-9][a-z0-9.+-]{0,62}");

	static final String OCTET_STREAM = "application/octet-stream";

	static UploadMetadata parse(String header) {
		Map<String, String> values = decode(header);
		UploadOwner owner;
		try {
			owner = new UploadOwner(values.get("ownerKind"), values.get("ownerId"), values.get("stage"));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("UPLOAD_OWNER_INVALID", "请填写证据所属的对象（类型与编号，字母、数字、“-”或“_”）");
		}
		return new UploadMetadata(owner, fileName(values.get("filename")), mediaType(values.get("filetype")));
	}

	/** The metadata as the library stored it at creation (already checked then). */
	static UploadMetadata of(Map<String, String> values) {
		return new UploadMetadata(new UploadOwner(values.get("ownerKind"), values.get("ownerId"), values.get("stage")),
				fileName(values.get("filename")), mediaType(values.get("filetype")));
	}

	private static Map<String, String> decode(String header) {
		Map<String, String> values = new LinkedHashMap<>();
		if (header == null || header.isBlank()) {
			return values;
		}
		if (header.length() > 4096) {
			throw invalid("UPLOAD_METADATA_INVALID", "上传的元数据过长");
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			try {
				String value = (parts.length < 2) ? ""
						: new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
				values.put(parts[0], value);
			}
			catch (IllegalArgumentException ex) {
				throw invalid("UPLOAD_METADATA_INVALID", "上传的元数据不是有效的 Base64 编码");
			}
		}
		return values;
	}

	private static String fileName(String name) {
		if (name == null || name.isBlank()) {
			throw invalid("UPLOAD_FILE_NAME_MISSING", "请提供文件名");
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (base.isEmpty() || base.length() > 255 || base.equals(".") || base.equals("..")
				|| base.codePoints().anyMatch(Character::isISOControl)) {
			throw invalid("UPLOAD_FILE_NAME_INVALID", "文件名不合要求（不超过 255 个字符，不含控制字符）");
		}
		return base;
	}

	private static String mediaType(String type) {
		if (type == null || type.isBlank()) {
			return OCTET_STREAM;
		}
		String lower = type.strip().toLowerCase(java.util.Locale.ROOT);
		if (!MEDIA_TYPE.matcher(lower).matches()) {
			throw invalid("UPLOAD_MEDIA_TYPE_INVALID", "文件类型不合要求");
		}
		return lower;
	}

	private static RuleViolation invalid(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
