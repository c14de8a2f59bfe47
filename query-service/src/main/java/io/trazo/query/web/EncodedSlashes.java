package io.trazo.query.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A GS1 Digital Link lot is a URI with slashes, so {@code /lots/{lot}} carries them as {@code %2F}, which
 * Tomcat refuses with a bare 400 by default; so do the EPCIS REST resources, whose path segments are URIs
 * ({@code /events/ni%3A%2F%2F%2Fsha-256;…}, {@code /epcs/{epc}/events}). Passed through still encoded, they stay inside one path
 * segment, and Spring decodes the segment into {@code {lot}}: decoding them in Tomcat instead would split
 * the lot over several segments and match nothing.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
