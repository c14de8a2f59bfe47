package io.trazo.ledger.verify;

import java.util.List;

/** The result of verifying a set of records: one report per input, in input order. */
public record VerificationReport(List<RecordReport> records) {

    public VerificationReport {
        records = List.copyOf(records);
    }

    public boolean ok() {
        return records.stream().allMatch(RecordReport::ok);
    }

    public List<RecordReport> failures() {
        return records.stream().filter(r -> !r.ok()).toList();
    }
}
