package org.sanxiang.legalbasis;

import java.util.List;

/**
 * An enforcement matter (执法事项) of the 权责清单: what the bureau may do, on which legal basis,
 * at which level (省/市/县), whether it is on the 双随机 inspection list, and the violation
 * types it covers. Published before enforcement (事前公开, 行政处罚法 第三十九条).
 */
record EnforcementMatter(String code, String name, MatterCategory category, List<String> levels,
		boolean randomInspection, List<Citation> basis, List<String> violationCodes) {

	public EnforcementMatter {
		levels = List.copyOf(levels);
		basis = List.copyOf(basis);
		violationCodes = List.copyOf(violationCodes);
	}

}
