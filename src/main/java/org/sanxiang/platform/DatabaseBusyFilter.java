package org.sanxiang.platform;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
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
			HeldResponse held = new HeldResponse(response);
			chain.doFilter(request, held);
			held.finish();
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
	 * The answer is held back until the request ends, up to {@link #HOLD_LIMIT} bytes, so
	 * that a failure after it was written — the session saved on the way out, which needs
	 * a connection — can still be answered 503 instead of an exchange broken off
	 * half-sent. A redirect is only a status and a {@code Location} header until then. A
	 * larger answer (a download) is sent as it is written once it passes the limit; the
	 * buffer size reported to the filters inside is a quarter of the limit, so that the
	 * session (saved when a filter sees its buffer fill, counting characters, which may
	 * be up to three bytes each) is saved before that happens.
	 */
	static final class HeldResponse extends HttpServletResponseWrapper {

		static final int HOLD_LIMIT = 512 * 1024;

		private java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream(8192);

		private ServletOutputStream stream;

		private PrintWriter writer;

		HeldResponse(HttpServletResponse response) {
			super(response);
		}

		private boolean holding() {
			return this.held != null;
		}

		void write(byte[] bytes, int offset, int length) throws IOException {
			if (holding() && this.held.size() + length <= HOLD_LIMIT) {
				this.held.write(bytes, offset, length);
				return;
			}
			release();
			getResponse().getOutputStream().write(bytes, offset, length);
		}

		/** Sends what was held and passes everything after it straight through. */
		private void release() throws IOException {
			if (!holding()) {
				return;
			}
			java.io.ByteArrayOutputStream body = this.held;
			this.held = null;
			if (body.size() > 0) {
				body.writeTo(getResponse().getOutputStream());
			}
		}

		/** The request ended without a failure: send the answer, with its length. */
		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (holding() && this.held.size() > 0 && !getResponse().isCommitted()
					&& !((HttpServletResponse) getResponse()).containsHeader("Content-Length")) {
				getResponse().setContentLength(this.held.size());
			}
			release();
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						HeldResponse.this.write(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						HeldResponse.this.write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						if (!holding()) {
							getResponse().getOutputStream().flush();
						}
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(jakarta.servlet.WriteListener listener) {
						throw new UnsupportedOperationException("the answer is written synchronously");
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
						java.nio.charset.Charset.forName(getCharacterEncoding())));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (!holding()) {
				super.flushBuffer();
			}
		}

		@Override
		public boolean isCommitted() {
			return !holding() && super.isCommitted();
		}

		@Override
		public int getBufferSize() {
			return holding() ? HOLD_LIMIT / 4 : super.getBufferSize();
		}

		@Override
		public void setBufferSize(int size) {
			if (!holding()) {
				super.setBufferSize(size);
			}
		}

		@Override
		public void resetBuffer() {
			if (holding()) {
				discardWritten();
			}
			super.resetBuffer();
		}

		@Override
		public void reset() {
			if (holding()) {
				discardWritten();
			}
			super.reset();
		}

		private void discardWritten() {
			if (this.writer != null) {
				this.writer.flush();
			}
			this.held.reset();
		}

		@Override
		public void sendError(int sc) throws IOException {
			sendError(sc, null);
		}

		@Override
		public void sendError(int sc, String message) throws IOException {
			if (holding()) {
				discardWritten();
				this.held = null;
			}
			if (message == null) {
				super.sendError(sc);
			}
			else {
				super.sendError(sc, message);
			}
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
