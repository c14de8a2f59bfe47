package io.trazo.query.provenance;

import io.trazo.ledger.crypto.CryptoException;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignatureEntry;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.QueryProperties;
import io.trazo.query.store.LedgerFollower;
import io.trazo.query.warmup.WarmUp;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Verify-ahead (issue 18): checks each accepted record's Ed25519 signatures once, in ledger order, as the
 * ledger grows, into the {@link VerifiedSignatures} memo that page views, verifications and bundles use,
 * so a never-seen lot's page finds its signatures there instead of paying for Ed25519 on the request.
 *
 * <p>Why this cannot change a verdict: only Ed25519's own yes is remembered, for the exact (public key,
 * signing message, signature) it was given, and that is a pure function of those byte strings
 * ({@link VerifiedSignatures}). A page view still parses the bytes it read, computes the record hash (so
 * the signing message) from them, checks the log leaf, and decides the key's registration, validity at the
 * record's time, revocation and role itself; it only finds the Ed25519 result in the memo. A record
 * changed in the store after it was checked here has another hash or another signature, so it misses and
 * is checked in full. A key resolved wrongly here could only leave a signature unremembered: a wrong key
 * makes Ed25519 say no, and a no is never remembered.
 *
 * <p>Keys: the trust root for governance records, else the key records met earlier in the ledger (a key is
 * accepted before anything it signs), else the store's {@code KEY:} binding. Unknown keys, unreadable
 * records and failed signatures are skipped: the page view reports them as it always did.
 *
 * <p>One background thread drives it ({@link io.trazo.query.warmup.WarmUpStarter}); a catch-up holds the
 * instance's lock, so a test or tool may call {@link #catchUp} beside it.
 */
@Component
public class VerifyAhead {

    /** Far more keys than a registry of cooperatives holds; past it the oldest are read from the store again. */
    private static final int KEYS_KEPT = 100_000;

    private static final Logger log = LoggerFactory.getLogger(VerifyAhead.class);

    private final LedgerReader reader;
    private final TrustRoot trustRoot;
    private final VerifiedSignatures memo;
    private final WarmUp warmUp = new WarmUp("verify-ahead");
    /** Positions not yet accepted when read are read again while within its window of the newest, as the audit fold does. */
    private final LedgerFollower follower;
    private final Map<KeyId, PublicKey> keys = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<KeyId, PublicKey> eldest) {
            return size() > KEYS_KEPT;
        }
    };
    /** Key ids the store did not bind, asked once per catch-up rather than once per record they sign. */
    private final Set<KeyId> unknown = new HashSet<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public VerifyAhead(LedgerReader reader, QueryProperties properties, VerifiedSignatures memo) {
        this.reader = reader;
        this.trustRoot = properties.trustRootKeys();
        this.memo = memo;
        this.follower = new LedgerFollower(reader);
    }

    /** Checks the ledger as it stands, reporting progress as a warm-up, unless it was started already. */
    public synchronized void warmUp() {
        long target = reader.lastPosition();
        if (!warmUp.begin(target)) {
            return;
        }
        try {
            unknown.clear();
            follower.readTo(target, this::check, warmUp::progress);
            warmUp.ready();
        } catch (RuntimeException e) {
            warmUp.failed(e);
            throw e;
        }
    }

    /**
     * After {@link #warmUp}, checks what was appended every {@code poll} until the thread is interrupted (the
     * service stops). A store error is logged and the next poll resumes where this one stopped.
     */
    public void follow(Duration poll) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                catchUp();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;  // the service is stopping: the driver's read was cut short, not failed
                }
                log.warn("verify-ahead stopped at position {} until the next poll: {}", follower.next(), e.toString());
            }
        }
    }

    /** Retries the holes still within the window, then checks every position appended since the last call. */
    public synchronized void catchUp() {
        unknown.clear();
        follower.retryHoles(this::check);
        follower.readTo(reader.lastPosition(), this::check, warmUp::progress);
    }

    private void check(long position, StoredRecord stored) {
        SignedRecord record;
        try {
            record = stored.parse();
        } catch (RecordException e) {
            skipped.incrementAndGet();
            return;
        }
        records.incrementAndGet();
        for (SignatureEntry sig : record.signatures()) {
            Optional<PublicKey> key = record.type().governance() ? trustRoot.key(sig.keyId()) : key(sig.keyId());
            if (key.isPresent()) {
                memo.verify(key.get(), record.signingMessage(), sig.signature());
            } else {
                skipped.incrementAndGet();
            }
        }
        if (record.type() == RecordType.KEY) {
            learn(record);
        }
    }

    private Optional<PublicKey> key(KeyId id) {
        PublicKey known = keys.get(id);
        if (known != null || unknown.contains(id)) {
            return Optional.ofNullable(known);
        }
        reader.bound(LedgerReader.RegistryKind.KEY, id.value()).flatMap(reader::record).ifPresent(r -> {
            try {
                learn(r.parse());
            } catch (RecordException e) {
                // an unreadable key record registers nothing here; its views report it
            }
        });
        if (!keys.containsKey(id)) {
            unknown.add(id);
        }
        return Optional.ofNullable(keys.get(id));
    }

    private void learn(SignedRecord keyRecord) {
        try {
            var entry = RegistryRecords.key(keyRecord);
            keys.put(entry.keyId(), entry.publicKey());
        } catch (RecordException | CryptoException e) {
            // an unreadable key record registers nothing; records signed by it are checked by their views
        }
    }

    public WarmUp warmUpState() {
        return warmUp;
    }

    /** Records read and parsed so far, for the health details and tests. */
    public long records() {
        return records.get();
    }

    /** Unreadable records and signatures under keys it could not resolve, left to the views. */
    public long skipped() {
        return skipped.get();
    }

    /** The next ledger position it will read. */
    public long next() {
        return follower.next();
    }
}
