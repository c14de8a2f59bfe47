package io.trazo.ledger.claim;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads v2 {@code audit_report} bodies (docs/protocol.md §8.8), signed by a certifier. The report file
 * itself stays off the ledger: {@code reportSha256} pins it. Shape only; audits (issue 17) give it meaning.
 */
public final class AuditReports {

    /** The parts of a report later work reads; findings stay as signed. */
    public record AuditReport(Optional<String> actor, Optional<String> lot, Optional<Digest> certificate, String scheme,
            String verdict, Digest reportSha256, List<Digest> auditedRecords, Digest recordHash) {}

    static final int MAX_FINDINGS = 200;
    static final int MAX_AUDITED = 1_000;
    private static final Set<String> MEMBERS = Set.of("subject", "period", "scheme", "verdict", "findings", "reportSha256",
            "auditedRecords");
    private static final Set<String> SUBJECT_MEMBERS = Set.of("actor", "lot", "certificate");
    private static final Set<String> PERIOD_MEMBERS = Set.of("from", "to");
    private static final Pattern VERDICT = Pattern.compile("pass|fail|conditional");

    private AuditReports() {}

    public static AuditReport read(SignedRecord record) {
        Fields body = V2Bodies.body(record, RecordType.AUDIT_REPORT, MEMBERS);
        Fields subject = body.object("subject");
        subject.requireOnly(SUBJECT_MEMBERS);
        Optional<String> actor = subject.optional("actor").map(v -> subject.string("actor", Identifiers.ACTOR, "an actor URI"));
        Optional<String> lot = subject.optional("lot").map(v -> subject.string("lot", Identifiers::isLot, "a lot URI"));
        Optional<Digest> certificate = subject.optional("certificate").map(v -> subject.digest("certificate"));
        if (actor.isEmpty() && lot.isEmpty() && certificate.isEmpty()) {
            throw new RecordException(ReasonCode.MISSING_FIELD, subject.path(), "an audit names an actor, a lot or a certificate");
        }
        body.optionalObject("period").ifPresent(p -> {
            p.requireOnly(PERIOD_MEMBERS);
            if (!p.time("to").isAfter(p.time("from"))) {
                throw new RecordException(ReasonCode.INVALID_FIELD, p.pathOf("to"), "an audit period ends after it begins");
            }
        });
        List<JsonValue> findings = body.array("findings");
        if (findings.size() > MAX_FINDINGS) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("findings"), "at most " + MAX_FINDINGS + " findings");
        }
        for (int i = 0; i < findings.size(); i++) {
            String at = body.pathOf("findings") + "/" + i;
            Fields.requireForm(Fields.asString(findings.get(i), at), CertificateStatuses.TEXT, "a finding of 1 to 500 characters", at);
        }
        List<Digest> audited = new ArrayList<>();
        List<JsonValue> raw = body.optionalArray("auditedRecords");
        if (raw.size() > MAX_AUDITED) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("auditedRecords"), "at most " + MAX_AUDITED + " records");
        }
        for (int i = 0; i < raw.size(); i++) {
            String at = body.pathOf("auditedRecords") + "/" + i;
            String hex = Fields.asString(raw.get(i), at);
            try {
                audited.add(Digest.fromHex(hex));
            } catch (IllegalArgumentException e) {
                throw new RecordException(ReasonCode.INVALID_FIELD, at, "expected a record hash, 64 lower-case hex digits");
            }
        }
        return new AuditReport(actor, lot, certificate, body.string("scheme", CertificateStatuses.TEXT, "the audit scheme"),
                body.string("verdict", VERDICT, "pass, fail or conditional"), body.digest("reportSha256"), audited, record.hash());
    }
}
