package org.sanxiang.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import tools.jackson.databind.json.JsonMapper;

/** Drawn tasks and on-site records as the tests need them. */
final class TaskFixtures {

	static final List<String> CHECKLIST = List.of("排污口设置是否规范", "污染防治设施是否正常运行", "自行监测和台账记录是否齐全");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TaskFixtures() {
	}

	static DrawnTask drawn(long partyId, String partyName, List<Long> inspectors) {
		return new DrawnTask(partyId, partyName, "KEY_POLLUTER", 7L, "排污许可证执行情况检查", "《排污许可管理条例》第三十条", CHECKLIST,
				inspectors, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
	}

	/** A small PNG, as a signature canvas gives it. */
	static String signature() {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
		image.getGraphics().drawLine(2, 2, 30, 15);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
	}

	/**
	 * An on-site record with the first {@code answered} lines answered, signed by the
	 * party and the given inspectors.
	 */
	static String record(int answered, boolean violation, List<Long> signedBy) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (int i = 0; i < CHECKLIST.size(); i++) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("result", (i < answered) ? ((violation && i == 1) ? "NOK" : "OK") : null);
			answer.put("note", (i == 1) ? "生化池未运行" : "");
			answers.add(answer);
		}
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("answers", answers);
		record.put("place", "厂区污水处理站");
		record.put("onSitePerson", "李某某，生产部经理");
		record.put("notes", "检查时生产线正常生产。");
		record.put("violation", violation);
		record.put("finding", violation ? "污染防治设施未正常运行，涉嫌通过逃避监管的方式排放水污染物" : "");
		record.put("partySigner", "李某某");
		record.put("partyRefused", false);
		record.put("partySignature", signature());
		Map<String, String> signatures = new LinkedHashMap<>();
		signedBy.forEach((id) -> signatures.put(Long.toString(id), signature()));
		record.put("inspectorSignatures", signatures);
		return JSON.writeValueAsString(record);
	}

}
