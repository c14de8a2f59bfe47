package io.trazo.append.log;

/** The expected outcomes of one {@link Sequencer#integrate} step. */
public sealed interface Integration {

    /**
     * A new state is committed and its checkpoint published: {@code leaves} records were added (0 if only
     * sealed positions were passed, in which case the tree and checkpoint are unchanged).
     */
    record Committed(LogState state, int leaves) implements Integration {}

    /** Nothing accepted since the last commit. */
    record Idle(long integratedPosition) implements Integration {}

    /** The next position is drawn but not accepted, and not yet past its seal grace. */
    record WaitingForPosition(long position) implements Integration {}

    /** Another writer moved the state, or a newer leader fenced this one; nothing was committed. */
    record Superseded(StateWrite write) implements Integration {}
}
