package org.sanxiang.inspection;

import org.sanxiang.platform.QrCodeSvg;

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
		return QrCodeSvg.of(publicUrl(task), 160, "检查任务核验二维码");
	}

}
