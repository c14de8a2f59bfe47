package io.trazo.cli;

import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", description = "Verify records offline against trust-root keys. Exit 0 if all verify, 1 if any fails.")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--trust-root", required = true, description = "File of governance public keys (base64url, one per line).")
    Path trustRoot;

    @Option(names = "--quiet", description = "Print only failures and the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", description = "Record files (.json), record logs (.jsonl) or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        List<byte[]> records = RecordFiles.read(inputs);
        VerificationReport report = new Verifier(KeyFiles.trustRoot(trustRoot), RolePolicy.standard()).verify(records);
        for (RecordReport r : report.records()) {
            if (!quiet || !r.ok()) {
                System.out.println(line(r));
                for (Finding f : r.findings()) {
                    System.out.println("    " + f);
                }
            }
        }
        System.out.printf("%d records, %d verified, %d failed%n", records.size(),
                records.size() - report.failures().size(), report.failures().size());
        return report.ok() ? 0 : 1;
    }

    private static String line(RecordReport r) {
        return String.format("%-4s #%d %s %s (%d signature%s, %d link%s)", r.ok() ? "OK" : "FAIL", r.index(),
                r.type().map(t -> t.wire()).orElse("?"), r.hash().map(Object::toString).orElse("(unreadable)"),
                r.signatures().size(), r.signatures().size() == 1 ? "" : "s", r.links().size(), r.links().size() == 1 ? "" : "s");
    }
}
