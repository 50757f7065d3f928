package org.sanxiang;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a client on the network sees it: cookies, actuator exposure, error
 * pages, log hygiene.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningTests {

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
		List<String> cookies = get("/login").headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("SANXIANG_SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Strict"));
	}

	@Test
	void onlyHealthIsPublicAmongTheActuatorEndpoints() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
				"/actuator/configprops", "/actuator/loggers")) {
			HttpResponse<String> response = get(endpoint, "application/json");
			assertThat(response.statusCode()).as(endpoint).isNotEqualTo(200);
			assertThat(response.body()).as(endpoint).doesNotContain("spring.datasource");
		}
	}

	@Test
	void errorPagesShowNoStackTrace() throws Exception {
		HttpResponse<String> error = get("/error");
		assertThat(error.body()).contains("无法完成请求").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void loggedInputAndTheLogFileNeverContainThePassword() throws Exception {
		String secret = "Very#Secret" + System.nanoTime();
		String page = get("/login").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=demo-officer&password=" + URLEncoder.encode(secret, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("error"));
		Path log = Path.of("target/test-logs/sanxiang.log");
		assertThat(log).exists();
		assertThat(Files.readString(log)).doesNotContain(secret).doesNotContain("Sanxiang@2026");
	}

}
