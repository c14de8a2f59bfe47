package io.trazo.query.epcis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Version negotiation of the EPCIS 2.0 REST binding: this repository speaks EPCIS 2.0.0 and CBV 2.0.0
 * only. A request that asks for another version ({@code GS1-EPCIS-Version}), or a range that excludes
 * it ({@code GS1-EPCIS-Min}/{@code -Max}, and the CBV ones), is a 406 NotAcceptableException. Every
 * EPCIS response names the versions and Trazo's extension namespace ({@code GS1-Extensions}).
 */
@Configuration(proxyBeanMethods = false)
class EpcisNegotiation implements WebMvcConfigurer, HandlerInterceptor {

    static final String VERSION = "2.0.0";
    static final String EXTENSIONS = "trazo=https://ns.trazo.dev/epcis/";
    static final String[] PATHS = {"/", "/events", "/events/**", "/eventTypes/**", "/epcs/**", "/bizSteps/**", "/bizLocations/**",
            "/readPoints/**", "/dispositions/**", "/queries", "/queries/**"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PATHS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (String standard : new String[] {"EPCIS", "CBV"}) {
            String prefix = "GS1-" + standard + "-";
            response.setHeader(prefix + "Version", VERSION);
            response.setHeader(prefix + "Min", VERSION);
            response.setHeader(prefix + "Max", VERSION);
        }
        response.setHeader("GS1-Extensions", EXTENSIONS);
        for (String standard : new String[] {"EPCIS", "CBV"}) {
            String prefix = "GS1-" + standard + "-";
            check(prefix + "Version", request.getHeader(prefix + "Version"), 0);
            check(prefix + "Min", request.getHeader(prefix + "Min"), 1);
            check(prefix + "Max", request.getHeader(prefix + "Max"), -1);
        }
        return true;
    }

    /** {@code want} 0: the header must name 2.0.0; 1: it must not exceed it (a minimum); -1: it must not be below it (a maximum). */
    private static void check(String header, String value, int want) {
        if (value == null) {
            return;
        }
        int c = compare(header, value.trim());
        if (want == 0 && c != 0 || want == 1 && c > 0 || want == -1 && c < 0) {
            throw EpcisException.notAcceptable(header, value, VERSION);
        }
    }

    /** Compares dotted versions numerically, a missing component counting as 0 ({@code 2.0} equals {@code 2.0.0}). */
    static int compare(String header, String version) {
        if (!version.matches("\\d{1,4}(\\.\\d{1,4}){0,3}")) {
            throw EpcisException.notAcceptable(header, version, VERSION);
        }
        String[] a = version.split("\\.");
        String[] b = VERSION.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0;
            int y = i < b.length ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
