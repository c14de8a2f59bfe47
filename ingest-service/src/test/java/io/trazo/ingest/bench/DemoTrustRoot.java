package io.trazo.ingest.bench;

import io.trazo.demo.CoffeeJourney;

/** Prints the demo governance key (base64url) for TRAZO_TRUST_ROOT: the benchmark's records are demo records. */
final class DemoTrustRoot {

    private DemoTrustRoot() {}

    public static void main(String[] args) {
        System.out.println(CoffeeJourney.trustRoot().base64Url());
    }
}
