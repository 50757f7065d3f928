package org.sanxiang.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report for what it refuses before the application sees the request
 * (an encoded slash in the path, a request line or header over the size limit): a problem
 * detail for {@code /api/} paths and clients that ask for JSON, a plain Chinese error
 * page otherwise — never Tomcat's English page. Replaces the host's
 * {@link ErrorReportValve}.
 */
final class ContainerErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = (code < 500) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String uri = request.getRequestURI();
		String accept = request.getHeader("Accept");
		boolean page = uri != null && !uri.startsWith("/api/") && (accept == null || accept.contains("text/html"));
		try {
			response.resetBuffer();
			response.setCharacterEncoding("UTF-8");
			response.setContentType(page ? "text/html" : "application/problem+json");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page ? page(status) : problem(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response committed: nothing more to say
		}
	}

	static String problem(HttpStatus status) {
		String code = ProblemErrorController.code(status);
		return "{\"type\":\"urn:sanxiang:problem:" + code.toLowerCase().replace('_', '-') + "\",\"title\":\""
				+ status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
				+ ProblemErrorController.message(status) + "\",\"code\":\"" + code + "\"}";
	}

	static String page(HttpStatus status) {
		return """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>无法完成请求 · 三项</title>
				<link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
				<link rel="stylesheet" href="/css/sanxiang.css"></head>
				<body><main class="container py-5"><div class="card"><div class="card-header sx-card-head">无法完成请求</div>
				<div class="card-body"><p class="fs-5" id="error-message">%s</p>
				<p class="small text-muted">状态码 %d</p>
				<a class="btn btn-outline-primary btn-sm" href="/">公示门户</a>
				<a class="btn btn-primary btn-sm" href="/workspace">工作台</a></div></div></main></body></html>
				""".formatted(HtmlUtils.htmlEscape(ProblemErrorController.message(status)), status.value());
	}

	/**
	 * Puts the valve in place of the host's error report valve, after Spring Boot's own.
	 */
	static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container parent = context.getParent();
				for (Valve valve : parent.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						parent.getPipeline().removeValve(valve);
					}
				}
				if (parent instanceof StandardHost host) {
					host.setErrorReportValveClass(ContainerErrorValve.class.getName());
				}
				parent.getPipeline().addValve(new ContainerErrorValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
