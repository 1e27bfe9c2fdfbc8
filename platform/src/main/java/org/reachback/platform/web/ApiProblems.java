package org.reachback.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reachback.events.privacy.SubjectKeys;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Problem details (RFC 9457) for every error of a service's API. Invalid bodies name each invalid
 * field and why, so a client can show what to fix; a value outside a fixed set names the allowed
 * values; an unreachable database is a 503 to retry, not a 500. Domain exceptions carry their own
 * problem as {@link org.springframework.web.ErrorResponseException}s.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail(errors.stream()
			.map(error -> error.get("field") + " " + error.get("message"))
			.sorted()
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid request content"));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** Parser messages name internal classes; the client learns which field is wrong, and how. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BodyTooLargeException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, cause.getMessage());
			problem.setTitle("Request body too large");
			return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(cause));
		problem.setTitle("Unreadable request");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** A path variable or query parameter that does not convert: its name and what it must be, not its value. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: String.valueOf(ex.getPropertyName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, name + " " + ValueNames.mustBe(ex.getRequiredType()));
		problem.setTitle("Invalid request");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** The database is unreachable for a moment (a restart, a fail-over): try again, nothing is wrong with the request. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, SubjectKeys.KeysUnavailableException.class })
	ResponseEntity<ProblemDetail> handleOutage(Exception ex) {
		logger.warn("Answering 503 while the database is unreachable: " + ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The service cannot reach its database right now; please try again in a few seconds");
		problem.setTitle("Temporarily unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Names the field at fault and what it must be, never repeating what the client sent. */
	static String detail(Throwable cause) {
		if (cause instanceof BodyTooLargeException) {
			return cause.getMessage();
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			if (databind instanceof UnrecognizedPropertyException) {
				return field + " is not a field of this request";
			}
			if (databind instanceof UnacceptableTextException) {
				return field + " " + UnacceptableTextException.REASON;
			}
			if (databind instanceof MismatchedInputException mismatch) {
				return field + " " + ValueNames.mustBe(mismatch.getTargetType());
			}
			return field + " is not valid";
		}
		if (cause instanceof InputCoercionException coercion) {
			return "A number in the request body is out of range: it " + ValueNames.mustBe(coercion.getTargetType());
		}
		return "The request body is not valid JSON of the expected shape";
	}

	/** Every problem this service answers has a detail of a bounded length, whatever it quotes. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
			problem.setDetail(bounded(problem.getDetail()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	static String bounded(String detail) {
		int codePoints = detail.codePointCount(0, detail.length());
		return codePoints <= MAX_DETAIL ? detail : detail.substring(0, detail.offsetByCodePoints(0, MAX_DETAIL)) + "…";
	}

	private static final int MAX_DETAIL = 300;

}
