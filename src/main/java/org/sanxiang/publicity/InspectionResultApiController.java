package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the published random-inspection results (双随机抽查结果): a searchable, paged
 * list as JSON and as CSV, from the approved copies only, with cache headers; a bad
 * parameter is a 400 problem detail in Chinese.
 */
@RestController
@Tag(name = "public-inspection-results", description = "双随机抽查结果公示（无需登录）")
class InspectionResultApiController {

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(300, TimeUnit.SECONDS).cachePublic();

	private final InspectionResults results;

	InspectionResultApiController(InspectionResults results) {
		this.results = results;
	}

	@GetMapping("/api/v1/public/inspection-results")
	@Operation(summary = "已公开的双随机抽查结果：按被检查对象（公开名称）、统一社会信用代码、检查日期查询，分页（每页不超过100条）")
	ResponseEntity<InspectionResults.Page> list(@ParameterObject ResultQuery query) {
		return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(this.results.search(query.parse()));
	}

	@GetMapping("/api/v1/public/inspection-results.csv")
	@Operation(summary = "已公开的双随机抽查结果（CSV，UTF-8 带 BOM；参数同列表）")
	ResponseEntity<byte[]> csv(@ParameterObject ResultQuery query) {
		StringBuilder out = new StringBuilder("\uFEFF").append(PublicInspectionResult.CSV_COLUMNS).append("\r\n");
		this.results.search(query.parse()).items().forEach((r) -> out.append(r.csvLine()).append("\r\n"));
		return ResponseEntity.ok()
			.cacheControl(FIVE_MINUTES)
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("双随机抽查结果.csv", StandardCharsets.UTF_8).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The query parameters, all optional and taken as text:
	 * {@link InspectionResultSearch} checks them.
	 */
	record ResultQuery(String party, String creditCode, String from, String to, String page, String size) {

		InspectionResultSearch parse() {
			return InspectionResultSearch.parse(this.party, this.creditCode, this.from, this.to, this.page, this.size);
		}

	}

}
