package io.trazo.append;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The records and races {@link LedgerStoreContractTest} feeds a store. Public because adapters in other
 * modules write their own contract cases with the same records; kept apart so the contract class holds
 * only the cases.
 */
public final class StoreContractFixtures {

    private StoreContractFixtures() {}

    /** A stand-in record hash: stores treat it as opaque, so naming records keeps the cases readable. */
    public static Digest hash(String name) {
        return Digest.sha256(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A pending record named {@code name} (its hash is {@link #hash}) claiming {@code lots}. */
    public static StoredRecord pending(String name, Map<String, Long> lots) {
        return new StoredRecord(hash(name), ("{\"n\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8), RecordType.EVENT,
                "urn:trazo:actor:a", Instant.parse("2026-01-01T00:00:00.000Z"), lots, RecordState.PENDING,
                OptionalLong.empty(), Optional.empty());
    }

    static LedgerStore.Acceptance at(String name, long position) {
        return new LedgerStore.Acceptance(hash(name), position);
    }

    /** Runs {@code tasks} on four threads, more tasks than threads so that they contend, and returns their results in order. */
    static <T> List<T> onFourThreads(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
