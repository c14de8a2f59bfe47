package io.trazo.cli;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.ledger.claim.AuditReports;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A certifier signs an {@code audit_report} (docs/protocol.md §8.7) with its own key, on its own machine:
 * no service ever holds a certifier's key. The report file stays with the certifier; the record pins it by
 * its SHA-256. The signed record is then published like any other ({@code trazo publish}).
 */
@Command(name = "sign-audit-report",
        description = "For a certifier: sign an audit_report record (v2) pinning a report file by its SHA-256.")
final class SignAuditReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The certifier's own key and actor URI. */
    @Mixin
    SignerOptions signer = new SignerOptions();

    // One option per body member, so the command line reads as the record: alike in shape, not repetition.
    @Option(names = "--subject-actor", description = "The audited actor.")
    String subjectActor;

    @Option(names = "--subject-lot", description = "The audited lot.")
    String subjectLot;

    @Option(names = "--subject-certificate", description = "The record hash of the audited certificate.")
    String subjectCertificate;

    @Option(names = "--period-from", description = "Start of the audited period (RFC 3339, UTC).")
    Instant periodFrom;

    @Option(names = "--period-to", description = "End of the audited period (RFC 3339, UTC).")
    Instant periodTo;

    @Option(names = "--scheme", required = true, description = "The audit scheme, e.g. \"EU 2018/848 annual inspection\".")
    String scheme;

    @Option(names = "--verdict", required = true, description = "pass, fail or conditional.")
    String verdict;

    @Option(names = "--finding", description = "A finding (repeat for each).")
    List<String> findings = List.of();

    @Option(names = "--audited-record", description = "The record hash of a record the audit examined (repeat for each).")
    List<String> audited = List.of();

    @Option(names = "--report", required = true, description = "The report file (PDF or other); its SHA-256 is signed.")
    Path report;

    @Option(names = "--time", description = "The record's time (default: now).")
    Instant time;

    @Option(names = "--out", description = "Write the signed record here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        SigningKey key = signer.signingKey();
        if ((periodFrom == null) != (periodTo == null)) {
            spec.commandLine().getErr().println("trazo sign-audit-report: give both --period-from and --period-to, or neither");
            return 2;
        }
        JsonObject body = obj("subject", obj("actor", subjectActor, "lot", subjectLot, "certificate", subjectCertificate),
                "period", periodFrom == null ? null
                        : obj("from", RecordBuilder.formatTime(periodFrom), "to", RecordBuilder.formatTime(periodTo)),
                "scheme", scheme, "verdict", verdict, "findings", arr(findings.toArray()), "reportSha256", sha256(report).hex(),
                "auditedRecords", audited.isEmpty() ? null : arr(audited.toArray()));
        Instant at = time != null ? time : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] wire = RecordBuilder.of(RecordType.AUDIT_REPORT, signer.actor).version(ProtocolVersion.V2).time(at).body(body).sign(key);
        try {
            // the same shape check ingest applies, so a certifier learns of a mistake before publishing
            AuditReports.read(RecordCodec.parse(wire));
        } catch (RecordException e) {
            spec.commandLine().getErr().println("trazo sign-audit-report: " + e.getMessage());
            return 1;
        }
        if (out == null) {
            spec.commandLine().getOut().println(new String(wire, StandardCharsets.UTF_8));
        } else {
            Files.write(out, wire, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            spec.commandLine().getOut().println("wrote " + out + " (audit_report " + RecordCodec.parse(wire).hash().hex() + ")");
        }
        return 0;
    }

    /** Streamed: an audit report with photographs can be far larger than a record. */
    private static Digest sha256(Path file) throws Exception {
        MessageDigest md = Digest.newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return Digest.of(md.digest());
    }
}
