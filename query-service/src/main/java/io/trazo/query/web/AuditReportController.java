package io.trazo.query.web;

import io.trazo.ledger.record.Identifiers;
import io.trazo.mongo.LedgerQueries;
import io.trazo.mongo.RecordPage;
import io.trazo.query.QueryProperties;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certifiers' signed audit reports (docs/protocol.md §8.7) by what they are about: an actor, a lot or a
 * certificate. Served from the records themselves, read-only; what a verdict means is the certifier's to say.
 */
@RestController
class AuditReportController {

    private static final Pattern CERTIFICATE = Pattern.compile("[0-9a-f]{64}");
    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    private final LedgerQueries queries;
    private final int maxPage;

    AuditReportController(LedgerQueries queries, QueryProperties properties) {
        this.queries = queries;
        this.maxPage = properties.maxPageSize();
    }

    @GetMapping("/audit-reports")
    RecordController.Page reports(@RequestParam String subject, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        if (!Identifiers.ACTOR.matcher(subject).matches() && !Identifiers.isLot(subject) && !CERTIFICATE.matcher(subject).matches()) {
            throw BadParameterException.of("subject",
                    "expected an actor URI, a lot URI or a certificate's record hash (64 lower-case hex)");
        }
        RecordPage page = queries.auditReportsAbout(subject, Params.time("from", from).orElse(EPOCH),
                Params.time("to", to).orElse(END), Params.cursor("cursor", cursor), Params.limit("limit", limit, maxPage));
        return new RecordController.Page(page.records().stream().map(RecordView::of).toList(),
                page.next().map(c -> c.encode()).orElse(null));
    }
}
