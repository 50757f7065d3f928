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
	void otherFailuresAndFailuresAfterTheAnswerWasSentAreLeftToTheContainer() {
		assertThatThrownBy(() -> call("/x", (req, res) -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> call("/x", (req, res) -> {
			res.getWriter().write("sent");
			res.flushBuffer();
			throw new CannotGetJdbcConnectionException("late");
		})).isInstanceOf(CannotGetJdbcConnectionException.class);
	}

}
