package org.sanxiang.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.DateRange;
import org.sanxiang.core.InvalidParameter;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.Unavailable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every refusal once: API requests get RFC 9457 problem details (Chinese
 * {@code detail}, stable {@code code}), pages get the error page with the same message.
 * Never a stack trace, never a 500 for bad input.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

	@ExceptionHandler(RuleViolation.class)
	Object ruleViolation(RuleViolation ex, HttpServletRequest request) {
		Object response = respond(request, ex.status(), ex.code(), ex.getMessage(), Map.of());
		if (response instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			ex.properties().forEach(problem::setProperty);
		}
		return response;
	}

	@ExceptionHandler(Unavailable.class)
	Object unavailable(Unavailable ex, HttpServletRequest request, HttpServletResponse response) {
		ex.retryAfter()
			.ifPresent((delay) -> response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(Math.max(1, delay.toSeconds()))));
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE, ex.code(), ex.getMessage(), Map.of());
	}

	/**
	 * No database connection within the pool's wait: 503 with {@code Retry-After}; a
	 * person gets a page that needs no database to render.
	 */
	@ExceptionHandler({ org.springframework.jdbc.CannotGetJdbcConnectionException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	Object databaseBusy(RuntimeException ex, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		DatabaseBusyFilter.answerBusy(request, response);
		return null;
	}

	@ExceptionHandler(BindException.class)
	Object invalidFields(BindException ex, HttpServletRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getFieldErrors().forEach((error) -> errors.putIfAbsent(error.getField(), fieldMessage(error)));
		return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_INPUT", "输入有误，请按提示修改", errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "请求参数不符合要求", Map.of());
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, "UPLOAD_TOO_LARGE", "上传的文件过大", Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object invalidParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (outOfRange(ex) != null) {
			return dateOutOfRange(request, ex.getName());
		}
		return ruleViolation(new InvalidParameter(ex.getName(), ex.getRequiredType()), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleViolation violation) {
				return ruleViolation(violation, request);
			}
		}
		if (outOfRange(ex) != null) {
			return dateOutOfRange(request, (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty())
					? jsonPath(json) : outOfRange(ex).field());
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return ruleViolation(new InvalidParameter(jsonPath(mismatch), mismatch.getTargetType()), request);
		}
		return malformed(ex, request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"不支持该请求内容的格式（Content-Type）", Map.of());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "无法以请求的格式（Accept）作答", Map.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class,
			org.springframework.web.multipart.MultipartException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class })
	Object malformed(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求格式不正确或缺少必填参数", Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法", Map.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrentModification(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "该记录已被他人修改，请刷新后重试", Map.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object duplicate(DataIntegrityViolationException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "DUPLICATE_OR_INCONSISTENT", "与已有记录重复或冲突，未保存任何内容", Map.of());
	}

	private Object dateOutOfRange(HttpServletRequest request, String field) {
		return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "DATE_OUT_OF_RANGE",
				field + "：" + DateRange.OutOfRange.message(), Map.of(field, DateRange.OutOfRange.message()));
	}

	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String fieldMessage(FieldError error) {
		if (!error.contains(TypeMismatchException.class)) {
			return error.getDefaultMessage();
		}
		return (outOfRange(error.unwrap(TypeMismatchException.class)) != null) ? DateRange.OutOfRange.message()
				: "格式不正确";
	}

	private static DateRange.OutOfRange outOfRange(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DateRange.OutOfRange outOfRange) {
				return outOfRange;
			}
		}
		return null;
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String code, String message,
			Map<String, String> errors) {
		return respond(request.getRequestURI().startsWith(request.getContextPath() + "/api/"), status, code, message,
				errors);
	}

	/** A problem detail for the API, the error page for a person. */
	static Object respond(boolean api, HttpStatus status, String code, String message, Map<String, String> errors) {
		if (api) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setType(URI.create("urn:sanxiang:problem:" + code.toLowerCase().replace('_', '-')));
			problem.setTitle(status.getReasonPhrase());
			problem.setProperty("code", code);
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("code", code);
		page.addObject("message", message);
		page.addObject("errors", errors);
		return page;
	}

}
