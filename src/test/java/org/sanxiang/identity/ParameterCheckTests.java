package org.sanxiang.identity;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanxiang.core.DateRange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every enum and date a controller takes — request parameter, path variable, form field
 * or field of a JSON body — found by walking the controllers, not listed by hand: an
 * unknown enum value or a date outside {@link DateRange} is refused with 400/422 naming
 * the field, as a problem detail on the API, never a 500 and never stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParameterCheckTests {

	private static final Set<Class<?>> DATE_TYPES = DateRange.CHECKED_TYPES;

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theWalkFindsTheKindsOfParameterItChecks() throws Exception {
		List<Probe> probes = probes();
		assertThat(probes).extracting(Probe::kind).contains("param", "path", "form", "body");
		assertThat(probes).extracting(Probe::field).contains("effectiveFrom", "validFrom", "status", "start");
	}

	@TestFactory
	Stream<DynamicTest> everyEnumOrDateOfEveryEndpointRefusesABadValueNamingTheField() throws Exception {
		List<DynamicTest> tests = new ArrayList<>();
		for (Probe probe : probes()) {
			for (String value : invalidValues(probe.type())) {
				tests.add(DynamicTest.dynamicTest(probe + " = " + value, () -> check(probe, value)));
			}
		}
		return tests.stream();
	}

	private void check(Probe probe, String value) throws Exception {
		MvcResult result = this.mvc.perform(probeRequest(probe, value)).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).as("%s = %s answered %d", probe, value, status).isIn(400, 422);
		Exception refusal = result.getResolvedException();
		assertThat(refusal).as("the refusal of %s", probe).isNotNull();
		assertThat(named(refusal, probe.field())).as("the field named by %s", refusal).isEqualTo(probe.field());
		if (probe.path().startsWith("/api/")) {
			assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(JsonMapper.shared()
				.readTree(result.getResponse().getContentAsString())
				.path("errors")
				.has(probe.field()))
				.as("the problem detail names %s: %s", probe.field(), result.getResponse().getContentAsString())
				.isTrue();
		}
	}

	private static String named(Exception refusal, String field) {
		if (refusal instanceof MethodArgumentTypeMismatchException mismatch) {
			return mismatch.getName();
		}
		if (refusal instanceof BindException bind) {
			return (bind.getFieldError(field) != null) ? field : bind.getFieldErrors().toString();
		}
		if (refusal instanceof HttpMessageNotReadableException unreadable
				&& unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			return json.getPath().get(json.getPath().size() - 1).getPropertyName();
		}
		return String.valueOf(refusal);
	}

	private AbstractMockHttpServletRequestBuilder<?> probeRequest(Probe probe, String value) throws Exception {
		String path = probe.path();
		for (MethodParameter parameter : probe.handler().getMethodParameters()) {
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable != null) {
				String name = name(parameter, variable.value());
				String filled = (probe.kind().equals("path") && name.equals(probe.field())) ? value
						: validValue(parameter.getParameterType());
				path = path.replace("{" + name + "}", filled);
			}
		}
		AbstractMockHttpServletRequestBuilder<?> request = multipartHandler(probe.handler())
				? multipart(HttpMethod.valueOf(probe.method()), path).file("file", new byte[] { 1 })
				: request(HttpMethod.valueOf(probe.method()), path);
		for (MethodParameter parameter : probe.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null && unannotatedSimple(parameter) && checked(parameter.getParameterType())) {
				String name = name(parameter, "");
				request.param(name, (probe.kind().equals("param") && name.equals(probe.field())) ? value
						: validValue(parameter.getParameterType()));
			}
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())
					&& !MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
				String name = name(parameter, param.name());
				request.param(name, (probe.kind().equals("param") && name.equals(probe.field())) ? value
						: validValue(parameter.getParameterType()));
			}
		}
		if (probe.kind().equals("form")) {
			request.param(probe.field(), value);
		}
		if (probe.kind().equals("body")) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared().writeValueAsString(Map.of(probe.field(), value)));
		}
		if (!probe.method().equals("GET")) {
			request.with(csrf());
		}
		Role role = probe.role();
		return (role != null) ? request.with(user(TestPrincipals.holding(role, 1L, "/HLJ/", Set.of(1L)))) : request;
	}

	private List<Probe> probes() throws Exception {
		Map<String, Role> roles = new LinkedHashMap<>();
		for (EndpointPolicyTests.PolicyRow row : EndpointPolicyTests.policy()) {
			roles.put(row.key(), switch (row.access()) {
				case "PUBLIC" -> null;
				case "AUTHENTICATED" -> Role.OFFICER;
				default -> Role.valueOf(row.access().split(",")[0]);
			});
		}
		List<Probe> probes = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.sanxiang")) {
				return;
			}
			for (String method : methods(info)) {
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					Role role = roles.get(method + " " + pattern);
					for (MethodParameter parameter : handler.getMethodParameters()) {
						Class<?> type = parameter.getParameterType();
						PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
						RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
						if (variable != null && checked(type)) {
							probes.add(new Probe(method, pattern, handler, role, "path",
									name(parameter, variable.value()), type));
						}
						else if ((param != null || unannotatedSimple(parameter)) && checked(type)) {
							probes.add(new Probe(method, pattern, handler, role, "param",
									name(parameter, (param != null) ? param.name() : ""), type));
						}
						else if (type.isRecord() && type.getName().startsWith("org.sanxiang")) {
							// a form (@ModelAttribute, implicit) or a JSON body
							// (@RequestBody)
							String kind = parameter.hasParameterAnnotation(RequestBody.class) ? "body" : "form";
							for (RecordComponent component : type.getRecordComponents()) {
								if (checked(component.getType())) {
									probes.add(new Probe(method, pattern, handler, role, kind, component.getName(),
											component.getType()));
								}
							}
						}
					}
				}
			}
		});
		return probes;
	}

	private static List<String> methods(RequestMappingInfo info) {
		Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
	}

	private static boolean unannotatedSimple(MethodParameter parameter) {
		return parameter.getParameterAnnotations().length == 0
				&& BeanUtils.isSimpleProperty(parameter.getParameterType());
	}

	private static boolean checked(Class<?> type) {
		return type.isEnum() || DATE_TYPES.contains(type);
	}

	private static boolean multipartHandler(HandlerMethod handler) {
		return Stream.of(handler.getMethodParameters())
			.anyMatch((parameter) -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
	}

	private static String name(MethodParameter parameter, String declared) {
		if (!declared.isEmpty()) {
			return declared;
		}
		parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		return parameter.getParameterName();
	}

	private static List<String> invalidValues(Class<?> type) {
		if (type.isEnum()) {
			return List.of("NO_SUCH_VALUE");
		}
		if (type == LocalDate.class) {
			return List.of("0000-01-01", "+999999999-12-31", "1899-12-31", "2200-01-01");
		}
		if (type == LocalDateTime.class) {
			return List.of("0000-01-01T00:00:00", "+999999999-12-31T23:59:59");
		}
		if (type == Instant.class) {
			return List.of("0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z");
		}
		if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return List.of("0000-01-01T00:00:00+08:00", "+999999999-12-31T23:59:59+08:00");
		}
		if (type == YearMonth.class) {
			return List.of("0000-01", "+999999999-12");
		}
		if (type == Year.class) {
			return List.of("0", "999999999");
		}
		throw new IllegalStateException("no invalid value for " + type);
	}

	private static String validValue(Class<?> type) {
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (DATE_TYPES.contains(type)) {
			return (type == LocalDate.class) ? "2026-01-05" : "2026-01-05T00:00:00";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		return BeanUtils.isSimpleValueType(type) && !CharSequence.class.isAssignableFrom(type) ? "1" : "x";
	}

	record Probe(String method, String path, HandlerMethod handler, Role role, String kind, String field,
			Class<?> type) {

		@Override
		public String toString() {
			return this.method + " " + this.path + " " + this.kind + " " + this.field + " (" + this.type.getSimpleName()
					+ ")";
		}

	}

}
