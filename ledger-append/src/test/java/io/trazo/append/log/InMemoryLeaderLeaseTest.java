package io.trazo.append.log;

class InMemoryLeaderLeaseTest extends LeaderLeaseContractTest {

    @Override
    protected LeaderLease newLease(java.time.Clock clock) {
        return new InMemoryLeaderLease(clock);
    }
}
