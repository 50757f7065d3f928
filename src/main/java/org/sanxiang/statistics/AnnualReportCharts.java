package org.sanxiang.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The chart data of the page as JSON (in a data attribute; the page's script draws one
 * bar chart per section with ECharts): each section's figures with a count, their key for
 * the link to the records counted. Sections of kinds (penalties, remedies) show only the
 * figures with records.
 */
final class AnnualReportCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnnualReportCharts() {
	}

	static String json(AnnualReport report) {
		return json(report, AnnualReport.Line::label, (group) -> group);
	}

	/** The chart with figure names and section titles in the reader's language. */
	static String json(AnnualReport report, java.util.function.Function<AnnualReport.Line, String> label,
			java.util.function.UnaryOperator<String> groupTitle) {
		List<Map<String, Object>> sections = new ArrayList<>();
		report.groups().forEach((group, lines) -> {
			List<AnnualReport.Line> shown = lines.stream()
				.filter((l) -> l.count() > 0 || !Figure.PENALTIES.equals(group) && !Figure.REMEDIES.equals(group))
				.toList();
			Map<String, Object> section = new LinkedHashMap<>();
			section.put("title", groupTitle.apply(group));
			section.put("labels", shown.stream().map(label).toList());
			section.put("values", shown.stream().map(AnnualReport.Line::count).toList());
			section.put("keys", shown.stream().map(AnnualReport.Line::key).toList());
			sections.add(section);
		});
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("year", report.year());
		chart.put("agency", report.agencyId());
		chart.put("sections", sections);
		return JSON.writeValueAsString(chart);
	}

}
