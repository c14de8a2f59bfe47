package io.trazo.web.site;

import io.trazo.ledger.event.Gs1LotKey;
import io.trazo.web.query.LotNotFoundException;
import io.trazo.web.query.QueryClient;
import io.trazo.web.query.QueryUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The buyer's page at its GS1 Digital Link address ({@code /01/{gtin}/10/{lot}}, GS1 Digital Link URI
 * Syntax 1.2 §4), and at {@code /lot/{lot}} for Trazo's own {@code urn:trazo:lot:} lots. The lot is the
 * rest of the path, so a lot with {@code /} (written {@code %2F} or not) is one lot.
 */
@RestController
class PageController {

    private static final Logger LOG = LoggerFactory.getLogger(PageController.class);
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final String TRAZO_LOT = "urn:trazo:lot:";

    private final QueryClient query;
    private final Pages pages;
    private final LocaleResolver languages;

    PageController(QueryClient query, Pages pages, LocaleResolver languages) {
        this.query = query;
        this.pages = pages;
        this.languages = languages;
    }

    @GetMapping("/01/{gtin}/10/{*lot}")
    ResponseEntity<byte[]> label(@PathVariable String gtin, @PathVariable String lot, HttpServletRequest request) {
        String printed = lot.substring(1);
        String label = "(01)" + gtin + "(10)" + printed;
        try {
            Gs1LotKey.of(gtin, printed);
        } catch (Gs1LotKey.InvalidGs1KeyException e) {
            throw new LotNotFoundException(label);
        }
        String uri = query.lotForLabel(gtin, printed).orElseThrow(() -> new LotNotFoundException(label));
        return page(uri, label, request);
    }

    @GetMapping("/lot/{lot}")
    ResponseEntity<byte[]> trazoLot(@PathVariable String lot, HttpServletRequest request) {
        if (!lot.startsWith(TRAZO_LOT)) {
            throw new LotNotFoundException(lot);
        }
        return page(lot, lot.substring(TRAZO_LOT.length()), request);
    }

    private ResponseEntity<byte[]> page(String lot, String label, HttpServletRequest request) {
        Locale language = languages.resolveLocale(request);
        Pages.Rendered page = pages.lot(lot, label, request.getRequestURI(), language,
                Encodings.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(HTML).eTag(page.etag(language))
                .cacheControl(CacheControl.noCache().cachePublic()).header(HttpHeaders.VARY, "Accept-Language, Accept-Encoding");
        // a response that names its coding is sent as it is: Tomcat's own compression leaves it alone
        return (page.gzip() ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok).body(page.body());
    }

    @ExceptionHandler(LotNotFoundException.class)
    ResponseEntity<String> notFound(LotNotFoundException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(pages.notFound(languages.resolveLocale(request), e.lot()));
    }

    @ExceptionHandler(QueryUnavailableException.class)
    ResponseEntity<String> unavailable(QueryUnavailableException e, HttpServletRequest request) {
        LOG.warn("page {} unavailable: {}", request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(HTML).header("Retry-After", "30")
                .body(pages.unavailable(languages.resolveLocale(request)));
    }
}
