package io.trazo.append.log;

class InMemoryLeafIndexTest extends LeafIndexContractTest {

    @Override
    protected LeafIndex newIndex() {
        return new InMemoryLeafIndex();
    }
}
