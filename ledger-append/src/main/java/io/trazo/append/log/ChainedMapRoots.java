package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.record.SignedRecord;
import java.nio.ByteBuffer;

/**
 * A stand-in {@link MapRoots} until the status map (§20, {@code io.trazo.ledger.statusmap}) is wired in: a
 * SHA-256 chain over the hashes of the records applied, {@code next = SHA-256(previous ‖ recordHash)} from 32
 * zero bytes, committed in §20's map-root leaf layout ({@code entries} = records applied). It depends on every
 * status record and its order, so tests of the log side can fail, and it proves nothing about key status:
 * swap it for the real map, never ship it as one.
 */
public final class ChainedMapRoots implements MapRoots {

    private static final ChainedMapRoots EMPTY = new ChainedMapRoots(new byte[32], 0);

    private final byte[] chain;
    private final long entries;

    private ChainedMapRoots(byte[] chain, long entries) {
        this.chain = chain;
        this.entries = entries;
    }

    public static ChainedMapRoots empty() {
        return EMPTY;
    }

    @Override
    public ChainedMapRoots apply(SignedRecord record) {
        if (!MapRecords.feeds(record.type())) {
            return this;
        }
        return new ChainedMapRoots(Digest.sha256(chain, record.hash().toBytes()).toBytes(), entries + 1);
    }

    @Override
    public byte[] rootLeafInput(long lastRecordLeafIndex) {
        return ByteBuffer.allocate(LeafEntry.MapRoot.DOMAIN.length + 16 + 32).put(LeafEntry.MapRoot.DOMAIN).putLong(entries)
                .putLong(lastRecordLeafIndex).put(chain).array();
    }
}
