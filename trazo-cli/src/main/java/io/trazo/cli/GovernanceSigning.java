package io.trazo.cli;

import io.trazo.ledger.crypto.CryptoException;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the registry commands share: the governance key, the record time, where the record goes, and
 * the check that the record is one a verifier will read, before anyone publishes it.
 */
abstract class GovernanceSigning implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--governance-key", required = true,
            description = "The governance key file: a trust-root key of the ledger (ingest's trazo.trust-root).")
    Path governanceKey;

    @Option(names = "--time", description = "Record time, e.g. 2026-11-01T12:00:00.000Z (default: now).")
    Instant time;

    @Option(names = "--out", description = "Write the record to this file (.json) instead of standard output.")
    Path out;

    abstract RecordType type();

    abstract JsonObject body(Instant time);

    /** Reads the built record back as a verifier does; throws what it finds wrong. */
    abstract void check(SignedRecord record);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Instant at = (time == null ? Instant.now() : time).truncatedTo(ChronoUnit.MILLIS);
        SigningKey key = KeyFiles.read(governanceKey);
        byte[] wire;
        SignedRecord record;
        try {
            wire = RecordBuilder.governance(type()).time(at).body(body(at)).sign(key);
            record = RecordCodec.parse(wire);
            check(record);
        } catch (RecordException | CryptoException | IllegalArgumentException e) {
            err.println("trazo registry " + spec.name() + ": " + e.getMessage());
            return 1;
        }
        if (out == null) {
            spec.commandLine().getOut().println(new String(wire, StandardCharsets.UTF_8));
        } else {
            Files.write(out, wire);
            err.println("wrote " + out + ": " + type().wire() + " record " + record.hash() + "; publish it with: trazo publish --capture-url URL " + out);
        }
        return 0;
    }

    static String format(Instant t) {
        return RecordBuilder.formatTime(t);
    }
}
