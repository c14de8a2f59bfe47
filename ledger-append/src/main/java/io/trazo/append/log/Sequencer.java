package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.append.log.Integration.Committed;
import io.trazo.append.log.Integration.Idle;
import io.trazo.append.log.Integration.Superseded;
import io.trazo.append.log.Integration.WaitingForPosition;
import io.trazo.append.log.LogIntegrityException.Reason;
import io.trazo.ledger.merkle.TileConflictException;
import io.trazo.append.merkle.TreeAppender;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.merkle.TreeHash;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Integrates accepted records into the log, in ledger-position order, and signs a checkpoint after each
 * batch. One step ({@link #integrate}):
 * <ol>
 *   <li>Load the committed {@link LogState}; a leader with a newer token first claims it (a fenced
 *       compare-and-set that changes nothing else), so that no older leader can commit after it.
 *   <li>Check the committed state ({@link LogChecks#committed}) and re-publish its checkpoint if a
 *       crash cut the publish short.
 *   <li>Read accepted records from the next position on ({@link PositionWalk}); seal a position that
 *       stayed unaccepted past the grace period.
 *   <li>With a map ({@link MapRoots}): apply the batch's status records in leaf order and append the
 *       map-root leaf after the batch's records, so the checkpoint's last leaf commits the map (§20.7).
 *   <li>Write the leaf index and the tiles (idempotent; invisible to readers until a checkpoint).
 *   <li>Check that the tiles reproduce the new root and that it extends the committed tree; sign.
 *   <li>Commit the new state by a fenced compare-and-set: the single commit point.
 *   <li>Publish the checkpoint to the history (idempotent).
 * </ol>
 * The leaves are a pure function of the ledger (each position is either accepted or sealed, forever),
 * so a crash at any write, or two leaders racing, can only produce identical tiles, index entries and
 * (with deterministic Ed25519 and no extension lines) identical notes; only one compare-and-set per
 * state wins. Any disagreement between the stores is therefore tampering or a bug: the sequencer
 * raises a {@link LogIntegrityException}, remembers it, and refuses every later step.
 *
 * <p>Trust boundary: the sequencer holds the log key ({@link LogSigner}) and runs only on the ingest
 * side. Not thread-safe; a process runs one sequencer, and only while it holds the lease.
 */
public final class Sequencer {

    private final LogStores stores;
    private final LogSigner signer;
    private final LogChecks checks;
    private final PositionWalk walk;
    private final MapRoots emptyMap;
    private final MapReplay replay;
    /** The map committed with the tree of size {@link #mapSize}; null until replayed from the log. */
    private MapRoots map;
    private long mapSize;
    private TreeAppender appender;
    private LogIntegrityException alarm;

    /** A sequencer whose log holds records only: no map-root leaves (a log as it was before §20). */
    public Sequencer(LedgerStore ledger, LogStores stores, LogSigner signer, SequencerPolicy policy, Clock clock) {
        this(ledger, stores, signer, policy, clock, null);
    }

    /**
     * A sequencer that commits {@code emptyMap}, with the log's status records applied, in a map-root leaf
     * at the end of every batch. At its first step it rebuilds the committed map by replaying the log
     * ({@link MapReplay}); a log written without a map gets its first map-root leaf with its next batch.
     */
    public Sequencer(LedgerStore ledger, LogStores stores, LogSigner signer, SequencerPolicy policy, Clock clock,
            MapRoots emptyMap) {
        this.emptyMap = emptyMap;
        this.replay = new MapReplay(stores.leaves(), ledger);
        this.stores = stores;
        this.signer = signer;
        this.checks = new LogChecks(stores, signer);
        this.walk = new PositionWalk(ledger, policy, clock);
    }

    /** The alarm raised by an earlier step, if any; once raised the sequencer stays stopped. */
    public synchronized Optional<LogIntegrityException> alarm() {
        return Optional.ofNullable(alarm);
    }

    /**
     * One integration step as the leader holding {@code token}.
     *
     * @throws LogIntegrityException if the stores disagree; nothing is signed, and every later call
     *     throws the same exception
     */
    public synchronized Integration integrate(FencingToken token) throws LogIntegrityException {
        if (alarm != null) {
            throw alarm;
        }
        try {
            return step(token);
        } catch (LogIntegrityException e) {
            alarm = e;
            appender = null;
            map = null;
            throw e;
        }
    }

    private Integration step(FencingToken token) throws LogIntegrityException {
        Optional<SignedCheckpoint> published = stores.history().latest();
        Optional<LogState> stored = stores.state().load();
        LogState state = stored.orElse(LogState.EMPTY);
        if (token.isBelow(state.writer())) {
            return new Superseded(StateWrite.FENCED);
        }
        if (state.writer().isBelow(token) || stored.isEmpty()) {
            LogState claimed = state.fencedBy(token);
            StateWrite claim = stores.state().compareAndSet(stored, claimed);
            if (claim != StateWrite.WRITTEN) {
                return new Superseded(claim);
            }
            stored = Optional.of(claimed);
            state = claimed;
        }
        checks.committed(state, published);
        if (state.checkpoint().isPresent()) {
            publish(state.checkpoint().get());
        }
        PositionWalk.Batch batch = walk.next(state.integratedPosition());
        if (batch.records().isEmpty() && batch.lastPosition() == state.integratedPosition()) {
            return batch.waitingAt().isPresent() ? new WaitingForPosition(batch.waitingAt().getAsLong())
                    : new Idle(state.integratedPosition());
        }
        List<LeafEntry> entries = new ArrayList<>(batch.records().size() + 1);
        batch.records().forEach(r -> entries.add(new LeafEntry.Record(r, false)));
        batch.fed().keySet().forEach(i -> entries.set(i, new LeafEntry.Record(batch.records().get(i), true)));
        List<TreeHash> leafHashes = new ArrayList<>(batch.leafHashes());
        MapRoots nextMap = null;
        if (emptyMap != null && !batch.records().isEmpty()) {
            // one change per batch: the map's root is committed only after the batch (§20.5)
            nextMap = committedMap(state).applyAll(List.copyOf(batch.fed().values()));
            LeafEntry.MapRoot root = new LeafEntry.MapRoot(nextMap.rootLeafInput(state.treeSize() + batch.records().size() - 1));
            entries.add(root);
            leafHashes.add(root.leafHash());
        }
        TreeHead head = append(state, entries, leafHashes);
        checks.extension(state, head);
        Optional<SignedCheckpoint> checkpoint = head.size() == state.treeSize() ? state.checkpoint()
                : Optional.of(signer.sign(head));
        LogState next = new LogState(head.size(), head.root(), batch.lastPosition(), token, checkpoint);
        StateWrite write = stores.state().compareAndSet(stored, next);
        if (write != StateWrite.WRITTEN) {
            appender = null;
            map = null;
            return new Superseded(write);
        }
        if (nextMap != null) {
            map = nextMap;
            mapSize = head.size();
        }
        if (checkpoint.isPresent()) {
            publish(checkpoint.get());
        }
        return new Committed(next, batch.records().size());
    }

    /** The map committed with {@code state}'s tree: the one kept from the last commit, or replayed from the log. */
    private MapRoots committedMap(LogState state) throws LogIntegrityException {
        if (map == null || mapSize > state.treeSize()) {
            map = replay.replay(emptyMap, 0, state.treeSize());
        } else if (mapSize < state.treeSize()) {
            map = replay.replay(map, mapSize, state.treeSize());
        }
        mapSize = state.treeSize();
        return map;
    }

    private TreeHead append(LogState state, List<LeafEntry> entries, List<TreeHash> leafHashes) throws LogIntegrityException {
        try {
            stores.leaves().putEntries(state.treeSize(), entries);
            TreeAppender tree = appenderAt(state);
            TreeHead head = tree.append(leafHashes);
            return head;
        } catch (LogConflictException | TileConflictException e) {
            appender = null;
            throw new LogIntegrityException(Reason.LEAF_CONFLICT, "integrating positions after "
                    + state.integratedPosition() + " at leaf " + state.treeSize() + ": " + e.getMessage(), e);
        }
    }

    private TreeAppender appenderAt(LogState state) {
        if (appender == null || !appender.head().equals(new TreeHead(state.treeSize(), state.root()))) {
            appender = TreeAppender.resume(stores.tiles(), state.treeSize());
        }
        return appender;
    }

    private void publish(SignedCheckpoint checkpoint) throws LogIntegrityException {
        try {
            stores.history().append(checkpoint);
        } catch (LogConflictException e) {
            throw new LogIntegrityException(Reason.HISTORY_DIVERGES, e.getMessage(), e);
        }
    }

}
