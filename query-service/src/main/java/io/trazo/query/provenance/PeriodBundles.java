package io.trazo.query.provenance;

import io.trazo.ledger.bundle.CertificateStatusDirectory;
import io.trazo.ledger.bundle.ExportedBundle;
import io.trazo.ledger.bundle.OperatorPeriod;
import io.trazo.ledger.bundle.PeriodBundleExporter;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.provenance.ParsedRecords;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.store.LogLeafCheck;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Operator-period bundles as the API serves them (docs/protocol.md §18.1): the same evidence rule, store
 * re-check and log evidence as a lot's bundle ({@link Provenance#bundle}), from the period's own records
 * the caller found. Bounded by the bundle format's 10,000 records.
 */
@Component
public class PeriodBundles {

    private final PeriodBundleExporter exporter;
    private final LogProofs log;
    private final BundleMembers format2;
    private final StoredEvidence stored;

    public PeriodBundles(LedgerReader reader, PlotDirectory plots, CertificateStatusDirectory statuses, LogProofs log, LogLeafCheck leaves,
            BundleMembers format2) {
        // no parse memo: a period bundle is a certifier's occasional download, not a buyer's hot path
        this.exporter = new PeriodBundleExporter(reader, plots, statuses, ParsedRecords.none());
        this.log = log;
        this.format2 = format2;
        this.stored = new StoredEvidence(reader, leaves);
    }

    /**
     * @param own the period's own records ({@link OperatorPeriod#owns}), as the operator index found them
     * @throws io.trazo.mongo.StoreIntegrityException if a record fails its store or log re-check
     * @throws io.trazo.ledger.provenance.ProvenanceException past the bundle's bound, or for a store missing a link target
     */
    public ExportedBundle bundle(OperatorPeriod period, List<Digest> own) {
        List<StoredRecord> records = exporter.contents(period, new LinkedHashSet<>(own));
        stored.recheck(records);
        return exporter.export(period, records, log, format2);
    }
}
