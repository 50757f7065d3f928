package org.sanxiang.document;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.storage.BlobStore;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of each type's DOCX template. Version 0 is built in (generated from the type's
 * fields); the legal staff upload edited versions, which are checked (a DOCX, every
 * required placeholder present, no unknown placeholder, renders with the sample data),
 * stored as blobs, previewed, and activated from a date. The template in force on a date
 * is the highest active version effective by then.
 */
@Service
public class DocumentTemplates {

	static final long MAX_TEMPLATE_BYTES = 5L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final DocumentTypes types;

	private final DocxRenderer docx;

	private final BlobStore blobs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.sanxiang.core.BusinessTime time;

	private final ConcurrentHashMap<String, byte[]> builtIn = new ConcurrentHashMap<>();

	DocumentTemplates(JdbcClient jdbc, DocumentTypes types, DocxRenderer docx, BlobStore blobs,
			ApplicationEventPublisher events, Clock clock, org.sanxiang.core.BusinessTime time) {
		this.jdbc = jdbc;
		this.types = types;
		this.docx = docx;
		this.blobs = blobs;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	/** One version of a type's template; version 0 is the built-in one. */
	public record TemplateVersion(String typeCode, int version, String status, LocalDate effectiveFrom, String fileName,
			long fileSize, String sha256, String note, String uploadedBy, Instant uploadedAt, String activatedBy) {

		public boolean builtIn() {
			return this.version == 0;
		}

	}

	public List<TemplateVersion> versions(String typeCode) {
		DocumentType type = this.types.get(typeCode);
		List<TemplateVersion> versions = new ArrayList<>();
		byte[] base = builtIn(type);
		versions.add(new TemplateVersion(type.code(), 0, "ACTIVE", null, type.code() + ".docx", base.length, null,
				"内置模板", "system", null, null));
		versions.addAll(this.jdbc.sql("""
				select type_code, template_version, status, effective_from, file_name, file_size, sha256, note,
				       uploaded_by, uploaded_at, activated_by
				from document_template where type_code = :type order by template_version""")
			.param("type", type.code())
			.query((rs, i) -> new TemplateVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
					(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null, rs.getString(5), rs.getLong(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
					rs.getString(11)))
			.list());
		return versions;
	}

	/** The version in force on {@code date}. */
	public TemplateVersion activeOn(String typeCode, LocalDate date) {
		List<TemplateVersion> versions = versions(typeCode);
		TemplateVersion active = versions.get(0);
		for (TemplateVersion v : versions) {
			if (v.version() > 0 && "ACTIVE".equals(v.status()) && !v.effectiveFrom().isAfter(date)) {
				active = v;
			}
		}
		return active;
	}

	public TemplateVersion version(String typeCode, int version) {
		return versions(typeCode).stream()
			.filter((v) -> v.version() == version)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("DOCUMENT_TEMPLATE_UNKNOWN",
					"模板版本不存在：" + typeCode + " 第" + version + "版", HttpStatus.NOT_FOUND));
	}

	/** The DOCX bytes of a version. */
	public byte[] bytes(TemplateVersion version) {
		if (version.builtIn()) {
			return builtIn(this.types.get(version.typeCode()));
		}
		return this.blobs.read(version.sha256())
			.orElseThrow(() -> new IllegalStateException("template blob missing: " + version.sha256()));
	}

	byte[] builtIn(DocumentType type) {
		return this.builtIn.computeIfAbsent(type.code(), (code) -> DocxRenderer.defaultTemplate(type));
	}

	/** Checks an uploaded template and keeps it as a new, not yet active, version. */
	@Transactional
	public TemplateVersion upload(String typeCode, String fileName, byte[] content, String note, String account) {
		DocumentType type = this.types.get(typeCode);
		String name = safeFileName(fileName);
		if (content == null || content.length == 0) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_EMPTY", "上传的模板文件为空");
		}
		if (content.length > MAX_TEMPLATE_BYTES) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_TOO_LARGE", "模板文件不能超过5MB", HttpStatus.CONTENT_TOO_LARGE);
		}
		check(type, content);
		String cleanNote = (note == null) ? null : note.strip();
		if (cleanNote != null && (cleanNote.length() > 500 || cleanNote.chars().anyMatch(Character::isISOControl))) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_NOTE_INVALID", "说明不超过500字且不能含控制字符");
		}
		String sha256 = this.blobs.put(content).sha256();
		int version = this.jdbc
			.sql("select coalesce(max(template_version), 0) + 1 from document_template where type_code = :type")
			.param("type", type.code())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into document_template (type_code, template_version, sha256, file_name, file_size, status, note,
				                               uploaded_by, uploaded_at)
				values (:type, :version, :sha, :name, :size, 'PENDING', :note, :by, :at)""")
			.param("type", type.code())
			.param("version", version)
			.param("sha", sha256)
			.param("name", name)
			.param("size", content.length)
			.param("note", cleanNote)
			.param("by", account)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.events
			.publishEvent(new DocumentTemplateChanged(type.code(), version, "UPLOADED", name + " sha256=" + sha256));
		return version(type.code(), version);
	}

	/** Activates an uploaded version from a date (today or later). */
	@Transactional
	public TemplateVersion activate(String typeCode, int version, LocalDate effectiveFrom, String account) {
		TemplateVersion v = version(typeCode, version);
		if (v.builtIn()) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_BUILT_IN", "内置模板始终可用，无需启用");
		}
		if (!"PENDING".equals(v.status())) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_ALREADY_ACTIVE", "该模板版本已启用", HttpStatus.CONFLICT);
		}
		LocalDate today = this.time.today();
		LocalDate from = (effectiveFrom != null) ? effectiveFrom : today;
		if (from.isBefore(today)) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_BACKDATED", "生效日期不能早于今天");
		}
		this.jdbc
			.sql("""
					update document_template set status = 'ACTIVE', effective_from = :from, activated_by = :by, activated_at = :at
					where type_code = :type and template_version = :version and status = 'PENDING'""")
			.param("from", java.sql.Date.valueOf(from))
			.param("by", account)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("type", typeCode)
			.param("version", version)
			.update();
		this.events.publishEvent(new DocumentTemplateChanged(typeCode, version, "ACTIVATED", "生效日期 " + from));
		return version(typeCode, version);
	}

	private void check(DocumentType type, byte[] content) {
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_NOT_DOCX", "上传的文件不是DOCX文档（Word 2007及以上格式）",
					HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		Set<String> found;
		try {
			found = DocxRenderer.placeholders(content, type);
		}
		catch (IOException | RuntimeException ex) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_NOT_DOCX", "无法读取该DOCX文档，请用Word或WPS另存为.docx后重新上传",
					HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		List<String> missing = new ArrayList<>();
		for (DocumentField field : type.fields()) {
			boolean needed = field.required() || !field.requiredWhen().isEmpty()
					|| type.requiredOneOf().stream().anyMatch((g) -> g.contains(field.name()));
			if (needed && !found.contains(field.name())) {
				missing.add("{{" + field.name() + "}}（" + field.label() + "）");
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_PLACEHOLDERS_MISSING",
					"模板缺少必填项的占位符：" + String.join("、", missing)) {
				@Override
				public java.util.Map<String, Object> properties() {
					return java.util.Map.of("missing", missing);
				}
			};
		}
		Set<String> unknown = new TreeSet<>();
		for (String name : found) {
			if (!DocumentTypes.COMMON_VALUES.contains(name) && type.field(name).isEmpty()) {
				unknown.add("{{" + name + "}}");
			}
		}
		if (!unknown.isEmpty()) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_PLACEHOLDERS_UNKNOWN",
					"模板含有该文书没有的占位符：" + String.join("、", unknown) + "；可用的占位符见字段列表");
		}
		try {
			this.docx.render(content, new RenderedValues(DocumentContent.of(type, Samples.of(type), true), "样例机关",
					"样例〔2026〕1号", this.time.today()));
		}
		catch (RuntimeException ex) {
			throw new RuleViolation("DOCUMENT_TEMPLATE_UNRENDERABLE", "模板无法用样例数据生成文书，请检查表格占位符的位置");
		}
	}

	static String safeFileName(String fileName) {
		String name = Optional.ofNullable(fileName).orElse("template.docx");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "template.docx";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

}
