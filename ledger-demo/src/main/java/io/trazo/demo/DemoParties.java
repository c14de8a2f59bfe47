package io.trazo.demo;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's actors and their keys. Seeds are derived from public names, so these keys are
 * PUBLIC KNOWLEDGE and good only for demonstrations and tests.
 */
public final class DemoParties {

    public static final String FARM_WOMEN = "urn:trazo:actor:asomucafe-villamaria";
    public static final String FARM_ORGANIC = "urn:trazo:actor:finca-el-mirador";
    public static final String COOPERATIVE = "urn:trazo:actor:coop-cafeteros-caldas";
    public static final String EXPORTER = "urn:trazo:actor:exportadora-andina";
    public static final String CARRIER = "urn:trazo:actor:naviera-del-pacifico";
    public static final String IMPORTER = "urn:trazo:actor:pacific-green-imports";
    public static final String CUSTOMS = "urn:trazo:actor:harbor-customs-brokers";
    public static final String ROASTER = "urn:trazo:actor:rose-city-roasters";
    public static final String CERTIFIER = "urn:trazo:actor:biocert-andes";

    private final Map<String, SigningKey> keys = new LinkedHashMap<>();
    private final SigningKey governance = seeded("governance");

    public DemoParties() {
        for (String actor : new String[] {FARM_WOMEN, FARM_ORGANIC, COOPERATIVE, EXPORTER, CARRIER, IMPORTER, CUSTOMS,
                ROASTER, CERTIFIER}) {
            keys.put(actor, seeded(actor));
        }
    }

    public SigningKey governance() {
        return governance;
    }

    public SigningKey key(String actor) {
        SigningKey key = keys.get(actor);
        if (key == null) {
            throw new IllegalArgumentException("no demo key for " + actor);
        }
        return key;
    }

    /** A key for {@code name} that no registry record names: what a forger would use. */
    public static SigningKey stranger(String name) {
        return seeded("stranger:" + name);
    }

    /** A key derived from a public name: anyone can recompute it, so it protects nothing. */
    public static SigningKey seeded(String name) {
        return SigningKey.fromSeed(Digest.sha256(("trazo-demo-key:" + name).getBytes(StandardCharsets.UTF_8)).toBytes());
    }
}
