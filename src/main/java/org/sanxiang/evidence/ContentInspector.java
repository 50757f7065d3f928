package org.sanxiang.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * Checks that a file is what it says it is before it becomes evidence: the declared media
 * type is one the module takes, the file name's extension belongs to it, the size is
 * within the type's limit, the magic bytes agree, and the structure is whole (a JPEG ends
 * with its end marker, an MP4 has its {@code moov}, a PDF its {@code %%EOF}, a DOCX/XLSX
 * its content type — read as a stream with bounded entries, total and ratio, so a zip
 * bomb is refused while it is being read). Reads the content through streams it opens as
 * often as it needs; never holds a file in memory.
 */
final class ContentInspector {

	/** An accepted media type: its family (for the size limit) and its extensions. */
	record Accepted(String mediaType, String family, Set<String> extensions) {
	}

	static final Map<String, Accepted> ACCEPTED = Map.ofEntries(accept("image/jpeg", "image", "jpg", "jpeg"),
			accept("image/png", "image", "png"), accept("image/heic", "image", "heic", "heif"),
			accept("video/mp4", "video", "mp4", "m4v"), accept("video/quicktime", "video", "mov"),
			accept("audio/mpeg", "audio", "mp3"), accept("audio/aac", "audio", "aac"),
			accept("audio/mp4", "audio", "m4a"), accept("audio/wav", "audio", "wav"),
			accept("audio/amr", "audio", "amr"), accept("application/pdf", "pdf", "pdf"),
			accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "office", "docx"),
			accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "office", "xlsx"));

	private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "audio/x-wav", "audio/wav",
			"audio/wave", "audio/wav", "audio/vnd.wave", "audio/wav", "audio/mp3", "audio/mpeg", "audio/x-m4a",
			"audio/mp4", "audio/aacp", "audio/aac", "image/heif", "image/heic");

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
			"msf1");

	private static final List<String> MARKUP = List.of("<script", "<html", "<svg", "<!doctype", "<?xml");

	private static final int HEAD = 4096;

	private final EvidenceProperties limits;

	ContentInspector(EvidenceProperties limits) {
		this.limits = limits;
	}

	/** Opens the content afresh each time it is called. */
	@FunctionalInterface
	interface Source {

		InputStream open() throws IOException;

	}

	/**
	 * The checked media type, or a refusal (413 too large, 415 a type or extension not
	 * taken or not matching, 422 a damaged or hostile file).
	 */
	String inspect(Source source, long size, String declaredType, String fileName) {
		Accepted accepted = accepted(declaredType);
		String extension = extension(fileName);
		if (!accepted.extensions().contains(extension)) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EVIDENCE_EXTENSION_MISMATCH",
					"文件扩展名“." + extension + "”与声明的类型不符，应为 ." + String.join(" / .", accepted.extensions()));
		}
		if (size <= 0) {
			throw refused(HttpStatus.UNPROCESSABLE_CONTENT, "EVIDENCE_EMPTY", "文件为空");
		}
		long limit = this.limits.limitOf(accepted.family());
		if (size > limit) {
			throw refused(HttpStatus.CONTENT_TOO_LARGE, "EVIDENCE_TOO_LARGE",
					"文件超过此类文件的大小上限（" + (limit / (1024 * 1024)) + " MiB）");
		}
		try {
			byte[] head = head(source, size);
			if (!accepted.family().equals("office") && !accepted.mediaType().equals("application/pdf")) {
				refuseMarkup(head);
			}
			switch (accepted.mediaType()) {
				case "image/jpeg" -> jpeg(source, head, size);
				case "image/png" -> png(source, head, size);
				case "image/heic" -> isoMedia(source, head, size, Brand.HEIC, false);
				case "video/mp4", "audio/mp4" -> isoMedia(source, head, size, Brand.MP4, true);
				case "video/quicktime" -> isoMedia(source, head, size, Brand.QUICKTIME, true);
				case "audio/mpeg" -> mp3(head);
				case "audio/aac" -> aac(head);
				case "audio/wav" -> wav(head, size);
				case "audio/amr" -> expect(startsWith(head, "#!AMR".getBytes(StandardCharsets.US_ASCII)), "AMR");
				case "application/pdf" -> pdf(source, head, size);
				default -> office(source, head, size, accepted.mediaType());
			}
		}
		catch (ZipException ex) {
			throw damaged("压缩结构损坏，无法读取");
		}
		catch (IOException ex) {
			throw damaged("文件无法完整读取");
		}
		return accepted.mediaType();
	}

	static Accepted accepted(String declaredType) {
		String type = (declaredType == null) ? "" : declaredType.strip().toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		if (parameters >= 0) {
			type = type.substring(0, parameters).strip();
		}
		type = ALIASES.getOrDefault(type, type);
		Accepted accepted = ACCEPTED.get(type);
		if (accepted == null) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EVIDENCE_TYPE_NOT_ACCEPTED", "不接受此类文件（"
					+ (type.isEmpty() ? "未声明类型" : type) + "）；可上传 JPEG、PNG、HEIC、MP4、MOV、MP3、AAC、WAV、AMR、PDF、DOCX、XLSX");
		}
		return accepted;
	}

	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static byte[] head(Source source, long size) throws IOException {
		try (InputStream in = source.open()) {
			return in.readNBytes((int) Math.min(HEAD, size));
		}
	}

	private static byte[] tail(Source source, long size, int length) throws IOException {
		int n = (int) Math.min(length, size);
		try (InputStream in = source.open()) {
			in.skipNBytes(size - n);
			return in.readNBytes(n);
		}
	}

	private static void refuseMarkup(byte[] head) {
		String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (MARKUP.stream().anyMatch(text::contains) || text.contains("%pdf-")) {
			throw damaged("文件中含有网页、脚本或其他格式的内容");
		}
	}

	private static void jpeg(Source source, byte[] head, long size) throws IOException {
		expect(head.length >= 4 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF, "JPEG");
		byte[] end = stripZeros(tail(source, size, 64));
		if (end.length < 2 || u(end[end.length - 2]) != 0xFF || u(end[end.length - 1]) != 0xD9) {
			throw damaged("JPEG 图像不完整或其后附有其他内容");
		}
	}

	private static void png(Source source, byte[] head, long size) throws IOException {
		expect(startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }), "PNG");
		byte[] end = tail(source, size, 12);
		if (end.length < 12 || !"IEND".equals(new String(end, 4, 4, StandardCharsets.US_ASCII))) {
			throw damaged("PNG 图像不完整或其后附有其他内容");
		}
	}

	private enum Brand {

		HEIC, MP4, QUICKTIME

	}

	/**
	 * ISO base media (MP4, MOV, M4A, HEIC): the first box is {@code ftyp} with a brand of
	 * the declared type (a MOV may start with another box), the top-level boxes fill the
	 * file exactly, and a playable file has its {@code moov}.
	 */
	private static void isoMedia(Source source, byte[] head, long size, Brand brand, boolean needsMoov)
			throws IOException {
		String first = (head.length >= 8) ? new String(head, 4, 4, StandardCharsets.ISO_8859_1) : "";
		String major = (head.length >= 12) ? new String(head, 8, 4, StandardCharsets.ISO_8859_1) : "";
		boolean ftyp = first.equals("ftyp");
		switch (brand) {
			case HEIC -> expect(ftyp && HEIC_BRANDS.contains(major), "HEIC");
			case MP4 -> expect(ftyp && !HEIC_BRANDS.contains(major) && !major.equals("qt  "), "MP4");
			case QUICKTIME ->
				expect((ftyp && major.equals("qt  ")) || Set.of("moov", "mdat", "wide", "free", "skip").contains(first),
						"MOV");
		}
		boolean moov = false;
		boolean boxes = false;
		try (InputStream in = source.open()) {
			long offset = 0;
			byte[] header = new byte[16];
			while (offset < size) {
				if (size - offset < 8 || in.readNBytes(header, 0, 8) < 8) {
					throw damaged("媒体文件结构不完整（文件被截断）");
				}
				long boxSize = ((long) u(header[0]) << 24) | (u(header[1]) << 16) | (u(header[2]) << 8) | u(header[3]);
				String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
				int headerLength = 8;
				if (boxSize == 1) {
					if (in.readNBytes(header, 8, 8) < 8) {
						throw damaged("媒体文件结构不完整（文件被截断）");
					}
					boxSize = 0;
					for (int i = 8; i < 16; i++) {
						boxSize = (boxSize << 8) | u(header[i]);
					}
					headerLength = 16;
				}
				else if (boxSize == 0) {
					boxSize = size - offset;
				}
				if (boxSize < headerLength || boxSize > size - offset
						|| !type.chars().allMatch((c) -> c >= 0x20 && c < 0x7F)) {
					throw damaged("媒体文件结构不完整（文件被截断或已损坏）");
				}
				moov |= type.equals("moov");
				boxes |= type.equals("meta") || type.equals("moov");
				in.skipNBytes(boxSize - headerLength);
				offset += boxSize;
			}
		}
		catch (java.io.EOFException ex) {
			throw damaged("媒体文件结构不完整（文件被截断）");
		}
		if (needsMoov && !moov) {
			throw damaged("视频或音频缺少索引（moov），文件不完整");
		}
		if (!boxes) {
			throw damaged("图像文件缺少元数据，文件不完整");
		}
	}

	private static void mp3(byte[] head) {
		boolean id3 = startsWith(head, "ID3".getBytes(StandardCharsets.US_ASCII));
		boolean frame = head.length >= 2 && u(head[0]) == 0xFF && (u(head[1]) & 0xE0) == 0xE0
				&& (u(head[1]) & 0x06) != 0;
		expect(id3 || frame, "MP3");
	}

	private static void aac(byte[] head) {
		expect(head.length >= 7 && u(head[0]) == 0xFF && (u(head[1]) & 0xF6) == 0xF0, "AAC");
	}

	private static void wav(byte[] head, long size) {
		expect(head.length >= 12 && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& "WAVE".equals(new String(head, 8, 4, StandardCharsets.US_ASCII)), "WAV");
		long riff = u(head[4]) | (u(head[5]) << 8) | (u(head[6]) << 16) | ((long) u(head[7]) << 24);
		if (riff + 8 > size || head.length < 44) {
			throw damaged("WAV 音频不完整（文件被截断）");
		}
	}

	private static void pdf(Source source, byte[] head, long size) throws IOException {
		String start = new String(head, StandardCharsets.ISO_8859_1);
		expect(start.startsWith("%PDF-1.") || start.startsWith("%PDF-2."), "PDF");
		String end = new String(tail(source, size, 1024), StandardCharsets.ISO_8859_1);
		if (size < 64 || !end.contains("%%EOF") || !(start + end).contains(" obj")) {
			throw damaged("PDF 文件不完整（没有正文或结尾标记）");
		}
	}

	/**
	 * DOCX/XLSX: a zip whose {@code [Content_Types].xml} declares the main part of the
	 * declared type, read entry by entry with the number of entries, the total
	 * uncompressed size and its ratio to the file bounded while reading.
	 */
	private void office(Source source, byte[] head, long size, String mediaType) throws IOException {
		expect(startsWith(head, new byte[] { 'P', 'K', 3, 4 }), mediaType.endsWith("document") ? "DOCX" : "XLSX");
		String mainPart = mediaType.endsWith("document") ? "wordprocessingml.document.main+xml"
				: "spreadsheetml.sheet.main+xml";
		long maxTotal = Math.min(this.limits.zipMaxUncompressed().toBytes(), size * this.limits.zipMaxRatio());
		long total = 0;
		int entries = 0;
		boolean declared = false;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(source.open())) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.limits.zipMaxEntries()) {
					throw damaged("压缩文件条目过多（疑似压缩炸弹）");
				}
				boolean types = entry.getName().equals("[Content_Types].xml");
				ByteArrayOutputStream typesXml = types ? new ByteArrayOutputStream() : null;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > maxTotal) {
						throw damaged("压缩文件解压后过大（疑似压缩炸弹）");
					}
					if (typesXml != null && typesXml.size() < 256 * 1024) {
						typesXml.write(buffer, 0, n);
					}
				}
				if (typesXml != null) {
					declared = typesXml.toString(StandardCharsets.UTF_8).contains(mainPart);
				}
			}
		}
		if (entries == 0 || !declared) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EVIDENCE_MAGIC_MISMATCH", "文件内容不是声明的 Office 文档类型");
		}
	}

	private static byte[] stripZeros(byte[] bytes) {
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0) {
			end--;
		}
		return Arrays.copyOf(bytes, end);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static void expect(boolean matches, String format) {
		if (!matches) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EVIDENCE_MAGIC_MISMATCH", "文件内容不是声明的 " + format + " 格式");
		}
	}

	private static int u(byte b) {
		return b & 0xFF;
	}

	private static RuleViolation damaged(String message) {
		return refused(HttpStatus.UNPROCESSABLE_CONTENT, "EVIDENCE_CONTENT_REFUSED", message);
	}

	private static RuleViolation refused(HttpStatus status, String code, String message) {
		return new RuleViolation(code, message, status);
	}

	private static Map.Entry<String, Accepted> accept(String type, String family, String... extensions) {
		return Map.entry(type, new Accepted(type, family, Set.of(extensions)));
	}

}
