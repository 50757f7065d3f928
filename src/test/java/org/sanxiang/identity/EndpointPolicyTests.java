package org.sanxiang.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The role × endpoint × method matrix: every controller method of the application is
 * listed in {@code security/endpoint-policy.tsv}, and every role (and an anonymous
 * visitor) is allowed or refused exactly as the table says.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointPolicyTests {

	private static final String ANONYMOUS = "ANONYMOUS";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyControllerMethodHasAPolicyRowAndEveryRowAController() throws IOException {
		Set<String> mapped = applicationEndpoints();
		Set<String> listed = policy().stream().map(PolicyRow::key).collect(Collectors.toCollection(TreeSet::new));
		assertThat(mapped).as("controller methods without a row in endpoint-policy.tsv").isSubsetOf(listed);
		assertThat(listed).as("rows in endpoint-policy.tsv without a controller method").isSubsetOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleIsAllowedOrRefusedAsTheTableSays() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (PolicyRow row : policy()) {
			for (String role : roles()) {
				boolean allowed = row.allows(role);
				tests.add(DynamicTest.dynamicTest(row.key() + " as " + role + (allowed ? " allowed" : " refused"),
						() -> check(row, role, allowed)));
			}
		}
		return tests.stream();
	}

	private void check(PolicyRow row, String role, boolean allowed) throws Exception {
		String path = row.pattern().replaceAll("\\{role}", "OFFICER").replaceAll("\\{[^}]+}", "999999");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), path);
		if (!row.method().equals("GET")) {
			request.with(csrf());
		}
		if (!role.equals(ANONYMOUS)) {
			request.with(user(TestPrincipals.holding(Role.valueOf(role), 1L, "/HLJ/", Set.of(1L))));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String location = String.valueOf(response.getRedirectedUrl());
		boolean refused = status == 401 || status == 403 || location.endsWith("/login");
		assertThat(refused).as("%s %s as %s answered %d %s", row.method(), path, role, status, location)
			.isEqualTo(!allowed);
		if (refused && !role.equals(ANONYMOUS)) {
			assertThat(status).as("a logged-in account is refused with 403").isEqualTo(403);
		}
	}

	private Set<String> applicationEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.sanxiang")) {
				Set<String> methods = info.getMethodsCondition()
					.getMethods()
					.stream()
					.map(Enum::name)
					.collect(Collectors.toSet());
				for (String pattern : patterns(info)) {
					(methods.isEmpty() ? Set.of("ANY") : methods).forEach((m) -> endpoints.add(m + " " + pattern));
				}
			}
		});
		return endpoints;
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition().getPatternValues();
	}

	private static List<String> roles() {
		List<String> roles = new ArrayList<>(EnumSet.allOf(Role.class).stream().map(Role::name).toList());
		roles.add(ANONYMOUS);
		return roles;
	}

	static List<PolicyRow> policy() throws IOException {
		try (InputStream in = EndpointPolicyTests.class.getResourceAsStream("/security/endpoint-policy.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t"))
				.map((cells) -> new PolicyRow(cells[0], cells[1], cells[2]))
				.toList();
		}
	}

	record PolicyRow(String method, String pattern, String access) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean allows(String role) {
			if (this.access.equals("PUBLIC")) {
				return true;
			}
			if (role.equals(ANONYMOUS)) {
				return false;
			}
			return this.access.equals("AUTHENTICATED") || Set.of(this.access.split(",")).contains(role);
		}

	}

}
