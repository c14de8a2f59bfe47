package io.trazo.problems;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Scanner;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report, as an RFC 9457 problem detail instead of an HTML page. It answers what Tomcat
 * refuses before a request reaches Spring MVC: a request line, header or URL encoding that is not HTTP/1.1
 * (RFC 9112) or URI (RFC 3986) syntax. Those refusals never reach a service's exception handlers or {@code /error}.
 */
final class ProblemReportValve extends ErrorReportValve {

    /** The one namespace of Trazo's problem types (docs/operations.md); each service names its own types under it. */
    static final String BASE = "https://trazo.dev/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bad syntax, body too large, URI too long, headers too large, HTTP version not supported. */
    private static final Set<Integer> MALFORMED = Set.of(400, 413, 414, 431, 505);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        byte[] body = JSON.writeValueAsBytes(problem(status, reason(response, throwable)));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; there is no one left to tell
        }
    }

    /**
     * The problem for a status the container chose: {@code malformed-request} for a request it could not
     * parse or would not take, otherwise {@code about:blank} with the status's title. A 5xx says nothing
     * of its cause, which is in the log.
     */
    static Map<String, Object> problem(int status, String reason) {
        Map<String, Object> problem = new LinkedHashMap<>();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        if (MALFORMED.contains(status)) {
            problem.put("type", BASE + "malformed-request");
            problem.put("title", "Malformed request");
            problem.put("detail", "refused before it reached the API: " + reason);
        } else {
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("detail", status >= 500 ? "the service could not answer; the cause is in its log" : reason);
        }
        problem.put("status", status);
        return problem;
    }

    /** Tomcat's own one-line reason (never a stack trace), or what the status means. */
    private static String reason(Response response, Throwable throwable) {
        String message = response.getMessage();
        if ((message == null || message.isBlank()) && throwable != null && throwable.getMessage() != null) {
            try (Scanner first = new Scanner(throwable.getMessage())) {
                message = first.hasNextLine() ? first.nextLine() : null;
            }
        }
        if (message == null || message.isBlank()) {
            HttpStatus known = HttpStatus.resolve(response.getStatus());
            return known == null ? "status " + response.getStatus() : known.getReasonPhrase();
        }
        return message;
    }
}
