package io.trazo.web.page;

import io.trazo.web.WebProperties;
import io.trazo.web.page.LotPage.Certificate;
import io.trazo.web.page.LotPage.Identity;
import io.trazo.web.page.LotPage.Place;
import io.trazo.web.page.LotPage.Step;
import io.trazo.web.query.QueryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a lot's page out of query-service's page view of the lot ({@code /lots/{lot}/page}): one call that carries
 * its summary, verification and upstream journey, the v2 extension fields of the journey's events, the
 * certificates' validity and the display names of the actors they mention.
 */
@Component
public class LotPageBuilder {

    private final QueryClient query;
    private final VerificationSection verification;

    LotPageBuilder(QueryClient query, WebProperties properties) {
        this.query = query;
        this.verification = new VerificationSection(properties);
    }

    public LotPage build(String lot, String label) {
        return build(query.page(lot), lot, label);
    }

    /** The page out of a page view the caller already has ({@link QueryClient#page}). */
    public LotPage build(JsonNode data, String lot, String label) {
        JsonNode summary = data.path("summary");
        JsonNode journey = data.path("journey");
        UnaryOperator<String> actorName = names(data.path("actors"));
        Extensions ext = Extensions.read(journey, data.path("extensions"));
        List<Place> places = new ArrayList<>();
        for (JsonNode plot : summary.path("plotsOfOrigin")) {
            Place p = PlotPlaces.of(plot);
            places.add(p);
        }
        List<Step> steps = steps(journey, actorName);
        steps.stream().map(Step::place).filter(p -> p != null && !places.contains(p)).forEach(places::add);
        JsonNode firstPlot = summary.path("plotsOfOrigin").path(0);
        LotPage.Producer producer = new LotPage.Producer(firstPlot.isMissingNode() ? null : actorName.apply(text(firstPlot, "owner")),
                text(firstPlot, "name"), ext.text("trazo:municipality"), places.isEmpty() ? null : places.get(0).region(),
                ext.text("trazo:altitudeM"), ext.text("trazo:variety"), ext.text("trazo:process"), ext.text("trazo:harvestPeriod"));
        JsonNode quantity = summary.path("quantity");
        Identity identity = new Identity(ext.text("trazo:productForm"), lastWord(text(summary, "producedBy")),
                actorName.apply(text(summary, "custodian")), label, ext.text("trazo:roastDate"),
                quantity.isMissingNode() || quantity.isNull() ? null : quantity.path("amount").asString() + " " + quantity.path("uom").asString());
        return new LotPage(lot, text(summary, "head"), label, identity, verification.of(data.path("verification"), actorName), producer,
                ext.price(), places, steps, certificates(summary, data.path("certificates"), actorName));
    }

    private static List<Step> steps(JsonNode journey, UnaryOperator<String> actorName) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : journey.path("steps")) {
            String amount = null;
            for (JsonNode q : s.path("quantities")) {
                amount = q.path("amount").asString() + " " + q.path("uom").asString();
            }
            steps.add(new Step(text(s, "time").substring(0, 10), lastWord(text(s, "bizStep")), actorName.apply(text(s, "actor")), amount,
                    StepPlaces.of(s.path("place"))));
        }
        return steps;
    }

    private static List<Certificate> certificates(JsonNode summary, JsonNode validity, UnaryOperator<String> actorName) {
        List<Certificate> out = new ArrayList<>();
        for (JsonNode c : summary.path("claims")) {
            JsonNode body = validity.get(text(c, "certificate"));
            out.add(new Certificate(text(c, "claim"), text(c, "standard"), actorName.apply(text(c, "subject")),
                    actorName.apply(text(c, "issuer")), text(c, "certificateId"), body == null ? null : date(text(body, "validFrom")),
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

    /** An actor's display name as query gives it, else its id (the governance key, which has no actor record, among them). */
    static UnaryOperator<String> names(JsonNode actors) {
        return actor -> actor == null ? null : actors.path(actor).isString() ? actors.path(actor).asString() : actor;
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
