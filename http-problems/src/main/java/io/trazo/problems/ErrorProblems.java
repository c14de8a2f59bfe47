package io.trazo.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.NestedExceptionUtils;
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

    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[(.*?)\\] with value \\[(.*?)\\]");

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : HttpStatus.NOT_FOUND.value();
        String reason = null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            reason = reason(t);
        } else if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message) {
            reason = message;
        }
        if (reason == null || reason.isBlank()) {
            HttpStatus known = HttpStatus.resolve(status);
            reason = known == null ? "HTTP " + status : known.getReasonPhrase();
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemReportValve.problem(status, reason));
    }

    /** Tomcat's reason for refusing a parameter names the parameter among Java names and advice to enable debug logging. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                Matcher named = TOMCAT_PARAMETER.matcher(String.valueOf(cause.getMessage()));
                return named.find() ? "query parameter " + named.group(1) + ": \"" + named.group(2) + "\" is not valid percent-encoded UTF-8"
                        : "a query parameter is not valid percent-encoded UTF-8";
            }
        }
        String message = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        return message == null ? null : message.lines().findFirst().orElse(null);
    }
}
