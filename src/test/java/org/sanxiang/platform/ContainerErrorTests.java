package org.sanxiang.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before the application sees the request, and what it forwards to
 * {@code /error}, answers in the project's format on a real server: RFC 9457 problem
 * details for the API, the Chinese error page for pages — never Tomcat's English page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerErrorTests {

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder to(String path, String accept) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", accept);
	}

	static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status)
			.contains("\"code\":\"" + code + "\"")
			.doesNotContain("Tomcat")
			.doesNotContain("HTTP Status");
	}

	@Test
	void anEncodedSlashInAnApiPathIsAProblemDetail() throws Exception {
		HttpResponse<String> response = send(to("/api/v1/public/calendar/x%2Fy", "application/json"));
		assertProblem(response, 400, "MALFORMED_REQUEST");
		assertThat(response.body()).contains("请求格式不正确");
	}

	@Test
	void anEncodedSlashInAPagePathIsTheChineseErrorPage() throws Exception {
		HttpResponse<String> response = send(to("/portal/x%2Fy", "text/html,application/xhtml+xml"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("无法完成请求").contains("请求格式不正确").doesNotContain("Tomcat");
	}

	@Test
	void aNinetyKilobyteQueryOrHeaderIsAProblemDetail() throws Exception {
		String big = "x".repeat(90 * 1024);
		assertProblem(send(to("/api/v1/public/calendar/2026?q=" + big, "application/json")), 400, "MALFORMED_REQUEST");
		assertProblem(send(to("/api/v1/public/calendar/2026", "application/json").header("X-Padding", big)), 400,
				"MALFORMED_REQUEST");
	}

	@Test
	void anUnsupportedMediaTypeAndADirectVisitOfErrorAreProblemDetails() throws Exception {
		assertProblem(send(to("/api/v1/public/ledger/verify", "application/json").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("x"))), 415, "UNSUPPORTED_MEDIA_TYPE");
		assertProblem(send(to("/error", "application/json")), 404, "NOT_FOUND");
	}

}
