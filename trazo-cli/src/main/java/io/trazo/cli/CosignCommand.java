package io.trazo.cli;

import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cosign", description = "Add the counterparty's signature to a signed record (a custody handover).")
final class CosignCommand implements Callable<Integer> {

    @Option(names = "--record", required = true, description = "The record file (one record).")
    Path record;

    @Option(names = "--key", required = true, description = "The counterparty's key file.")
    Path key;

    @Override
    public Integer call() throws Exception {
        byte[] wire = RecordBuilder.cosign(RecordCodec.parse(Files.readAllBytes(record)), KeyFiles.read(key));
        System.out.println(new String(wire, StandardCharsets.UTF_8));
        return 0;
    }
}
