package io.trazo.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ledger.bundle.CertificateStatusDirectory;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.log.CosignatureReader;
import io.trazo.ledger.log.CosignedCheckpoints;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.mongo.EventQueries;
import io.trazo.mongo.LedgerQueries;
import io.trazo.mongo.MongoLedgerReader;
import io.trazo.query.location.GlnLocations;
import io.trazo.mongo.MongoCertificateStatuses;
import io.trazo.mongo.MongoPlotDirectory;
import io.trazo.mongo.log.MongoCheckpointReader;
import io.trazo.mongo.log.MongoCosignatureReader;
import io.trazo.mongo.log.MongoLeafIndexReader;
import io.trazo.mongo.log.MongoTileReader;
import io.trazo.query.QueryProperties;
import io.trazo.query.provenance.BundleMembers;
import io.trazo.query.provenance.StatusMapSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query service's one wiring of MongoDB, and its only way into the store: ledger-mongo's read
 * adapters, typed as the core's read-only ports. This module cannot even name a write: it does not
 * depend on the write side (the build bans ledger-append from its compile and runtime classpath).
 *
 * <p>The log is read from the ledger's own database (the sequencer reads the records it logs there),
 * so bundle proofs and bundle records can never come from two different databases.
 */
@Configuration(proxyBeanMethods = false)
// Alike in shape to ingest's StoreConfiguration (one bean per adapter), not shared: query wires readers, ingest writers.
class StoreConfiguration {

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, QueryProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    MongoLedgerReader ledgerReader(MongoDatabase ledgerDatabase, MeterRegistry meters) {
        return new MongoLedgerReader(ledgerDatabase, meters, "trazo.query.store");
    }

    @Bean
    GlnLocations glnLocations(MongoLedgerReader ledgerReader) {
        return new GlnLocations(ledgerReader, ledgerReader::locationRecords);
    }

    @Bean
    LedgerQueries ledgerQueries(MongoDatabase ledgerDatabase) {
        return new LedgerQueries(ledgerDatabase);
    }

    @Bean
    EventQueries eventQueries(MongoDatabase ledgerDatabase) {
        return new EventQueries(ledgerDatabase);
    }

    @Bean
    PlotDirectory plotDirectory(LedgerQueries ledgerQueries) {
        return new MongoPlotDirectory(ledgerQueries);
    }

    @Bean
    CertificateStatusDirectory certificateStatuses(LedgerQueries ledgerQueries) {
        return new MongoCertificateStatuses(ledgerQueries);
    }

    @Bean
    TileReader logTiles(MongoDatabase ledgerDatabase) {
        return new MongoTileReader(ledgerDatabase);
    }

    @Bean
    LeafIndexReader leafIndex(MongoDatabase ledgerDatabase) {
        return new MongoLeafIndexReader(ledgerDatabase);
    }

    /** Checkpoints as served: each note with the witness cosignatures ingest collected (protocol §19.4). */
    @Bean
    CheckpointReader checkpoints(MongoDatabase ledgerDatabase, CosignatureReader cosignatures) {
        return new CosignedCheckpoints(new MongoCheckpointReader(ledgerDatabase), cosignatures);
    }

    @Bean
    CosignatureReader cosignatures(MongoDatabase ledgerDatabase) {
        return new MongoCosignatureReader(ledgerDatabase);
    }

    /** The status map as of the log's map-root leaves, replayed from the leaf index and the records (protocol §20.7). */
    @Bean
    StatusMapSnapshots statusMapSnapshots(LeafIndexReader leafIndex, MongoLedgerReader ledgerReader) {
        return new StatusMapSnapshots(leafIndex, ledgerReader);
    }

    @Bean
    BundleMembers bundleMembers(StatusMapSnapshots statusMapSnapshots, TileReader logTiles, CosignatureReader cosignatures,
            IntegrityAlarm alarm) {
        return new BundleMembers(statusMapSnapshots, logTiles, cosignatures, alarm);
    }

    @Bean
    LogProofs logProofs(TileReader logTiles, LeafIndexReader leafIndex, CheckpointReader checkpoints) {
        return new LogProofs(logTiles, leafIndex, checkpoints);
    }

    /** The log's entries (protocol §17, "Entries"): leaf inputs rebuilt from the leaf index and the records. */
    @Bean
    LogEntries logEntries(LeafIndexReader leafIndex, MongoLedgerReader ledgerReader) {
        return new LogEntries(leafIndex, ledgerReader);
    }

    @Bean
    LogLeafCheck logLeafCheck(TileReader logTiles, LeafIndexReader leafIndex, CheckpointReader checkpoints) {
        return new LogLeafCheck(logTiles, leafIndex, checkpoints);
    }
}
