package io.trazo.web.site;

import io.trazo.web.page.LotPage;
import io.trazo.web.page.LotPage.Certificate;
import io.trazo.web.page.LotPage.Place;
import io.trazo.web.page.LotPage.Step;
import io.trazo.web.page.LotPage.Verification;

/**
 * The lot page's {@code <header>} and {@code <main>}, written straight into one buffer. This is what the Thymeleaf
 * template {@code lot.html} held until issue 18: its SpEL expressions were half of a cold page's render time, the
 * map's outlines most of the rest. The output is the template's, byte for byte ({@code LotHtmlTest} renders both);
 * the page's head and footer stay in the template.
 */
final class LotHtml {

    private LotHtml() {}

    /** @param map the map's SVG; {@code bundleHref} and {@code trustRootUrl} as the template had them */
    static void body(Html h, LotPage page, String map, String bundleHref, String trustRootUrl) {
        h.raw("<header>\n");
        if (!page.verification().ok()) {
            h.raw("<p class=\"status bad\" role=\"alert\">").text(h.msg("verify.failed.banner")).raw("</p>");
        }
        LotPage.Identity id = page.identity();
        String form = id.productForm() == null ? null : or(h.msgOrNull("form." + id.productForm()), id.productForm());
        h.raw("\n<h1>").text(form != null ? h.msg("identity.heading", form, id.roaster()) : h.msg("identity.heading.coffee", id.roaster()))
                .raw("</h1>\n</header>\n<main>\n<section aria-labelledby=\"identity\">\n<h2 id=\"identity\">").text(h.msg("identity.title"))
                .raw("</h2>\n<dl>\n");
        h.plainField("identity.product", form != null ? form : or(h.msgOrNull("step." + id.producedBy()), h.msg("not.recorded")));
        h.plainField("identity.roaster", or(id.roaster(), h.msg("not.recorded")));
        h.plainField("identity.lot", id.lot());
        h.plainField("identity.quantity", or(id.quantity(), h.msg("not.recorded")));
        h.field("identity.roastDate", id.roastDate()).raw("</dl>\n</section>\n\n");
        verification(h, page.verification(), bundleHref, trustRootUrl);
        producer(h, page.producer());
        price(h, page.price());
        h.raw("<section aria-labelledby=\"map-heading\">\n<h2 id=\"map-heading\">").text(h.msg("map.heading")).raw("</h2>\n<div>").raw(map)
                .raw("</div>\n").label("h3", "map.places").raw("\n");
        if (page.places().isEmpty()) {
            h.raw("<p class=\"none\">").text(h.msg("not.recorded")).raw("</p>");
        }
        h.raw("\n<ol>");
        for (Place pl : page.places()) {
            h.raw("<li><span>").text(pl.name()).raw("</span> (<span>").text(or(h.msgOrNull("place." + pl.function()), pl.function())).raw("</span>");
            if (pl.region() != null) {
                h.raw("<span>").text(", " + pl.region()).raw("</span>");
            }
            if (pl.country() != null) {
                h.raw("<span>").text(", " + pl.countryName(h.language)).raw("</span>");
            }
            h.raw(")");
            if (pl.lon() == null) {
                h.raw("<span>").text(" — " + h.msg("map.nocoordinates")).raw("</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ol>\n</section>\n\n");
        journey(h, page);
        certificates(h, page);
        h.raw("</main>");
    }

    private static void verification(Html h, Verification v, String bundleHref, String trustRootUrl) {
        h.raw("<section aria-labelledby=\"verification\">\n<h2 id=\"verification\">").text(h.msg("verify.title")).raw("</h2>\n<p class=\"")
                .raw(v.ok() ? "status ok" : "status bad").raw("\">")
                .text(v.ok() ? h.msg("verify.ok") : v.storeProblem() != null ? h.msg("verify.store", v.storeProblem()) : h.msg("verify.bad", v.failed()))
                .raw("</p>\n<p>").text(h.msg("verify.what", v.records(), v.signedEvents())).raw("</p>\n");
        if (v.checkpointTreeSize() > 0) {
            h.raw("<p>").text(h.msg("verify.checkpoint", v.checkpointTreeSize(), v.logged(), v.notYetLogged())).raw("</p>");
        }
        h.raw("\n");
        if (v.checkpointTreeSize() <= 0) {
            h.raw("<p>").text(h.msg("verify.nocheckpoint")).raw("</p>");
        }
        h.raw("\n<p>").text(v.witnesses().isEmpty() ? h.msg("verify.witnesses.none") : h.msg("verify.witnesses", String.join(", ", v.witnesses())))
                .raw("</p>\n<details>\n").label("summary", "verify.details").raw("\n").label("h3", "verify.signers").raw("\n<ul>");
        for (LotPage.Signer s : v.signers()) {
            h.raw("<li><span>").text(s.ok() ? h.msg("verify.mark.ok") : h.msg("verify.mark.bad")).raw("</span> <span>").text(s.name())
                    .raw("</span> <code>").text(s.keyId()).raw("</code></li>");
        }
        h.raw("</ul>\n").label("h3", "verify.events").raw("\n<ol>");
        for (LotPage.EventResult e : v.events()) {
            h.raw("<li><span>").text(e.ok() ? h.msg("verify.mark.ok") : h.msg("verify.mark.bad")).raw("</span> <code>")
                    .text(e.hash().substring(0, 16)).raw("</code> ");
            for (String f : e.findings()) {
                h.raw("<span>").text(f).raw("</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ol>\n").label("h3", "verify.yourself").raw("\n<p><a href=\"").text(bundleHref).raw("\" download=\"trazo-bundle.json\">")
                .text(h.msg("verify.bundle")).raw("</a></p>\n").label("p", "verify.cli").raw("\n<pre><code>").text(v.command()).raw("</code></pre>\n");
        if (trustRootUrl != null && !trustRootUrl.isBlank()) {
            h.raw("<p><a href=\"").text(trustRootUrl).raw("\">").text(h.msg("verify.trustroot")).raw("</a></p>");
        }
        h.raw("\n</details>\n</section>\n\n");
    }

    private static void producer(Html h, LotPage.Producer p) {
        h.raw("<section aria-labelledby=\"producer\">\n<h2 id=\"producer\">").text(h.msg("producer.title")).raw("</h2>\n<dl>\n");
        h.field("producer.name", p.name()).field("producer.farm", p.farm()).field("producer.municipality", p.municipality())
                .field("producer.department", p.department())
                .field("producer.altitude", p.altitudeM() == null ? null : h.msg("producer.metres", p.altitudeM()))
                .field("producer.variety", p.variety())
                .field("producer.process", p.process() == null ? null : or(h.msgOrNull("process." + p.process()), p.process()))
                .field("producer.harvest", p.harvestPeriod()).raw("</dl>\n</section>\n\n");
    }

    private static void price(Html h, LotPage.Price pr) {
        h.raw("<section aria-labelledby=\"price\">\n<h2 id=\"price\">").text(h.msg("price.title")).raw("</h2>\n");
        if (pr == null) {
            h.raw("<p class=\"none\">").text(h.msg("not.recorded")).raw("</p>\n");
        } else {
            h.raw("\n<dl>\n").plainField("price.amount", pr.amount() + " " + pr.currency()).plainField("price.unit", pr.unit())
                    .plainField("price.basis", or(h.msgOrNull("basis." + pr.basis()), pr.basis())).plainField("price.date", pr.date()).raw("</dl>");
        }
        h.raw("\n</section>\n\n");
    }

    private static void journey(Html h, LotPage page) {
        h.raw("<section aria-labelledby=\"journey\">\n<h2 id=\"journey\">").text(h.msg("journey.title")).raw("</h2>\n");
        if (page.journey().isEmpty()) {
            h.raw("<p class=\"none\">").text(h.msg("not.recorded")).raw("</p>");
        }
        h.raw("\n<ol>");
        for (Step st : page.journey()) {
            h.raw("<li><time datetime=\"").text(st.date()).raw("\">").text(st.date()).raw("</time> · <strong>")
                    .text(or(h.msgOrNull("step." + st.step()), st.step())).raw("</strong> · <span>").text(st.actor()).raw("</span>");
            if (st.quantity() != null) {
                h.raw("<span>").text(" · " + st.quantity()).raw("</span>");
            }
            if (st.place() != null) {
                h.raw("<span>").text(" · " + st.place().name() + ", " + st.place().region() + ", " + st.place().countryName(h.language)).raw("</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ol>\n</section>\n\n");
    }

    private static void certificates(Html h, LotPage page) {
        h.raw("<section aria-labelledby=\"certificates\">\n<h2 id=\"certificates\">").text(h.msg("cert.title")).raw("</h2>\n");
        if (page.certificates().isEmpty()) {
            // the template's whitespace around an iteration that has nothing to repeat
            h.raw("<p class=\"none\">").text(h.msg("not.recorded")).raw("</p>\n");
        }
        h.raw("\n");
        for (Certificate c : page.certificates()) {
            h.raw("<div>\n<h3>").text(or(h.msgOrNull("claim." + c.claim()), c.claim())).raw("</h3>\n<dl>\n");
            h.plainField("cert.scheme", c.standard()).plainField("cert.holder", c.holder()).plainField("cert.certifier", c.certifier())
                    .plainField("cert.number", c.number())
                    .plainField("cert.validity", c.validFrom() != null ? h.msg("cert.range", c.validFrom(), c.validUntil()) : h.msg("not.recorded"))
                    .plainField("cert.atEvent", h.msg(c.validAtEvent() ? "cert.atEvent.yes" : "cert.atEvent.no"))
                    .field("cert.status", c.status() == null ? null : or(h.msgOrNull("cert.status." + c.status()), c.status()))
                    .field("cert.level", c.level()).raw("</dl>\n</div>\n");
        }
        h.raw("</section>\n");
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
