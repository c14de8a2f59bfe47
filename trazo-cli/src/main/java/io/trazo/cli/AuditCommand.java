package io.trazo.cli;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.audit.LotAuditView;
import io.trazo.audit.MassBalanceView;
import io.trazo.ledger.bundle.OperatorPeriod;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.ParsedBundle;
import io.trazo.ledger.record.RecordCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A certifier's offline audit of a lot's bundle: the bundle is verified exactly as {@code verify-bundle}
 * verifies it, then its records are folded in the bundle's order, which is ledger order (protocol
 * §Bundles), by the same {@link AuditFold} query-service runs. The audit of the bundle's lot is what
 * {@code /lots/{lot}/audit} answers, as far as the bundle reaches (docs/audit.md, "Offline audit").
 */
@Command(name = "audit", description = "Verify a lot's provenance bundle offline, then recompute its claims, chain-of-custody levels, "
        + "yields and taints from its records (ledger-audit); or, with --scheme, an operator's period bundle's mass balance. Exit 0 if it verifies and the audit is clean, 1 if the bundle does not "
        + "verify, 2 if an option is unusable, 3 if it verifies but the audit reports an invalid claim, a finding, a taint or a balance error.")
final class AuditCommand implements Callable<Integer> {

    static final int AUDIT_FINDINGS = 3;

    @Option(names = "--trust-root", required = true, description = "File of governance public keys (base64url, one per line).")
    Path trustRoot;

    @Option(names = "--log-key", description = "The log's C2SP verifier key, or a file holding it: require an inclusion proof for "
            + "every record, as verify-bundle does. Repeat after a key rotation.")
    List<String> logKeys;

    @Option(names = "--log-origin", description = "Expected checkpoint origin (default: the log key's name).")
    String logOrigin;

    @Option(names = "--json", description = "Print the audit as RFC 8785 canonical JSON, the bytes query's /lots/{lot}/audit serves.")
    boolean json;

    @Option(names = "--scheme", description = "For an operator's period bundle (/actors/{actor}/bundle): the scheme whose mass balance "
            + "to print (organic, fairtrade, rainforest_alliance, women_produced, eudr_deforestation_free, other).")
    String scheme;

    @Parameters(index = "0", description = "The bundle (.json) exported by the query service: a lot's, or an operator's period bundle.")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        long size = Files.size(bundle);
        if (size > BundleFormat.MAX_BYTES) {
            System.err.println("trazo audit: FAIL TOO_LARGE: " + size + " bytes, a bundle has at most " + BundleFormat.MAX_BYTES);
            return 1;
        }
        byte[] bytes = Files.readAllBytes(bundle);
        boolean periodBundle = VerifyBundleCommand.period(bytes).isPresent();
        if (periodBundle && (scheme == null || ClaimType.fromWire(scheme).isEmpty())) {
            System.err.println("trazo audit: an operator's period bundle needs --scheme, one of " + Arrays.stream(ClaimType.values())
                    .map(ClaimType::wire).toList() + (scheme == null ? "" : "; got \"" + scheme + "\""));
            return 2;
        }
        BundleReport report;
        try {
            report = VerifyBundleCommand.verifier(trustRoot, logKeys, logOrigin).verify(bytes);
        } catch (WitnessOptions.UsageException e) {
            System.err.println("trazo audit: " + e.getMessage());
            return 2;
        }
        if (!report.ok()) {
            System.err.println("trazo audit: the bundle does not verify, nothing audited: " + report.reason().orElseThrow());
            return 1;
        }
        // an audit trusts its input (AuditFold's contract): only records of a bundle that verified are folded
        ParsedBundle parsed = BundleFormat.read(bytes);
        AuditFold fold = AuditFold.withDefaults();
        parsed.records().forEach(w -> fold.accept(AuditRecord.of(RecordCodec.parse(w))));
        if (parsed.period().isPresent()) {
            return massBalance(fold, parsed.period().get(), report);
        }
        LotAuditView audit = LotAuditView.of(fold.lot(parsed.lot()).orElseThrow());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.write(audit.json());
            out.println();
        } else {
            AuditReport.print(audit, report.records().map(r -> r.records().size()).orElse(0), report.checkpoint().isPresent(), out);
        }
        boolean clean = audit.claims().stream().allMatch(c -> c.status().equals("valid")) && audit.findings().isEmpty() && !audit.tainted();
        return clean ? 0 : AUDIT_FINDINGS;
    }

    /**
     * The operator's balance for the bundle's quarters, with the bundle's {@code from} and {@code to} echoed, so
     * that it is byte for byte what {@code /actors/{actor}/mass-balance?scheme=&from=&to=} serves for those dates.
     */
    private int massBalance(AuditFold fold, OperatorPeriod period, BundleReport report) throws IOException {
        MassBalanceView balance = MassBalanceView.of(fold.massBalance(), period.operator(), ClaimType.fromWire(scheme).orElseThrow(),
                period.from().toString(), period.to().toString(), period.from(), period.to());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.write(balance.json());
            out.println();
        } else {
            MassBalanceReport.print(balance, report.records().map(r -> r.records().size()).orElse(0), report.checkpoint().isPresent(), out);
        }
        return balance.ok() ? 0 : AUDIT_FINDINGS;
    }
}
