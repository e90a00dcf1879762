package org.mrfsampler.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mrfsampler.job.InvalidJobSpecException;
import org.mrfsampler.job.InvalidJobSpecException.FieldError;
import org.mrfsampler.job.InvalidParameterException;
import org.mrfsampler.job.JobNotFoundException;
import org.mrfsampler.job.JobStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every error of the API to an RFC 9457 problem detail. Client errors carry an {@code errors} list
 * of {@code {field, message}} pairs naming each wrong field or parameter and the fix; server errors carry
 * no internals, which go to the log instead.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidJobSpecException.class)
    ProblemDetail invalidJobSpec(InvalidJobSpecException e) {
        return badRequest("Invalid job spec", e.errors());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return badRequest("Invalid request parameter", List.of(new FieldError(e.parameter(), e.getMessage())));
    }

    @ExceptionHandler(JobNotFoundException.class)
    ProblemDetail jobNotFound(JobNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Job not found");
        return problem;
    }

    @ExceptionHandler(JobStateException.class)
    ProblemDetail jobState(JobStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Job is not in a suitable status");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error while handling a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to handle the request; the server log has the details.");
        problem.setTitle("Internal server error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest("Unreadable request body", List.of(describe(e))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not supported; send the job spec as JSON with the header"
                        + " Content-Type: application/json");
        problem.setTitle("Unsupported media type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        FieldError error = new FieldError(name, "must be of type " + expected + ", got '" + e.getValue() + "'");
        return ResponseEntity.badRequest().body(badRequest("Invalid request parameter", List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage() + ", got " + result.getArgument())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest("Invalid request parameter", errors));
    }

    private static ProblemDetail badRequest(String title, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    /** Names the JSON field that could not be read and what it should have been. */
    private static FieldError describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return new FieldError(path(unknown), "unknown field; known fields here are: " + known);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new FieldError(path(mismatch), "must be " + describeType(mismatch.getTargetType()));
        }
        if (cause instanceof InputCoercionException outOfRange) {
            return new FieldError(path(outOfRange), "is out of range: " + outOfRange.getOriginalMessage());
        }
        if (cause instanceof StreamReadException malformed) {
            return new FieldError("body", "malformed JSON: " + malformed.getOriginalMessage()
                    + (malformed.getLocation() == null ? "" : " at line " + malformed.getLocation().getLineNr()
                            + ", column " + malformed.getLocation().getColumnNr()));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return new FieldError(path(jackson), jackson.getOriginalMessage());
        }
        return new FieldError("body", "missing or unreadable; send a job spec as JSON with Content-Type application/json");
    }

    /** Names a JSON type the way the job spec documents it, not by its Java class. */
    private static String describeType(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer without quotes, decimal point or exponent, such as 64";
        }
        if (type == Double.class || type == double.class) {
            return "a number without quotes, such as 1.0";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array, such as [\"cat\"]";
        }
        return "a JSON object";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
