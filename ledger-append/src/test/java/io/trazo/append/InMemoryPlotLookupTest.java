package io.trazo.append;

class InMemoryPlotLookupTest extends PlotLookupContractTest {

    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}
