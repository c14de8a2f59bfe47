package io.trazo.problems;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a Trazo service imports so that the requests Tomcat refuses before they reach Spring MVC (a bad
 * {@code %}-escape, a character RFC 3986 does not allow, a header line that is no header) and what the
 * container sends to {@code /error} are answered as RFC 9457 problem details under
 * {@code https://trazo.dev/problems/}, not as Tomcat's HTML page or Boot's error JSON. Ingest and query
 * both import it; it lives in a module of its own because neither service may depend on the other and
 * the ledger modules know no web framework.
 */
@Configuration(proxyBeanMethods = false)
@Import({TomcatProblemReports.class, ErrorProblems.class})
public class TomcatProblems {}
