package io.trazo.query.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.query.location.PlaceView;
import java.math.BigDecimal;
import java.util.List;

/**
 * The verification and journey parts of the buyer's page view, cut to what the page shows (issue 18: the page view
 * was ~100 KB for a benchmark retail lot, most of it each evidence record's links and each step's lot lists, which
 * the page never shows, serialised by query and parsed by trace-web on every cold page). Every member kept has the
 * name and value its own endpoint gives it, so a reader of {@code /verification} or {@code view=journey} reads
 * these the same way; the full parts stay one call away on those endpoints.
 */
final class PageParts {

    private PageParts() {}

    @Schema(description = "GET /lots/{lot}/verification without each report's index, position, canonical flag and links")
    record Verification(String lot, String head, boolean ok, int records, int failed, List<Report> reports, VerificationView.Store store) {

        static Verification of(VerificationView v) {
            return new Verification(v.lot(), v.head(), v.ok(), v.records(), v.failed(),
                    v.reports().stream().map(r -> new Report(r.hash(), r.type(), r.ok(), r.signatures(), r.findings())).toList(), v.store());
        }
    }

    record Report(String hash, String type, boolean ok, List<VerificationView.Signature> signatures, List<VerificationView.Problem> findings) {}

    @Schema(description = "the first page of GET /lots/{lot}/trace/upstream?view=journey, each step without its event type, action, "
            + "counterparty, bizLocation, readPoint, inputs and outputs, and each quantity without its lot and direction")
    record Journey(String lot, String direction, int totalSteps, List<Step> steps, String next) {

        static Journey of(JourneyView j) {
            return new Journey(j.lot(), j.direction(), j.totalSteps(), j.steps().stream().map(Step::of).toList(), j.next());
        }
    }

    record Step(String time, String bizStep, String actor, PlaceView place, List<Amount> quantities, String record) {

        static Step of(JourneyView.Step s) {
            return new Step(s.time(), s.bizStep(), s.actor(), s.place(),
                    s.quantities().stream().map(q -> new Amount(q.amount(), q.uom())).toList(), s.record());
        }
    }

    record Amount(BigDecimal amount, String uom) {}
}
