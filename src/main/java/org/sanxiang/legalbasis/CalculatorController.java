package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.DateRange;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The discretion calculator page (a computation, so GET for every case worker): pick a
 * violation type, answer its factors ({@code a.FACTOR}), give bases ({@code q.QUANTITY});
 * refused input is shown on the form with its 4xx status.
 */
@Controller
class CalculatorController {

	private final DiscretionCalculator calculator;

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	CalculatorController(DiscretionCalculator calculator, ViolationCatalogue catalogue, LegalTexts texts) {
		this.calculator = calculator;
		this.catalogue = catalogue;
		this.texts = texts;
	}

	@GetMapping("/legal/calculator")
	String calculator(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		String type = params.get("type");
		LocalDate today = this.texts.today();
		model.addAttribute("types", this.catalogue.all());
		model.addAttribute("params", params);
		model.addAttribute("parties", PartyType.values());
		model.addAttribute("quantities", Quantity.values());
		model.addAttribute("today", today);
		Map<String, List<Circumstance>> groups = new java.util.LinkedHashMap<>();
		for (Circumstance c : Circumstance.values()) {
			groups.computeIfAbsent(c.group().name(), (g) -> new ArrayList<>()).add(c);
		}
		model.addAttribute("circumstanceGroups", groups);
		model.addAttribute("openCircumstances",
				params.keySet()
					.stream()
					.anyMatch((k) -> k.startsWith("c.") || k.equals("noPenalty") || k.equals("reduce")));
		try {
			if (type != null && !type.isBlank()) {
				var violation = this.catalogue.type(type);
				model.addAttribute("type", violation);
				Map<String, String> originalNames = new java.util.LinkedHashMap<>();
				violation.dailyOriginals()
					.forEach((o) -> originalNames.put(o, this.catalogue.find(o).map(ViolationType::name).orElse(o)));
				model.addAttribute("originalNames", originalNames);
				model.addAttribute("needed",
						violation.statutory()
							.values()
							.stream()
							.filter((f) -> f.base() != null)
							.map((f) -> f.base())
							.distinct()
							.toList());
				model.addAttribute("daily",
						violation.statutory()
							.values()
							.stream()
							.anyMatch((f) -> f.kind() == org.sanxiang.legalbasis.AmountFormula.Kind.DAILY));
				model.addAttribute("benchmark", this.catalogue.benchmarkOn(type, date(params, "date", today)));
				if (params.containsKey("calculate")) {
					model.addAttribute("result", this.calculator.calculate(input(params, today).toRequest()));
				}
			}
		}
		catch (RuleViolation refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("errorCode", refused.code());
		}
		return "legalbasis/calculator";
	}

	private static DiscretionInput input(Map<String, String> params, LocalDate today) {
		Map<String, String> answers = new HashMap<>();
		Map<String, BigDecimal> quantities = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("a.") && value != null && !value.isBlank()) {
				answers.put(key.substring(2), value);
			}
			if (key.startsWith("q.") && value != null && !value.isBlank()) {
				quantities.put(key.substring(2), number(value));
			}
		});
		List<String> circumstances = new ArrayList<>();
		params.forEach((key, value) -> {
			if (key.startsWith("c.") && "on".equals(value)) {
				circumstances.add(key.substring(2));
			}
		});
		return new DiscretionInput(params.get("type"), answers, params.get("party"), date(params, "act", null),
				date(params, "actEnd", null), date(params, "date", today), quantities, date(params, "served", null),
				date(params, "reinspected", null), circumstances, "on".equals(params.get("noPenalty")),
				"on".equals(params.get("reduce")), params.get("original"), date(params, "originalDate", null));
	}

	private static BigDecimal number(String value) {
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("INVALID_AMOUNT", "金额或数量须为数字", HttpStatus.BAD_REQUEST);
		}
	}

	private static LocalDate date(Map<String, String> params, String name, LocalDate fallback) {
		String value = params.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return DateRange.check(name, LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("INVALID_DATE", "日期格式应为 yyyy-MM-dd", HttpStatus.BAD_REQUEST);
		}
	}

}
