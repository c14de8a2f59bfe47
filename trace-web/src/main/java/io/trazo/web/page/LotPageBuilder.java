package io.trazo.web.page;

import io.trazo.web.WebProperties;
import io.trazo.web.page.LotPage.Certificate;
import io.trazo.web.page.LotPage.Identity;
import io.trazo.web.page.LotPage.Place;
import io.trazo.web.page.LotPage.Step;
import io.trazo.web.query.PageView;
import io.trazo.web.query.QueryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

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
        PageView data = query.page(lot);
        PageView.Summary summary = data.summary();
        UnaryOperator<String> actorName = names(data.actors());
        Extensions ext = Extensions.read(data.journey(), data.extensions());
        List<Place> places = new ArrayList<>();
        for (PageView.Plot plot : summary.plotsOfOrigin()) {
            places.add(PlotPlaces.of(plot));
        }
        List<Step> steps = steps(data.journey(), actorName);
        steps.stream().map(Step::place).filter(p -> p != null && !places.contains(p)).forEach(places::add);
        PageView.Plot firstPlot = summary.plotsOfOrigin().isEmpty() ? null : summary.plotsOfOrigin().get(0);
        LotPage.Producer producer = new LotPage.Producer(firstPlot == null ? null : actorName.apply(firstPlot.owner()),
                firstPlot == null ? null : firstPlot.name(), ext.text("trazo:municipality"), places.isEmpty() ? null : places.get(0).region(),
                ext.text("trazo:altitudeM"), ext.text("trazo:variety"), ext.text("trazo:process"), ext.text("trazo:harvestPeriod"));
        PageView.Quantity quantity = summary.quantity();
        Identity identity = new Identity(ext.text("trazo:productForm"), lastWord(summary.producedBy()),
                actorName.apply(summary.custodian()), label, ext.text("trazo:roastDate"), quantity == null ? null : amount(quantity));
        return new LotPage(lot, summary.head(), label, identity, verification.of(data.verification(), actorName), producer,
                ext.price(), places, steps, certificates(summary, data.certificates(), actorName));
    }

    private static List<Step> steps(PageView.Journey journey, UnaryOperator<String> actorName) {
        List<Step> steps = new ArrayList<>();
        for (PageView.Step s : journey.steps()) {
            String amount = null;
            for (PageView.Quantity q : s.quantities()) {
                amount = amount(q);
            }
            steps.add(new Step(s.time().substring(0, 10), lastWord(s.bizStep()), actorName.apply(s.actor()), amount, StepPlaces.of(s.place())));
        }
        return steps;
    }

    /** An amount and its unit, an absent member as empty text (as the tree this replaced read it). */
    private static String amount(PageView.Quantity q) {
        return orEmpty(q.amount()) + " " + orEmpty(q.uom());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<Certificate> certificates(PageView.Summary summary, Map<String, PageView.Validity> validity,
            UnaryOperator<String> actorName) {
        List<Certificate> out = new ArrayList<>();
        for (PageView.Claim c : summary.claims()) {
            PageView.Validity body = c.certificate() == null ? null : validity.get(c.certificate());
            out.add(new Certificate(c.claim(), c.standard(), actorName.apply(c.subject()), actorName.apply(c.issuer()), c.certificateId(),
                    body == null ? null : date(body.validFrom()), body == null ? null : date(body.validUntil()), c.validAtEvent(), status(c),
                    c.level()));
        }
        return out;
    }

    /**
     * The audit's word for the claim on this lot (message key {@code cert.status.*}): a suspension or withdrawal
     * of its certificate since the claim was made says so, even though the claim stays valid for the past;
     * null while query's audit has not folded the lot (at start, or a lot it does not know).
     */
    static String status(PageView.Claim claim) {
        for (PageView.Reason r : claim.reasons()) {
            if ("TAINTED_BY_WITHDRAWAL".equals(r.reason())) {
                return "withdrawn";
            }
            if ("TAINTED_BY_SUSPENSION".equals(r.reason())) {
                return "suspended";
            }
        }
        return claim.status();
    }

    /** An actor's display name as query gives it, else its id (the governance key, which has no actor record, among them). */
    static UnaryOperator<String> names(Map<String, String> actors) {
        return actor -> {
            String name = actor == null ? null : actors.get(actor);
            return name != null ? name : actor;
        };
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
