package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.QueryProperties;
import io.trazo.query.location.GlnLocations;
import io.trazo.query.provenance.EvidenceVersion;
import io.trazo.query.provenance.LotSummaries;
import io.trazo.query.provenance.LotSummary;
import io.trazo.query.provenance.Provenance;
import io.trazo.query.provenance.SignerStatus;
import io.trazo.query.store.IntegrityAlarm;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lot as a public front end shows it, in one answer (issue 18: a page that asked summary, verification,
 * journey, records and actors one by one walked and read the same evidence five times). One upstream walk;
 * its evidence re-read from the store in one round trip and verified once, exactly as {@code /verification}
 * does; the summary takes its plot and certificate records from that checked evidence.
 */
@RestController
class LotPageController {

    private final Provenance provenance;
    private final LotSummaries summaries;
    private final IntegrityAlarm alarm;
    private final GlnLocations places;
    private final ActorNames names;
    private final LedgerReader reader;
    private final SignerStatus signers;
    private final EvidenceVersion evidenceVersion;
    private final int maxPage;

    LotPageController(Provenance provenance, LotSummaries summaries, IntegrityAlarm alarm, GlnLocations places, ActorNames names,
            LedgerReader reader, SignerStatus signers, EvidenceVersion evidenceVersion, QueryProperties properties) {
        this.reader = reader;
        this.signers = signers;
        this.evidenceVersion = evidenceVersion;
        this.provenance = provenance;
        this.summaries = summaries;
        this.alarm = alarm;
        this.places = places;
        this.names = names;
        this.maxPage = properties.maxPageSize();
    }

    @GetMapping("/lots/{lot}/page")
    @Operation(summary = "Everything a public front end shows for a lot (the buyer's page), from one verified evidence walk",
            description = "Its version (what /lots/{lot}/head answers, taken before the evidence is verified), the summary, the server-side verification, the journey's first page, the journey events' trazo: "
                    + "extension members, the claimed certificates' validity and the named actors' display names. Each part is "
                    + "what its own endpoint answers, the verification and the journey cut to the members the page shows; evidence that fails the store's integrity re-check fails "
                    + "`verification` as `/verification` does, and the other parts still answer; a record the walk itself "
                    + "reads that fails its record-hash check is the integrity problem (500), as for the summary.")
    LotPageView page(@PathVariable String lot) {
        Params.lot(lot);
        LotHead head = reader.head(lot).orElseThrow(() -> NotFoundException.lot(lot));
        Provenance.Walk walk = provenance.walk(head);
        Trace trace = walk.trace();
        Map<Digest, StoredRecord> checked = new HashMap<>();
        LotHeadController.HeadView[] version = new LotHeadController.HeadView[1];
        VerificationView verification = VerificationView.checked(lot, () -> {
            version[0] = version(lot, head, walk);
            Provenance.Verification v = provenance.verify(walk);
            v.evidence().forEach(r -> checked.put(r.hash(), r));
            return v;
        }, alarm);
        LotSummary summary = summaries.summary(lot, trace, checked);
        JourneyView journey = JourneyView.page(trace, maxPage, Optional.empty(), places);
        Map<String, TracedRecord> byHash = new HashMap<>();
        trace.records().forEach(t -> byHash.put(t.record().hash().hex(), t));
        Map<String, LotPageView.Extensions> extensions = new LinkedHashMap<>();
        journey.steps().forEach(s -> LotPageView.Extensions.of(byHash.get(s.record())).ifPresent(e -> extensions.put(s.record(), e)));
        Map<String, LotPageView.Validity> certificates = new LinkedHashMap<>();
        for (LotSummary.Claim c : summary.claims()) {
            certificate(checked, Digest.fromHex(c.certificate())).ifPresent(r -> certificates.put(c.certificate(), LotPageView.Validity.of(RecordCodec.parse(r.wire()).body())));
        }
        return new LotPageView(lot, version[0], summary, PageParts.Verification.of(verification), PageParts.Journey.of(journey), extensions,
                certificates, actors(summary, verification, journey));
    }

    /**
     * What {@code /lots/{lot}/head} answers, from this view's own walk instead of a second one, taken before the evidence
     * is verified and from a head read before the walk: whatever changes meanwhile (a new record, a revocation, a
     * suspension) leaves the page newer than its version, so a front end's next head check renders it again; the other
     * order could keep a stale page for good. Empty when the evidence could not be gathered (the store failed its check).
     */
    private LotHeadController.HeadView version(String lot, LotHead head, Provenance.Walk walk) {
        String keys = signers.of(head.record(), walk);
        return new LotHeadController.HeadView(lot, head.record().hex(), head.lotPosition(), keys, evidenceVersion.of(lot, keys));
    }

    private Map<String, String> actors(LotSummary summary, VerificationView verification, JourneyView journey) {
        List<String> named = new ArrayList<>();
        named.add(summary.custodian());
        summary.plotsOfOrigin().forEach(p -> named.add(p.owner()));
        summary.claims().forEach(c -> named.addAll(Arrays.asList(c.subject(), c.issuer())));
        journey.steps().forEach(s -> named.add(s.actor()));
        verification.reports().forEach(r -> r.signatures().forEach(s -> named.add(s.signer())));
        Map<String, String> out = new TreeMap<>();
        named.stream().filter(Objects::nonNull).distinct().forEach(a -> names.of(a).ifPresent(n -> out.put(a, n)));
        return out;
    }

    /** A claimed certificate from the checked evidence; from the store when verification failed before checking it. */
    private Optional<StoredRecord> certificate(Map<Digest, StoredRecord> checked, Digest hash) {
        return Optional.ofNullable(checked.get(hash)).or(() -> reader.record(hash).filter(r -> r.state() == RecordState.ACCEPTED));
    }
}
