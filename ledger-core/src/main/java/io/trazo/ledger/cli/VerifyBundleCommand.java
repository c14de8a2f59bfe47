package io.trazo.ledger.cli;

import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify-bundle", description = "Verify a provenance bundle offline against trust-root keys. Exit 0 if it verifies, 1 if not.")
final class VerifyBundleCommand implements Callable<Integer> {

    @Option(names = "--trust-root", required = true, description = "File of governance public keys (base64url, one per line).")
    Path trustRoot;

    @Parameters(index = "0", description = "The bundle (.json) exported by the query service.")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        long size = Files.size(bundle);
        if (size > io.trazo.ledger.bundle.BundleFormat.MAX_BYTES) {
            System.out.println("FAIL TOO_LARGE: " + size + " bytes, a bundle has at most " + io.trazo.ledger.bundle.BundleFormat.MAX_BYTES);
            return 1;
        }
        BundleReport report = new BundleVerifier(KeyFiles.trustRoot(trustRoot), RolePolicy.standard()).verify(Files.readAllBytes(bundle));
        System.out.println("lot  " + report.lot().orElse("(unreadable)"));
        System.out.println("head " + report.head().map(Object::toString).orElse("(unreadable)"));
        report.records().ifPresent(r -> {
            for (RecordReport rr : r.records()) {
                System.out.printf("  %-4s /records/%d %s %s%n", rr.ok() ? "OK" : "FAIL", rr.index(),
                        rr.type().map(t -> t.wire()).orElse("?"), rr.hash().map(Object::toString).orElse("(unreadable)"));
            }
        });
        for (Finding f : report.findings()) {
            System.out.println("  " + f);
        }
        int n = report.records().map(r -> r.records().size()).orElse(0);
        System.out.println(report.ok() ? "VERIFIED: " + n + " records, the lot's history checks out against the trust root"
                : "FAILED: " + report.reason().orElseThrow());
        return report.ok() ? 0 : 1;
    }
}
