package org.sanxiang.casefile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.sanxiang.evidence.EvidenceDraft;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.EvidenceOwner;
import org.sanxiang.identity.SanxiangPrincipal;

/**
 * Evidence of a case uploaded through the evidence module's own upload: a body-camera
 * video (视听资料, a minimal MP4) or a photo (物证, a JPEG), recorded by the officer with this
 * certificate in the hour before {@code now}.
 */
final class CaseVideos {

	private CaseVideos() {
	}

	/** A video of the case; its evidence id. */
	static long video(EvidenceItems evidence, SanxiangPrincipal officer, String certificate, long caseId, Instant now) {
		return upload(evidence, officer, EvidenceKind.AUDIO_VISUAL, certificate, caseId, now, mp4(), "video/mp4",
				"执法记录仪.mp4");
	}

	/**
	 * A video of the case recorded from {@code start} to {@code end}; its evidence id.
	 */
	static long video(EvidenceItems evidence, SanxiangPrincipal officer, String certificate, long caseId, Instant start,
			Instant end) {
		return upload(evidence, officer, EvidenceKind.AUDIO_VISUAL, certificate, caseId, start, end, mp4(), "video/mp4",
				"执法记录仪.mp4");
	}

	/** When {@link #video} records, given the same {@code now}: its start. */
	static Instant recordedFrom(Instant now) {
		return now.minusSeconds(3600);
	}

	/** When {@link #video} records, given the same {@code now}: its end. */
	static Instant recordedTo(Instant now) {
		return now.minusSeconds(3000);
	}

	/** A photo of the case; its evidence id. */
	static long photo(EvidenceItems evidence, SanxiangPrincipal officer, String certificate, long caseId, Instant now)
			throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", out);
		return upload(evidence, officer, EvidenceKind.PHYSICAL, certificate, caseId, now, out.toByteArray(),
				"image/jpeg", "现场.jpg");
	}

	private static long upload(EvidenceItems evidence, SanxiangPrincipal officer, EvidenceKind kind, String certificate,
			long caseId, Instant now, byte[] content, String type, String name) {
		return upload(evidence, officer, kind, certificate, caseId, recordedFrom(now), recordedTo(now), content, type,
				name);
	}

	private static long upload(EvidenceItems evidence, SanxiangPrincipal officer, EvidenceKind kind, String certificate,
			long caseId, Instant start, Instant end, byte[] content, String type, String name) {
		EvidenceDraft draft = new EvidenceDraft(kind, new EvidenceOwner("CASE", Long.toString(caseId), null), "现场执法记录",
				certificate, "执法记录仪", start, end, "厂区排污口", null, null, List.of(), "现场检查全过程", false, null, null, null,
				null);
		return evidence.upload(draft, new EvidenceItems.Upload() {
			@Override
			public InputStream open() {
				return new ByteArrayInputStream(content);
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public String declaredType() {
				return type;
			}

			@Override
			public String fileName() {
				return name;
			}
		}, officer, officer.dataScope().agencyIds()).id();
	}

	private static byte[] mp4() {
		return DemoRecords.mp4();
	}

}
