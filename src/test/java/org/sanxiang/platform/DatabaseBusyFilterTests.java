package org.sanxiang.platform;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No database connection within the pool's wait, anywhere in the filters or the
 * application: a clean 503 with {@code Retry-After} (a page that needs no database, or a
 * problem detail), not a 500 or an exchange broken off half-sent.
 */
class DatabaseBusyFilterTests {

	final DatabaseBusyFilter filter = new DatabaseBusyFilter();

	MockHttpServletResponse call(String path, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void aPageRequestGetsA503PageThatNeedsNoDatabase() throws Exception {
		MockHttpServletResponse response = call("/login", (req, res) -> {
			res.getWriter().write("half a page");
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new java.sql.SQLTransientConnectionException("request timed out after 30000ms"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).doesNotContain("half a page").contains("服务暂时不可用");
	}

	@Test
	void anApiRequestGetsA503ProblemDetail() throws Exception {
		MockHttpServletResponse response = call("/api/v1/documents", (req, res) -> {
			throw new jakarta.servlet.ServletException(
					new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503").contains("\"code\":\"");
	}

	@Test
	void aRedirectFollowedByAFailedSessionSaveIsA503WithoutTheRedirect() throws Exception {
		MockHttpServletResponse response = call("/login", (req, res) -> {
			((jakarta.servlet.http.HttpServletResponse) res).sendRedirect("/workspace");
			// the session is saved on the way out, after the redirect was decided
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Location")).isNull();
	}

	@Test
	void aRedirectThatSucceedsIsSentAsIs() throws Exception {
		MockHttpServletResponse response = call("/login",
				(req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendRedirect("/workspace"));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getHeader("Location")).isEqualTo("/workspace");
	}

	@Test
	void aPageWrittenInFullThenAFailedSessionSaveIsA503() throws Exception {
		// Chinese text is three bytes a character: the container's buffer fills long
		// before a filter counting characters saves the session
		String page = "执法案件".repeat(20_000);
		MockHttpServletResponse response = call("/workspace", (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write(page);
			res.flushBuffer();
			assertThat(res.isCommitted()).as("held back, not sent").isFalse();
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).doesNotContain("执法案件").contains("服务暂时不可用");
	}

	@Test
	void aHeldAnswerIsSentWholeWithItsLength() throws Exception {
		MockHttpServletResponse response = call("/workspace", (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("<p>工作台</p>");
		});
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>工作台</p>");
		assertThat(response.getContentLength())
			.isEqualTo("<p>工作台</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
	}

	@Test
	void anErrorSentByTheApplicationReplacesWhatWasHeld() throws Exception {
		MockHttpServletResponse response = call("/x", (req, res) -> {
			res.getWriter().write("partial");
			((jakarta.servlet.http.HttpServletResponse) res).sendError(404);
		});
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain("partial");
	}

	@Test
	void aDownloadLargerThanTheHoldIsStreamedAsItIsWritten() throws Exception {
		byte[] chunk = new byte[64 * 1024];
		java.util.Arrays.fill(chunk, (byte) 7);
		int chunks = DatabaseBusyFilter.HeldResponse.HOLD_LIMIT / chunk.length + 4;
		MockHttpServletResponse response = call("/api/v1/evidence/1/content", (req, res) -> {
			for (int i = 0; i < chunks; i++) {
				res.getOutputStream().write(chunk);
			}
			assertThat(res.isCommitted()).as("past the hold limit the answer goes out").isTrue();
		});
		assertThat(response.getContentAsByteArray()).hasSize(chunks * chunk.length);
	}

	@Test
	void otherFailuresAndFailuresAfterTheAnswerWasSentAreLeftToTheContainer() {
		assertThatThrownBy(() -> call("/x", (req, res) -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class);
		byte[] large = new byte[DatabaseBusyFilter.HeldResponse.HOLD_LIMIT + 1];
		assertThatThrownBy(() -> call("/x", (req, res) -> {
			res.getOutputStream().write(large);
			res.flushBuffer();
			throw new CannotGetJdbcConnectionException("late");
		})).isInstanceOf(CannotGetJdbcConnectionException.class);
	}

}
