package io.trazo.query.audit;

import io.trazo.audit.EudrRefusal;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the audit endpoints: {@code https://trazo.dev/problems/unknown-lot} (as the
 * other lot endpoints) and {@code https://trazo.dev/problems/audit/eudr-geometry}, which names the plot
 * and the rule it breaks.
 */
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditProblems {

    @ExceptionHandler(UnknownAuditLot.class)
    ProblemDetail unknown(UnknownAuditLot e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setType(URI.create("https://trazo.dev/problems/unknown-lot"));
        p.setTitle("Unknown lot");
        p.setProperty("lot", e.lot());
        return p;
    }

    @ExceptionHandler(EudrRefusal.class)
    ProblemDetail eudr(EudrRefusal e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(URI.create("https://trazo.dev/problems/audit/eudr-geometry"));
        p.setTitle("Plot geometry not adequate for EUDR");
        p.setProperty("plot", e.plot());
        p.setProperty("rule", e.rule().name());
        return p;
    }
}
