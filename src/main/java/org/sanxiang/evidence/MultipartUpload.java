package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * A multipart file (kept on disk by the container) as an {@link EvidenceItems.Upload}.
 */
record MultipartUpload(MultipartFile file) implements EvidenceItems.Upload {

	@Override
	public InputStream open() throws IOException {
		return this.file.getInputStream();
	}

	@Override
	public long size() {
		return this.file.getSize();
	}

	@Override
	public String declaredType() {
		return this.file.getContentType();
	}

	@Override
	public String fileName() {
		return this.file.getOriginalFilename();
	}

}
