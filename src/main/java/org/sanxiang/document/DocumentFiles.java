package org.sanxiang.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File responses: PDF shown inline, DOCX downloaded, names in UTF-8 (RFC 6266). */
final class DocumentFiles {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private DocumentFiles() {
	}

	static ResponseEntity<byte[]> file(byte[] bytes, String format, String baseName) {
		boolean pdf = "pdf".equals(format);
		String name = baseName.replaceAll("[\\p{Cntrl}\\\\/\"<>|:*?]", "_") + (pdf ? ".pdf" : ".docx");
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.builder(pdf ? "inline" : "attachment")
						.filename(name, StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
