package io.trazo.cli;

import io.trazo.ledger.chain.HeadTracker;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.event.EventRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds and signs one record from a step description:
 * <pre>
 * {"type":"event","actor":"urn:trazo:actor:…","counterparty":"…","event":{EPCIS 2.0 event},"claims":[…],"documents":[…]}
 * {"type":"plot"|"certificate"|"actor"|"key"|"revocation","actor":"…","time":"…Z","body":{…}}
 * </pre>
 * Links are computed from the lot heads of {@code --ledger}; with {@code --append} the record is added to it.
 */
@Command(name = "build", description = "Build and sign a record from a JSON step description.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--step", required = true, description = "Step description (JSON).")
    Path step;

    @Option(names = "--key", required = true, description = "Signing key file; give the counterparty's key too to co-sign now.")
    List<Path> keys;

    @Option(names = "--ledger", description = "Records so far (.jsonl), to link to lot heads.")
    Path ledger;

    @Option(names = "--append", description = "Append the new record to the --ledger file.")
    boolean append;

    @Override
    public Integer call() throws Exception {
        Fields f = Fields.of(new StrictJson(new StrictJson.Limits(RecordCodec.MAX_RECORD_BYTES, 32))
                .parse(Files.readAllBytes(step)), "");
        RecordType type = RecordType.fromWire(f.string("type")).orElseThrow(() -> new IllegalArgumentException(
                "unknown record type " + f.string("type")));
        List<SigningKey> signers = new ArrayList<>();
        for (Path k : keys) {
            signers.add(KeyFiles.read(k));
        }
        byte[] wire;
        try {
            wire = type == RecordType.EVENT ? event(f, signers) : other(type, f, signers);
        } catch (RecordException e) {
            spec.commandLine().getErr().println("trazo build: " + e.getMessage());
            return 1;
        }
        if (append && ledger != null) {
            RecordFiles.append(ledger, wire);
        }
        spec.commandLine().getOut().println(new String(wire, StandardCharsets.UTF_8));
        return 0;
    }

    private byte[] event(Fields f, List<SigningKey> signers) throws Exception {
        JsonObject epcis = f.object("event").object();
        EpcisEvent event = EpcisEvents.read(epcis, "/event");
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, f.string("actor")).time(event.eventTime())
                .links(heads().linksFor(event.lots()))
                .body(EventBodies.body(epcis, f.optionalArray("claims"), f.optionalArray("documents")));
        f.optionalString("counterparty").ifPresent(b::counterparty);
        byte[] wire = b.sign(signers.toArray(SigningKey[]::new));
        EventRecords.read(RecordCodec.parse(wire));
        return wire;
    }

    private byte[] other(RecordType type, Fields f, List<SigningKey> signers) {
        RecordBuilder b = type.governance() ? RecordBuilder.governance(type) : RecordBuilder.of(type, f.string("actor"));
        return b.time(f.time("time")).body(f.object("body").object()).sign(signers.toArray(SigningKey[]::new));
    }

    private HeadTracker heads() throws Exception {
        HeadTracker heads = new HeadTracker();
        if (ledger == null || !Files.exists(ledger)) {
            return heads;
        }
        for (byte[] wire : RecordFiles.read(List.of(ledger))) {
            SignedRecord r = RecordCodec.parse(wire);
            if (r.type() == RecordType.EVENT) {
                Set<String> lots = EventRecords.read(r).event().lots();
                heads.advance(lots, r.hash());
            }
        }
        return heads;
    }
}
