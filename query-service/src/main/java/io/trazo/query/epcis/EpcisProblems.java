package io.trazo.query.epcis;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * EPCIS errors as RFC 9457 problem details whose {@code type} is the standard's {@code epcisException:…}
 * name (REST binding openapi.yaml), with the offending parameter or header named in {@code parameter}.
 */
@RestControllerAdvice
class EpcisProblems {

    @ExceptionHandler(EpcisException.class)
    ResponseEntity<ProblemDetail> epcis(EpcisException e) {
        return ResponseEntity.status(e.kind().status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(e));
    }

    static ProblemDetail problem(EpcisException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status), e.getMessage());
        p.setType(URI.create("epcisException:" + e.kind().name()));
        p.setTitle(e.kind().name());
        p.setProperty("parameter", e.parameter());
        return p;
    }
}
