package org.sanxiang;

import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists that grow — parties, officers, audit — come in pages with a total and sortable
 * columns, on the pages and in the JSON API alike; a bad page, size or order is a 400
 * that says what is allowed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	String json(String path, String username, String... params) throws Exception {
		var request = get(path).with(user(this.demo.principal(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void partiesComeInPagesOfTheAskedSizeWithTheirTotal() throws Exception {
		String first = json("/api/v1/subjects", "demo-officer", "size", "5");
		int total = JsonPath.read(first, "$.total");
		assertThat(total).isGreaterThan(10);
		assertThat(JsonPath.<List<?>>read(first, "$.items")).hasSize(5);
		String last = json("/api/v1/subjects", "demo-officer", "size", "5", "page", String.valueOf((total - 1) / 5));
		assertThat(JsonPath.<List<?>>read(last, "$.items")).hasSize(total - 5 * ((total - 1) / 5));
	}

	@Test
	void partiesSortByNameBothWays() throws Exception {
		List<String> ascending = JsonPath.read(json("/api/v1/subjects", "demo-officer", "sort", "name", "size", "100"),
				"$.items[*].name");
		List<String> descending = JsonPath.read(
				json("/api/v1/subjects", "demo-officer", "sort", "name", "dir", "desc", "size", "100"),
				"$.items[*].name");
		assertThat(ascending).hasSizeGreaterThan(10).isSorted();
		assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder())
			.containsExactlyInAnyOrderElementsOf(ascending);
	}

	@Test
	void aNameSearchIsCountedToo() throws Exception {
		String body = json("/api/v1/subjects", "demo-officer", "q", "公司", "size", "1");
		assertThat(JsonPath.<Integer>read(body, "$.total")).isGreaterThan(1);
		assertThat(JsonPath.<List<?>>read(body, "$.items")).hasSize(1);
	}

	@Test
	void officersArePagedAndSortedByCertificateValidity() throws Exception {
		String body = json("/api/v1/officers", "demo-head", "sort", "validTo", "dir", "desc", "size", "2");
		assertThat(JsonPath.<Integer>read(body, "$.total")).isGreaterThan(2);
		List<String> validTo = JsonPath.read(body, "$.items[*].validTo");
		assertThat(validTo).hasSize(2);
		assertThat(validTo.get(0)).isGreaterThanOrEqualTo(validTo.get(1));
	}

	@Test
	void badPagingIsRefusedWithWhatIsAllowed() throws Exception {
		this.mvc.perform(get("/api/v1/officers").param("size", "101").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PAGING"))
			.andExpect(jsonPath("$.detail").value(containsString("1 到 100")));
		this.mvc.perform(get("/api/v1/subjects").param("page", "-1").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PAGING"));
		this.mvc.perform(get("/api/v1/subjects").param("sort", "phone").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("名称")));
		this.mvc.perform(get("/subjects").param("dir", "sideways").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("排序方向")));
	}

	@Test
	void listPagesShowTheTotalAndKeepTheFilterInTheirLinks() throws Exception {
		this.mvc.perform(
				get("/subjects").param("q", "公司").param("size", "2").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 ")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(containsString("q=%E5%85%AC%E5%8F%B8")));
		this.mvc.perform(get("/officers").param("size", "1").with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 ")))
			.andExpect(content().string(containsString("page=1")));
		this.mvc.perform(get("/admin/audit").param("size", "3").with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 ")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
	}

}
