package org.sanxiang.inspection;

import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

/**
 * One item of an agency's random-inspection list (抽查事项): what is inspected, on which
 * legal basis, which object classes at which ratio per round (percent, e.g. 重点排污单位 25 % a
 * quarter), how often, by which method, by how many inspectors (at least two, 行政处罚法
 * 第四十二条), and the lines of its checklist.
 */
public record InspectionItem(String code, String name, String legalBasis, Map<ObjectClass, Integer> ratios,
		String frequency, String method, int inspectorsPerTask, List<String> checklist) {

	/** The methods of inspection the form offers. */
	public static final List<String> METHODS = List.of("现场检查", "书面检查", "网络监测", "委托检测");

	public InspectionItem {
		if (code == null || !code.matches("[A-Za-z0-9-]{1,20}")) {
			throw invalid("事项编号须为 1 至 20 位字母、数字或连字符");
		}
		if (blank(name) || name.length() > 100) {
			throw invalid("请填写抽查事项名称（不超过100字）");
		}
		if (blank(legalBasis) || legalBasis.length() > 1000) {
			throw invalid("请填写抽查事项的检查依据（不超过1000字）");
		}
		ratios = Map.copyOf(ratios);
		if (ratios.isEmpty() || ratios.values().stream().allMatch((r) -> r == 0)) {
			throw invalid("抽查事项「" + name + "」须至少对一类检查对象规定抽查比例");
		}
		if (ratios.values().stream().anyMatch((r) -> r < 0 || r > 100)) {
			throw invalid("抽查比例须在 0% 到 100% 之间");
		}
		if (blank(frequency) || frequency.length() > 20) {
			throw invalid("请填写抽查频次（如 每季度）");
		}
		if (!METHODS.contains(method)) {
			throw invalid("请选择检查方式");
		}
		if (inspectorsPerTask < 2 || inspectorsPerTask > 5) {
			throw invalid("每项检查的执法人员须为 2 至 5 名");
		}
		checklist = List.copyOf(checklist);
		if (checklist.isEmpty() || checklist.size() > 50
				|| checklist.stream().anyMatch((line) -> blank(line) || line.length() > 200)) {
			throw invalid("检查表须有 1 至 50 行，每行不超过200字");
		}
	}

	/** The ratio for a class in percent, 0 when the class is not in scope. */
	public int ratio(ObjectClass objectClass) {
		return this.ratios.getOrDefault(objectClass, 0);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("INSPECTION_ITEM_INVALID", message);
	}

}
