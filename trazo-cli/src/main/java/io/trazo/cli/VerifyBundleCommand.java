package io.trazo.cli;

import io.trazo.ledger.bundle.BundleCosignatures;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.ledger.bundle.OperatorPeriod;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.merkle.note.NoteKeyException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Verifies a bundle offline. With {@code --log-key}, every record must also be proved in the transparency
 * log by a checkpoint that key signed; a bundle without proofs then fails ({@code LOG_EVIDENCE_MISSING}).
 * Without it, a bundle that carries proofs fails ({@code LOG_UNSUPPORTED}) rather than have them ignored.
 */
@Command(name = "verify-bundle", description = "Verify a lot's provenance bundle or an operator's period bundle offline against trust-root keys and, with "
        + "--log-key, its transparency-log proofs, and with --witness a quorum of witness cosignatures. Exit 0 if it verifies, 1 if not, 2 if an option is unusable.")
final class VerifyBundleCommand implements Callable<Integer> {

    @Option(names = "--trust-root", required = true, description = "File of governance public keys (base64url, one per line).")
    Path trustRoot;

    @Option(names = "--log-key", description = "The log's C2SP verifier key (name+hex8+base64), or a file holding it: "
            + "require and check an inclusion proof for every record. Repeat it with the log's other keys after a key "
            + "rotation: a checkpoint signed by any of them is accepted.")
    List<String> logKeys;

    @Option(names = "--log-origin", description = "Expected checkpoint origin (default: the log key's name).")
    String logOrigin;

    @Option(names = "--require-status", description = "Fail a bundle that does not prove the status of every key that signs "
            + "in it against the log's status map (protocol §20.6). Needs --log-key. Without it, such a bundle verifies and "
            + "the report says key status was not proven.")
    boolean requireStatus;

    @Mixin
    WitnessOptions witnessOptions = new WitnessOptions();

    @Parameters(index = "0", description = "The bundle (.json) exported by the query service.")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        long size = Files.size(bundle);
        if (size > BundleFormat.MAX_BYTES) {
            System.out.println("FAIL TOO_LARGE: " + size + " bytes, a bundle has at most " + BundleFormat.MAX_BYTES);
            return 1;
        }
        Optional<WitnessQuorum> witnesses;
        try {
            witnesses = witnessOptions.policy(logKeys != null && !logKeys.isEmpty());
        } catch (WitnessOptions.UsageException e) {
            System.err.println("trazo verify-bundle: " + e.getMessage());
            return 2;
        }
        BundleVerifier verifier;
        try {
            verifier = verifier(trustRoot, logKeys, logOrigin);
            if (requireStatus) {
                if (logKeys == null || logKeys.isEmpty()) {
                    throw new WitnessOptions.UsageException("--require-status needs --log-key");
                }
                verifier = verifier.requiringKeyStatus();
            }
        } catch (WitnessOptions.UsageException e) {
            System.err.println("trazo verify-bundle: " + e.getMessage());
            return 2;
        }
        byte[] bytes = Files.readAllBytes(bundle);
        BundleReport report = verifier.verify(bytes);
        Optional<OperatorPeriod> period = period(bytes);
        if (period.isPresent()) {
            System.out.println("operator " + period.get().operator() + " from " + period.get().from() + " to " + period.get().to());
        } else {
            System.out.println("lot  " + report.lot().orElse("(unreadable)"));
            System.out.println("head " + report.head().map(Object::toString).orElse("(unreadable)"));
        }
        report.checkpoint().ifPresent(c -> System.out.println("log  " + c.origin() + " size " + c.size() + " root "
                + c.root().toHex() + ": every record proved"));
        if (report.checkpoint().isPresent()) {
            System.out.println(report.keyStatus().map(m -> "keys status proven: no signing key revoked, no claimed certificate"
                    + " suspended, in the status map of " + m.entries() + " entries up to leaf " + m.lastLeafIndex())
                    .orElse("keys status not proven: the bundle carries no key-status proofs (protocol §20.6)"));
        }
        report.records().ifPresent(r -> {
            for (RecordReport rr : r.records()) {
                System.out.printf("  %-4s /records/%d %s %s%n", rr.ok() ? "OK" : "FAIL", rr.index(),
                        rr.type().map(t -> t.wire()).orElse("?"), rr.hash().map(Object::toString).orElse("(unreadable)"));
            }
        });
        for (Finding f : report.findings()) {
            System.out.println("  " + f);
        }
        if (report.ok() && witnesses.isPresent()) {
            return witnessed(bytes, report, witnesses.get());
        }
        int n = report.records().map(r -> r.records().size()).orElse(0);
        String against = report.checkpoint().isPresent() ? "the trust root and the transparency log" : "the trust root";
        String subject = period.isPresent() ? "the operator's period" : "the lot's history";
        System.out.println(report.ok() ? "VERIFIED: " + n + " records, " + subject + " checks out against " + against
                : "FAILED: " + report.reason().orElseThrow());
        return report.ok() ? 0 : 1;
    }

    /** The verifier for a trust root and, if any are given, the log's keys; {@code audit} checks bundles the same way. */
    /** An operator-period bundle's subject (protocol §18.1), if the bytes are one; the verifier reports any other problem. */
    static Optional<OperatorPeriod> period(byte[] bytes) {
        try {
            return BundleFormat.read(bytes).period();
        } catch (RecordException e) {
            return Optional.empty();
        }
    }

    static BundleVerifier verifier(Path trustRoot, List<String> logKeys, String logOrigin)
            throws IOException, WitnessOptions.UsageException {
        BundleVerifier verifier = new BundleVerifier(KeyFiles.trustRoot(trustRoot), RolePolicy.standard());
        if (logKeys != null && !logKeys.isEmpty()) {
            List<NoteVerifierKey> keys = new ArrayList<>();
            try {
                for (String logKey : logKeys) {
                    keys.add(KeyFiles.logKey(logKey));
                }
            } catch (NoteKeyException e) {
                throw new WitnessOptions.UsageException("--log-key is not a C2SP Ed25519 verifier key: " + e.getMessage());
            }
            return verifier.withLog(logOrigin == null ? keys.get(0).name() : logOrigin, keys);
        } else if (logOrigin != null) {
            throw new WitnessOptions.UsageException("--log-origin needs --log-key");
        }
        return verifier;
    }

    private static int witnessed(byte[] bytes, BundleReport report, WitnessQuorum quorum) {
        int n = report.records().map(r -> r.records().size()).orElse(0);
        WitnessQuorum.Result result = BundleCosignatures.check(bytes, quorum, Instant.now());
        if (result instanceof WitnessQuorum.Result.Failed failed) {
            System.out.println("FAILED: " + failed.reason() + ": " + failed.detail());
            return 1;
        }
        List<String> names = ((WitnessQuorum.Result.Met) result).witnesses();
        System.out.println("witnesses " + String.join(", ", names) + " (" + names.size() + " of " + quorum.witnesses().size()
                + ", quorum " + quorum.quorum() + ", within " + quorum.maxAge() + ")");
        System.out.println("VERIFIED: " + n + " records, the lot's history checks out against the trust root, the "
                + "transparency log and " + names.size() + " witnesses");
        return 0;
    }
}
