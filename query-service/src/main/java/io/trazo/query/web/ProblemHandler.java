package io.trazo.query.web;

import io.trazo.ledger.provenance.ProvenanceException;
import io.trazo.mongo.StoreIntegrityException;
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
 * {@value #BASE}: unknown-lot, unknown-record, unknown-actor, bad-parameter, trace-too-large, and
 * store-integrity (check {@code missing}) for a trace that meets a record the store lost, as every other
 * read path names it ({@link IntegrityProblems}). Clients switch on {@code type}; titles and details are for people.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String BASE = "https://trazo.dev/problems/";

    private final IntegrityProblems integrity;

    ProblemHandler(IntegrityProblems integrity) {
        this.integrity = integrity;
    }

    @ExceptionHandler(ProvenanceException.class)
    ProblemDetail provenance(ProvenanceException e) {
        return switch (e.kind()) {
            case UNKNOWN_LOT -> problem(HttpStatus.NOT_FOUND, "unknown-lot", "Unknown lot", e.getMessage(), "lot", e.lot());
            case TOO_LARGE -> {
                ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "trace-too-large", "Trace past its bound", e.getMessage(), "lot", e.lot());
                p.setProperty("limit", e.limit());
                yield p;
            }
            case INCONSISTENT_STORE -> {
                // the append protocol never accepts a link to a record it does not hold: the store lost it
                ProblemDetail p = integrity.storeIntegrity(StoreIntegrityException.missing(e.missing().orElseThrow(),
                        "accepted record " + e.linkedFrom().map(d -> d.hex()).orElse("?") + " of lot " + e.lot()));
                p.setProperty("lot", e.lot());
                yield p;
            }
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
