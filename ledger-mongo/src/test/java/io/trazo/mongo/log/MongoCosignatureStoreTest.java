package io.trazo.mongo.log;

import io.trazo.append.witness.CosignatureStore;
import io.trazo.append.witness.CosignatureStoreContractTest;
import io.trazo.mongo.MongoTarget;

/** The Mongo adapter against the cosignature store contract, on the Mongo-wire stand-in. */
class MongoCosignatureStoreTest extends CosignatureStoreContractTest {

    @Override
    protected CosignatureStore newStore() {
        return new MongoCosignatureStore(MongoTarget.shared().freshDatabase("cosignatures"));
    }
}
