package io.trazo.query.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends what failed inside the application but outside a
 * controller, such as a query string with a bad {@code %}-escape that Tomcat refuses while Spring reads the
 * parameters. Boot's default answers a JSON that is not a problem detail; this answers the same problems
 * as {@link ProblemReportValve}.
 */
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : HttpStatus.NOT_FOUND.value();
        String reason = null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && t.getMessage() != null) {
            reason = t.getMessage().lines().findFirst().orElse(null);
        } else if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message) {
            reason = message;
        }
        if (reason == null || reason.isBlank()) {
            HttpStatus known = HttpStatus.resolve(status);
            reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemReportValve.problem(status, reason));
    }
}
