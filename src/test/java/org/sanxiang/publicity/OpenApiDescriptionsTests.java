package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document describes every operation, parameter and response field of the
 * public decisions API and the statistics API, in Chinese (English in parentheses).
 */
@SpringBootTest(properties = "sanxiang.test.context=publicity-openapi")
@AutoConfigureMockMvc
class OpenApiDescriptionsTests {

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void everyPublicOperationParameterAndFieldIsDescribed() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Map<String, Object> paths = com.jayway.jsonpath.JsonPath.read(json, "$.paths");
		List<String> missing = new ArrayList<>();
		List<String> described = new ArrayList<>();
		paths.forEach((path, operations) -> {
			if (!path.startsWith("/api/v1/public/decisions") && !path.startsWith("/api/v1/statistics/")) {
				return;
			}
			((Map<String, Object>) operations).forEach((method, operation) -> {
				Map<String, Object> op = (Map<String, Object>) operation;
				String name = method + " " + path;
				described.add(name);
				if (blank(op.get("summary"))) {
					missing.add(name + ": summary");
				}
				for (Object parameter : (List<Object>) op.getOrDefault("parameters", List.of())) {
					Map<String, Object> p = (Map<String, Object>) parameter;
					if (blank(p.get("description"))) {
						missing.add(name + ": parameter " + p.get("name"));
					}
				}
			});
		});
		for (String schema : List.of("Page", "PublicDecision", "Credit")) {
			Map<String, Object> properties = com.jayway.jsonpath.JsonPath.read(json,
					"$.components.schemas." + schema + ".properties");
			assertThat(properties).as(schema).isNotEmpty();
			properties.forEach((field, value) -> {
				Map<String, Object> f = (Map<String, Object>) value;
				if (blank(f.get("description")) && !f.containsKey("$ref") && !f.containsKey("allOf")) {
					missing.add(schema + "." + field);
				}
			});
		}
		assertThat(described).contains("get /api/v1/public/decisions", "get /api/v1/public/decisions/{id}",
				"get /api/v1/public/decisions.csv", "get /api/v1/public/decisions/feed",
				"get /api/v1/public/decisions/credit.csv", "get /api/v1/statistics/annual");
		assertThat(missing).isEmpty();
		assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.paths['/api/v1/public/decisions'].get.summary"))
			.contains("检索");
	}

	private static boolean blank(Object text) {
		return !(text instanceof String s) || s.isBlank();
	}

}
