package org.sanxiang.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that finds no database connection within the pool's wait — a burst of
 * requests holds every connection — is answered 503 with {@code Retry-After} and a page
 * that needs no database (or a problem detail for the API), before anything was sent. It
 * stands outside the session and security filters, whose own database work (loading and
 * saving the session) fails the same way; without it the container would try an error
 * page that needs the database too and break the exchange off half-sent.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log log = LogFactory.getLog(DatabaseBusyFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, new RedirectLater(response));
		}
		catch (RuntimeException | ServletException ex) {
			if (!noConnection(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("No database connection in time, answered 503: " + request.getMethod() + " "
					+ request.getRequestURI());
			answerBusy(request, response);
		}
	}

	/**
	 * A redirect is only a status and a {@code Location} header until the request ends,
	 * so that a failure after it — the session saved on the way out — can still be
	 * answered 503 instead of a 500 carrying the redirect's header.
	 */
	static final class RedirectLater extends HttpServletResponseWrapper {

		RedirectLater(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String location) {
			sendRedirect(location, HttpServletResponse.SC_FOUND, true);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) {
			if (isCommitted()) {
				throw new IllegalStateException("Response already committed");
			}
			if (clearBuffer) {
				resetBuffer();
			}
			setStatus(sc);
			setHeader("Location", location);
		}

	}

	static boolean noConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof java.sql.SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	static void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		String accept = request.getHeader("Accept");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
		response.setCharacterEncoding("UTF-8");
		response.setContentType(api ? "application/problem+json" : "text/html");
		response.getWriter()
			.write(api ? ContainerErrorValve.problem(HttpStatus.SERVICE_UNAVAILABLE)
					: ContainerErrorValve.page(HttpStatus.SERVICE_UNAVAILABLE));
	}

}
