package io.trazo.query.log;

import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.merkle.MissingTileException;
import io.trazo.query.web.Params;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem details for the log API, one stable {@code type} per kind of error. */
@RestControllerAdvice(assignableTypes = {LogController.class, LogEntriesController.class})
class LogProblems {

    static final String TYPE_PREFIX = "https://trazo.dev/problems/log/";

    @ExceptionHandler(LogLookupException.class)
    ProblemDetail lookup(LogLookupException e) {
        HttpStatus status = switch (e.reason()) {
            case UNKNOWN_RECORD, NO_CHECKPOINT_AT_SIZE, NOT_IN_TREE, NOTHING_PUBLISHED -> HttpStatus.NOT_FOUND;
            case SIZE_NOT_PUBLISHED -> HttpStatus.BAD_REQUEST;
            case ENTRY_MISSING -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return problem(status, e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail unconvertible(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request",
                Params.unconvertible(e.getName(), e.getValue(), e.getRequiredType()).getMessage());
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingTileException.class)
    ProblemDetail missingTile(MissingTileException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "tile-missing", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
