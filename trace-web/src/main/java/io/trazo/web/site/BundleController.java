package io.trazo.web.site;

import io.trazo.web.query.QueryClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lot's provenance bundle, passed through from query-service byte for byte, so that the page's
 * download comes from the page's own host (no request to another host) and verifies offline as is.
 */
@RestController
class BundleController {

    private final QueryClient query;

    BundleController(QueryClient query) {
        this.query = query;
    }

    @GetMapping("/bundle")
    ResponseEntity<byte[]> bundle(@RequestParam String lot) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trazo-bundle.json\"").body(query.bundle(lot));
    }
}
