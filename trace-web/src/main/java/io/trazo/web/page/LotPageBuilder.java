package io.trazo.web.page;

import io.trazo.web.WebProperties;
import io.trazo.web.page.LotPage.Certificate;
import io.trazo.web.page.LotPage.Identity;
import io.trazo.web.page.LotPage.Place;
import io.trazo.web.page.LotPage.Step;
import io.trazo.web.query.QueryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a lot's page out of query-service: its summary, verification and upstream journey, the event
 * records that may carry v2 extension fields, and the certificates. Actor display names are memoised:
 * the registry binds a name to an actor id once.
 */
@Component
public class LotPageBuilder {

    private final QueryClient query;
    private final VerificationSection verification;
    private final Map<String, String> actorNames = new ConcurrentHashMap<>();

    LotPageBuilder(QueryClient query, WebProperties properties) {
        this.query = query;
        this.verification = new VerificationSection(properties, this::actorName);
    }

    public LotPage build(String lot, String label) {
        JsonNode summary = query.summary(lot);
        JsonNode checked = query.verification(lot);
        JsonNode journey = query.journey(lot);
        Extensions ext = Extensions.read(journey, query);
        List<Place> places = new ArrayList<>();
        for (JsonNode plot : summary.path("plotsOfOrigin")) {
            Place p = PlotPlaces.of(plot);
            places.add(p);
        }
        List<Step> steps = steps(journey);
        steps.stream().map(Step::place).filter(p -> p != null && !places.contains(p)).forEach(places::add);
        JsonNode firstPlot = summary.path("plotsOfOrigin").path(0);
        LotPage.Producer producer = new LotPage.Producer(firstPlot.isMissingNode() ? null : actorName(text(firstPlot, "owner")),
                text(firstPlot, "name"), ext.text("trazo:municipality"), places.isEmpty() ? null : places.get(0).region(),
                ext.text("trazo:altitudeM"), ext.text("trazo:variety"), ext.text("trazo:process"), ext.text("trazo:harvestPeriod"));
        JsonNode quantity = summary.path("quantity");
        Identity identity = new Identity(ext.text("trazo:productForm"), lastWord(text(summary, "producedBy")),
                actorName(text(summary, "custodian")), label, ext.text("trazo:roastDate"),
                quantity.isMissingNode() || quantity.isNull() ? null : quantity.path("amount").asString() + " " + quantity.path("uom").asString());
        return new LotPage(lot, text(summary, "head"), label, identity, verification.of(checked), producer, ext.price(), places,
                steps, certificates(summary));
    }

    private List<Step> steps(JsonNode journey) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : journey.path("steps")) {
            String amount = null;
            for (JsonNode q : s.path("quantities")) {
                amount = q.path("amount").asString() + " " + q.path("uom").asString();
            }
            steps.add(new Step(text(s, "time").substring(0, 10), lastWord(text(s, "bizStep")), actorName(text(s, "actor")), amount,
                    StepPlaces.of(s.path("place"))));
        }
        return steps;
    }

    private List<Certificate> certificates(JsonNode summary) {
        List<Certificate> out = new ArrayList<>();
        for (JsonNode c : summary.path("claims")) {
            JsonNode body = query.record(text(c, "certificate")).map(r -> r.path("body")).orElse(null);
            out.add(new Certificate(text(c, "claim"), text(c, "standard"), actorName(text(c, "subject")), actorName(text(c, "issuer")),
                    text(c, "certificateId"), body == null ? null : date(text(body, "validFrom")),
                    body == null ? null : date(text(body, "validUntil")), c.path("validAtEvent").asBoolean(), status(c), text(c, "level")));
        }
        return out;
    }

    /**
     * The audit's word for the claim on this lot (message key {@code cert.status.*}): a suspension or withdrawal
     * of its certificate since the claim was made says so, even though the claim stays valid for the past;
     * null while query's audit has not folded the lot (at start, or a lot it does not know).
     */
    static String status(JsonNode claim) {
        for (JsonNode r : claim.path("reasons")) {
            switch (r.path("reason").asString()) {
                case "TAINTED_BY_WITHDRAWAL": return "withdrawn";
                case "TAINTED_BY_SUSPENSION": return "suspended";
                default: break;
            }
        }
        return text(claim, "status");
    }

    String actorName(String actor) {
        if (actor == null) {
            return null;
        }
        if (!actor.startsWith("urn:trazo:actor:")) {
            return actor;  // the governance key signs registry records: it has no actor record
        }
        return actorNames.computeIfAbsent(actor, a -> query.actor(a).map(n -> text(n, "name")).orElse(a));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static String date(String time) {
        return time == null || time.length() < 10 ? time : time.substring(0, 10);
    }

    /** The last word of a CBV or Trazo bizStep URI: {@code …BizStep-harvesting} and {@code …/bizstep/receiving} alike. */
    static String lastWord(String uri) {
        if (uri == null) {
            return null;
        }
        int cut = Math.max(uri.lastIndexOf('-'), Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':')));
        return uri.substring(cut + 1);
    }
}
