package io.trazo.query.web;

import io.trazo.ledger.provenance.ProvenanceException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

/**
 * Every error as an RFC 9457 problem detail with a stable {@code type} URI under
 * {@value #BASE}: unknown-lot, unknown-record, unknown-actor, bad-parameter, trace-too-large,
 * store-inconsistent. Clients switch on {@code type}; titles and details are for people.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String BASE = "https://trazo.dev/problems/";

    @ExceptionHandler(ProvenanceException.class)
    ProblemDetail provenance(ProvenanceException e) {
        return switch (e.kind()) {
            case UNKNOWN_LOT -> problem(HttpStatus.NOT_FOUND, "unknown-lot", "Unknown lot", e.getMessage(), "lot", e.lot());
            case TOO_LARGE -> {
                ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "trace-too-large", "Trace past its bound", e.getMessage(), "lot", e.lot());
                p.setProperty("limit", e.limit());
                yield p;
            }
            case INCONSISTENT_STORE -> problem(HttpStatus.INTERNAL_SERVER_ERROR, "store-inconsistent", "Store inconsistent", e.getMessage(),
                    "lot", e.lot());
        };
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-" + e.kind(), "Unknown " + e.kind(), e.getMessage(), e.kind(), e.key());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", e.getMessage(), "parameter", e.parameter());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(badParameter(Params.unconvertible(name, e.getValue(), e.getRequiredType())));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter",
                e.getParameterName() + ": required", "parameter", e.getParameterName()));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String property, Object value) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + type));
        p.setTitle(title);
        p.setProperty(property, value);
        return p;
    }
}
