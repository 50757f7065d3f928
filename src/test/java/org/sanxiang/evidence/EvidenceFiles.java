package org.sanxiang.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Files generated for the tests: well-formed ones of each accepted type, and a corpus of
 * hostile ones (each with what it is and the type and name it claims).
 */
final class EvidenceFiles {

	private EvidenceFiles() {
	}

	/** A file as uploaded: bytes, declared media type, file name, what it is. */
	record Sample(String what, byte[] bytes, String type, String name) {

		@Override
		public String toString() {
			return this.what;
		}

	}

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static byte[] jpeg() {
		return image("jpg");
	}

	static byte[] png() {
		return image("png");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] box(String type, byte[] body) {
		return ByteBuffer.allocate(8 + body.length)
			.putInt(8 + body.length)
			.put(type.getBytes(StandardCharsets.ISO_8859_1))
			.put(body)
			.array();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static byte[] ftyp(String brand) {
		return box("ftyp", concat(brand.getBytes(StandardCharsets.ISO_8859_1), new byte[] { 0, 0, 2, 0 },
				"isommp41".getBytes(StandardCharsets.ISO_8859_1)));
	}

	static byte[] mp4() {
		return concat(ftyp("isom"), box("moov", box("mvhd", new byte[100])), box("mdat", new byte[2048]));
	}

	static byte[] heic() {
		return concat(ftyp("heic"), box("meta", new byte[64]), box("mdat", new byte[512]));
	}

	static byte[] wav(int dataBytes) {
		ByteBuffer header = ByteBuffer.allocate(44).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
		header.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
		header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
		return header.array();
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\ntrailer\n<< /Root 1 0 R >>\n"
				+ "startxref\n0\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] zip(String contentType, int zeros) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types><Override PartName=\"/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
							+ contentType + "\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("main.xml"));
			byte[] block = new byte[64 * 1024];
			for (int written = 0; written < zeros; written += block.length) {
				zip.write(block, 0, Math.min(block.length, zeros - written));
			}
			zip.write("<doc/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] docx() {
		return zip("wordprocessingml.document.main+xml", 0);
	}

	static List<Sample> accepted() {
		return List.of(new Sample("JPEG", jpeg(), "image/jpeg", "现场.jpg"),
				new Sample("PNG", png(), "image/png", "a.png"), new Sample("HEIC", heic(), "image/heic", "a.heic"),
				new Sample("MP4", mp4(), "video/mp4", "执法记录仪.mp4"),
				new Sample("MOV", concat(ftyp("qt  "), box("moov", new byte[40]), box("mdat", new byte[40])),
						"video/quicktime", "a.mov"),
				new Sample("WAV", concat(wav(800), new byte[800]), "audio/wav", "a.wav"),
				new Sample("MP3", concat("ID3".getBytes(StandardCharsets.US_ASCII), new byte[300]), "audio/mpeg",
						"a.mp3"),
				new Sample("AAC",
						concat(new byte[] { (byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80, 0, 0x1F, (byte) 0xFC },
								new byte[100]),
						"audio/aac", "a.aac"),
				new Sample("AMR", concat("#!AMR\n".getBytes(StandardCharsets.US_ASCII), new byte[100]), "audio/amr",
						"a.amr"),
				new Sample("PDF", pdf(), "application/pdf", "询问笔录.pdf"), new Sample("DOCX", docx(), DOCX, "a.docx"),
				new Sample("XLSX", zip("spreadsheetml.sheet.main+xml", 0), XLSX, "a.xlsx"));
	}

	/** At least 15 hostile files, each to be refused with a 4xx and nothing stored. */
	static List<Sample> hostile() {
		byte[] jpeg = jpeg();
		byte[] pdf = pdf();
		byte[] exe = concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[58], new byte[] { (byte) 0x80, 0, 0, 0 },
				"PE\0\0This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII));
		byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] truncatedMoov = concat(ftyp("isom"),
				ByteBuffer.allocate(8).putInt(100_000).put("moov".getBytes(StandardCharsets.US_ASCII)).array(),
				new byte[500]);
		List<Sample> samples = new ArrayList<>();
		samples.add(new Sample("0-byte file", new byte[0], "image/jpeg", "empty.jpg"));
		samples.add(new Sample("truncated MP4 (moov cut off)", truncatedMoov, "video/mp4", "cut.mp4"));
		samples.add(new Sample("MP4 without moov", concat(ftyp("isom"), box("mdat", new byte[4096])), "video/mp4",
				"nomoov.mp4"));
		samples.add(new Sample("MP4 without ftyp", box("mdat", new byte[4096]), "video/mp4", "noftyp.mp4"));
		samples.add(new Sample("JPEG header with PDF body (polyglot)", concat(java.util.Arrays.copyOf(jpeg, 20), pdf),
				"image/jpeg", "poly.jpg"));
		samples.add(new Sample("EXE renamed .jpg", exe, "image/jpeg", "photo.jpg"));
		samples.add(new Sample("HTML renamed .pdf", html, "application/pdf", "report.pdf"));
		samples.add(new Sample("zip bomb .docx", zip("wordprocessingml.document.main+xml", 40 * 1024 * 1024), DOCX,
				"bomb.docx"));
		samples.add(new Sample("oversize image",
				concat(jpeg, new byte[2 * 1024 * 1024], new byte[] { (byte) 0xFF, (byte) 0xD9 }), "image/jpeg",
				"big.jpg"));
		samples.add(new Sample("wrong extension", png(), "image/png", "photo.jpg"));
		samples.add(new Sample("SVG with script as an image", svg, "image/svg+xml", "logo.svg"));
		samples.add(new Sample("SVG with script declared PNG", svg, "image/png", "logo.png"));
		samples.add(new Sample("PDF with only a header", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
				"application/pdf", "header.pdf"));
		samples.add(new Sample("PNG declared as JPEG", png(), "image/jpeg", "photo.jpeg"));
		samples.add(new Sample("truncated WAV", concat(wav(100_000), new byte[100]), "audio/wav", "cut.wav"));
		samples.add(new Sample("XLSX declared as DOCX", zip("spreadsheetml.sheet.main+xml", 0), DOCX, "sheet.docx"));
		samples.add(new Sample("plain zip as DOCX", zipWithoutTypes(), DOCX, "archive.docx"));
		samples.add(new Sample("JPEG without its end marker", java.util.Arrays.copyOf(jpeg, jpeg.length - 40),
				"image/jpeg", "cut.jpg"));
		samples.add(new Sample("MP4 declared as HEIC", mp4(), "image/heic", "a.heic"));
		samples.add(new Sample("no declared type", jpeg, "application/octet-stream", "a.jpg"));
		samples.add(new Sample("PDF with HTML after the header",
				concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), html), "application/pdf", "mixed.pdf"));
		return samples;
	}

	private static byte[] zipWithoutTypes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
