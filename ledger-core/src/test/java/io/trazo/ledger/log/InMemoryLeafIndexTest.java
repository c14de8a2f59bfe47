package io.trazo.ledger.log;

class InMemoryLeafIndexTest extends LeafIndexContractTest {

    @Override
    protected LeafIndex newIndex() {
        return new InMemoryLeafIndex();
    }
}
