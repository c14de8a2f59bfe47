package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verifier's account of one record. {@code hash} and {@code type} are empty only when the bytes
 * could not be read as a record at all. {@code canonical} says whether the wire bytes were already
 * in JCS form (informational: the hash is always over the canonical form).
 */
public record RecordReport(int index, Optional<Digest> hash, Optional<RecordType> type, boolean canonical,
        List<SignatureReport> signatures, List<LinkReport> links, List<Finding> findings) {

    public RecordReport {
        signatures = List.copyOf(signatures);
        links = List.copyOf(links);
        findings = List.copyOf(findings);
    }

    static RecordReport unreadable(int index, Finding finding) {
        return new RecordReport(index, Optional.empty(), Optional.empty(), false, List.of(), List.of(), List.of(finding));
    }

    /** A second copy of a record already in the set: readable, so it keeps its hash and type. */
    static RecordReport duplicate(int index, io.trazo.ledger.record.SignedRecord record, Finding finding) {
        return new RecordReport(index, Optional.of(record.hash()), Optional.of(record.type()), record.canonical(), List.of(),
                List.of(), List.of(finding));
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** The first finding, which is the reason a service gives when it rejects the record. */
    public Optional<Finding> reason() {
        return findings.stream().findFirst();
    }

    /**
     * The finding a service acts on (docs/protocol.md §14): the first permanent one, else the first.
     * A record with any permanent finding can never pass, so waiting for the data another finding
     * lacks would only delay its refusal.
     */
    public Optional<Finding> decisive() {
        return findings.stream().filter(f -> f.code().permanent()).findFirst().or(this::reason);
    }

    RecordReport withLinks(List<LinkReport> newLinks) {
        List<Finding> all = new ArrayList<>(findings);
        newLinks.forEach(l -> l.failure().ifPresent(all::add));
        return new RecordReport(index, hash, type, canonical, signatures, newLinks, all);
    }

    RecordReport withFinding(Finding finding) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(finding);
        return new RecordReport(index, hash, type, canonical, signatures, links, all);
    }
}
