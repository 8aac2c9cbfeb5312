package cn.xianfeng.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every exception that reaches Spring MVC into an RFC 9457 problem detail with a stable type, a
 * localized title and detail, and field errors where the input was at fault. Nothing internal leaks out.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemMessages messages;

    ProblemDetailsAdvice(ProblemMessages messages, MessageSource messageSource) {
        this.messages = messages;
        setMessageSource(messageSource);
    }

    @ExceptionHandler(XianfengException.class)
    ResponseEntity<Object> handleXianfeng(XianfengException ex, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ex.getBody();
        body.setDetail(messages.text(ex.messageCode(), ex.messageArguments(), locale));
        List<FieldProblem> errors = ex.fieldCodes().stream()
            .map(field -> new FieldProblem(field.field(), messages.text(field.messageCode(), field.arguments(), locale)))
            .toList();
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        if (ex instanceof ImportRejectedException rejected) {
            body.setProperty("rows", rejected.rowErrors().stream()
                .map(row -> new RowProblem(row.row(), row.column(), messages.text(row.messageCode(), row.arguments(), locale)))
                .toList());
        }
        return handleExceptionInternal(ex, body, ex.getHeaders(), ex.getStatusCode(), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> handleStaleUpdate(ObjectOptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        body.setType(ProblemTypes.CONFLICT);
        body.setDetail(messages.text("problem.stale-update", null, LocaleContextHolder.getLocale()));
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** A constraint on a request parameter, checked by method validation on a {@code @Validated} controller. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleParameterConstraints(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
            .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
            .toList();
        return validationProblem(ex, errors, new HttpHeaders(), request);
    }

    /** A multipart body that cannot be read (no boundary, cut short). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleBrokenMultipart(MultipartException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setType(ProblemTypes.MALFORMED_REQUEST);
        body.setDetail(messages.text("problem.multipart", null, LocaleContextHolder.getLocale()));
        // Every upload of the API is its part "file".
        body.setProperty("errors", List.of(new FieldProblem("file", messages.text("problem.multipart", null, LocaleContextHolder.getLocale()))));
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        body.setDetail(messages.text("problem.internal", null, LocaleContextHolder.getLocale()));
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), messages.text(error, locale)))
            .toList();
        List<FieldProblem> objectErrors = ex.getBindingResult().getGlobalErrors().stream()
            .map(error -> new FieldProblem("", messages.text(error, locale)))
            .toList();
        return validationProblem(ex, concat(errors, objectErrors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
            .flatMap(result -> result.getResolvableErrors().stream()
                .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                        messages.text(error, locale))))
            .toList();
        return validationProblem(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : java.util.Objects.requireNonNullElse(ex.getPropertyName(), "");
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum() ? oneOf(type, locale) : messages.text("problem.field.unreadable", null, locale);
        return validationProblem(ex, List.of(new FieldProblem(field, message)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem missing = new FieldProblem(ex.getParameterName(),
                messages.text("problem.field.required", null, LocaleContextHolder.getLocale()));
        return validationProblem(ex, List.of(missing), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        FieldProblem missing = new FieldProblem(ex.getRequestPartName(),
                messages.text("problem.field.file-required", null, LocaleContextHolder.getLocale()));
        return validationProblem(ex, List.of(missing), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return tooLarge(ex, "problem.upload-too-large", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (causedBy(ex, RequestLimitsFilter.BodyTooLargeException.class)) {
            return tooLarge(ex, "problem.body-too-large", headers, request);
        }
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setType(ProblemTypes.MALFORMED_REQUEST);
        String field = jsonPath(ex);
        if (field == null) {
            body.setDetail(messages.text("problem.malformed-json", null, locale));
        }
        else {
            body.setType(ProblemTypes.VALIDATION);
            body.setDetail(messages.text("problem.validation", null, locale));
            body.setProperty("errors", List.of(new FieldProblem(field, unreadableValueMessage(ex, locale))));
        }
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Gives every problem a stable type and a localized title, whichever handler produced it. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            // Spring's own problems (type still about:blank) get the status' own words in the caller's language.
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setDetail(messages.forStatus(problem.getStatus(), LocaleContextHolder.getLocale()).getDetail());
            }
            messages.complete(problem, LocaleContextHolder.getLocale());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(Exception ex, List<FieldProblem> errors, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setType(ProblemTypes.VALIDATION);
        body.setDetail(messages.text("problem.validation", null, LocaleContextHolder.getLocale()));
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> tooLarge(Exception ex, String detailCode, HttpHeaders headers, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
        body.setType(ProblemTypes.TOO_LARGE);
        body.setDetail(messages.text(detailCode, null, LocaleContextHolder.getLocale()));
        return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The parameter a violation is about: {@code year} of {@code scores.year}. */
    private static String lastNode(jakarta.validation.Path path) {
        String name = "";
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code rootOrgType}, or null for broken JSON. */
    private static @Nullable String jsonPath(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (var reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /**
     * For an unknown enum constant, names the accepted ones; for text with control characters or a number past what
     * the field holds, says so; otherwise says the value is not valid.
     */
    private String unreadableValueMessage(HttpMessageNotReadableException ex, Locale locale) {
        if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            if (invalid.getTargetType().isEnum() && invalid.getValue() instanceof String) {
                return oneOf(invalid.getTargetType(), locale);
            }
            if (invalid.getTargetType() == String.class && invalid.getValue() instanceof String text
                    && TextRules.hasControlCharacters(text)) {
                return messages.text("problem.field.control-characters", null, locale);
            }
        }
        if (ex.getCause() instanceof InputCoercionException) {
            return messages.text("problem.field.number-out-of-range", null, locale);
        }
        return messages.text("problem.field.unreadable", null, locale);
    }

    private String oneOf(Class<?> enumType, Locale locale) {
        String accepted = java.util.Arrays.stream(enumType.getEnumConstants())
            .map(Object::toString)
            .collect(java.util.stream.Collectors.joining(", "));
        return messages.text("problem.field.one-of", new Object[] { accepted }, locale);
    }

    /** One refused row of an import, as clients see it. */
    record RowProblem(int row, String column, String message) {
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
