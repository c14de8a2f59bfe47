package io.trazo.query.epcis;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets {@code %2F} through in paths: EPCIS identifiers are URIs ({@code ni:///sha-256;…}, GS1 Digital
 * Links) and the REST binding puts them in a path segment, percent-encoded ({@code /events/{eventID}},
 * {@code /epcs/{epc}/events}). Tomcat refuses an encoded slash by default; passed through, Spring decodes
 * it inside the one segment, so it never splits a path or reaches a file path.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(c -> c.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
