package io.trazo.ingest.testing;

import io.trazo.ingest.IngestApplication;
import io.trazo.mongo.MongoLedgerStore;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole ingest service, started in this JVM for a rig; several can run in one consumer group. */
public final class IngestInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private IngestInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static IngestInstance start(IngestRig rig) {
        return start(rig, Map.of());
    }

    public static IngestInstance start(IngestRig rig, Map<String, Object> overrides) {
        Map<String, Object> props = new java.util.HashMap<>(rig.properties());
        props.putAll(overrides);
        // command-line arguments, because default properties rank below application.properties
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new IngestInstance(new SpringApplicationBuilder(IngestApplication.class).run(args));
    }

    public MongoLedgerStore store() {
        return context.getBean(MongoLedgerStore.class);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
