package io.trazo.web.qr;

import io.trazo.ledger.event.Gs1LotKey;
import io.trazo.web.WebProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The label's QR code: the page's GS1 Digital Link URI under {@code trazo.web.public-url}. It needs no
 * ledger look-up (a label may be printed before the lot is written), only a valid GTIN and lot.
 */
@RestController
class QrController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final String SUFFIX = ".svg";

    private final String base;

    QrController(WebProperties properties) {
        this.base = properties.publicUrl().toString().replaceAll("/+$", "");
    }

    /** The lot is the rest of the path (it may hold '/'), so the {@code .svg} suffix is cut off here. */
    @GetMapping("/qr/01/{gtin}/10/{*rest}")
    ResponseEntity<String> qr(@PathVariable String gtin, @PathVariable String rest) {
        if (!rest.endsWith(SUFFIX) || rest.length() <= SUFFIX.length() + 1) {
            return ResponseEntity.notFound().build();
        }
        String lot = rest.substring(1, rest.length() - SUFFIX.length());
        try {
            Gs1LotKey.of(gtin, lot);
        } catch (Gs1LotKey.InvalidGs1KeyException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setType(URI.create("https://trazo.dev/problems/bad-parameter"));
            problem.setTitle("Bad parameter");
            problem.setProperty("parameter", e.field());
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .body(QrSvg.render(link(gtin, lot), "(01)" + gtin + "(10)" + lot));
    }

    /** GS1 Digital Link URI Syntax 1.2 §7: the lot percent-encoded as a path segment, '/' included. */
    String link(String gtin, String lot) {
        return base + "/01/" + gtin + "/10/" + UriUtils.encodePathSegment(lot, StandardCharsets.UTF_8).replace("/", "%2F");
    }
}
