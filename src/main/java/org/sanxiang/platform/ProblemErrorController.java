package org.sanxiang.platform;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever the container refuses before the application sees a request (a malformed path,
 * an oversized request, an unsupported media type, an error forwarded by the servlet
 * container, a direct visit of {@code /error}) answers as the application does: a problem
 * detail for the API, the Chinese error page for a person. Replaces Spring Boot's default
 * error controller.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.NOT_FOUND;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		boolean api = path.startsWith(request.getContextPath() + "/api/") || wantsJson(request);
		Object response = ProblemHandler.respond(api, status, code(status), message(status), Map.of());
		if (response instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			try {
				problem.setInstance(java.net.URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				problem.setInstance(null);
			}
		}
		if (response instanceof ModelAndView page) {
			page.addObject("code", null);
			page.addObject("message", null);
		}
		return response;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))
					&& MediaType.parseMediaTypes(accept).stream().noneMatch(MediaType.TEXT_HTML::isCompatibleWith);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static String code(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "MALFORMED_REQUEST";
			case UNAUTHORIZED -> "UNAUTHENTICATED";
			case FORBIDDEN -> "ACCESS_DENIED";
			case NOT_FOUND -> "NOT_FOUND";
			case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
			case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
			case CONTENT_TOO_LARGE -> "UPLOAD_TOO_LARGE";
			case URI_TOO_LONG -> "URI_TOO_LONG";
			case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "REQUEST_TOO_LARGE";
			case SERVICE_UNAVAILABLE -> "UNAVAILABLE";
			default -> status.is4xxClientError() ? "REQUEST_REFUSED" : "INTERNAL_ERROR";
		};
	}

	static String message(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "请求格式不正确";
			case UNAUTHORIZED -> "请先登录";
			case FORBIDDEN -> "您无权执行此操作";
			case NOT_FOUND -> "请求的地址不存在";
			case METHOD_NOT_ALLOWED -> "不支持该请求方法";
			case NOT_ACCEPTABLE -> "无法以请求的格式（Accept）作答";
			case CONTENT_TOO_LARGE -> "请求内容过大";
			case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求地址或请求头过长";
			case UNSUPPORTED_MEDIA_TYPE -> "不支持该请求内容的格式（Content-Type）";
			case SERVICE_UNAVAILABLE -> "服务暂时不可用，请稍后重试";
			default -> status.is4xxClientError() ? "请求被拒绝" : "服务器内部错误，请稍后重试或联系系统管理员";
		};
	}

}
