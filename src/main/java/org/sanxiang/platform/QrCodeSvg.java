package org.sanxiang.platform;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an inline SVG for a page (one path of dark modules, error correction M, a
 * quiet zone of 4): the certificate's and the inspection notice's codes. Documents draw
 * theirs into the PDF (document.QrCodes).
 */
public final class QrCodeSvg {

	private QrCodeSvg() {
	}

	/**
	 * @param content what the code holds (an address)
	 * @param pixels the rendered width and height
	 * @param label the accessible name, e.g. 执法证核验二维码
	 */
	public static String of(String content, int pixels, String label) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A QR code cannot hold " + content.length() + " characters", ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		int size = matrix.getWidth();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + pixels
				+ "\" height=\"" + pixels + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
				+ label.replace("\"", "&quot;").replace("<", "&lt;") + "\">" + "<rect width=\"" + size + "\" height=\""
				+ size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
