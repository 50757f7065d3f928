package org.sanxiang.inspection;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the printed 检查通知 carries for the party: the address of its page
 * ({@code /portal/inspections/{code}}, by the task's opaque public code, never its id)
 * and that address as a QR code (SVG, as the officers' certificates print theirs).
 */
@Component
class TaskNotices {

	private final String baseUrl;

	TaskNotices(@Value("${sanxiang.public-base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String publicUrl(InspectionTask task) {
		return this.baseUrl + "/portal/inspections/" + task.publicCode();
	}

	String qrSvg(InspectionTask task) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(publicUrl(task), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code cannot hold the task's address", ex);
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
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"160\" height=\"160\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"检查任务核验二维码\">"
				+ "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
				+ "\"/></svg>";
	}

}
