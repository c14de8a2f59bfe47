package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.web.map.MapSvg;
import io.trazo.web.page.LotPage;
import io.trazo.web.page.LotPageBuilder;
import io.trazo.web.site.Pages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The lot page's body is written in Java since issue 18; the Thymeleaf template it replaced is kept here, as a
 * test resource ({@code templates/lot-reference.html}), and both must write the same bytes: for the demo's lots,
 * and for a page with what the demo lacks (a failed check, a price, witnesses, places without coordinates).
 */
@TraceWebTest
class LotHtmlTest {

    @DynamicPropertySource
    static void query(DynamicPropertyRegistry registry) {
        registry.add("trazo.web.query-url", QueryStack::url);
        registry.add("trazo.web.trust-root-url", () -> "https://keys.example/trust-root.txt?v=1&a=\"b\"");
    }

    @Autowired
    Pages pages;
    @Autowired
    LotPageBuilder builder;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    MessageSource messages;
    @Autowired
    WebProperties properties;

    static Stream<Arguments> demoLots() {
        return Stream.of("en", "es").flatMap(lang -> Stream.of(CoffeeJourney.RETAIL, CoffeeJourney.ROASTED, CoffeeJourney.CHERRY_ORGANIC,
                CoffeeJourney.GREEN_BAG_1, CoffeeJourney.CONTAINER).map(lot -> Arguments.of(lot, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("demoLots")
    void theDemosPagesAreWhatTheTemplateWrote(String lot, String lang) {
        same(builder.build(lot, lot.substring(lot.lastIndexOf(':') + 1)), "/lot/" + lot, Locale.forLanguageTag(lang));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aPageWithWhatTheDemoLacksIsWhatTheTemplateWrote(String lang) {
        LotPage.Verification failed = new LotPage.Verification(false, null, 12, 9, 2, 0, 0, 0, List.of("witness.example <1>", "w2"),
                List.of(new LotPage.Signer("urn:a", "A & B's", "ed25519:00", false)),
                List.of(new LotPage.EventResult("event", "0123456789abcdef0123", false, List.of("SIGNATURE", "KEY_UNKNOWN"))), "cmd \"x\"");
        List<LotPage.Place> places = List.of(new LotPage.Place("Bodega <1>", "warehouse", null, null, null),
                new LotPage.Place("Puerto", "port", "Buenaventura, Valle", "CO", -77.03, 3.88), new LotPage.Place("Roastery", "mystery", null, "US", -122.6, 45.5));
        LotPage page = new LotPage("urn:trazo:lot:x:y&z", "00", "x:y&z", new LotPage.Identity("green", null, null, "x:y&z", "2026-04-01", "10 KGM"),
                failed, new LotPage.Producer("Ana", "La Cumbre", "Villamaría", "Caldas", "1850", "Castillo", "washed", "2026-01/2026-03"),
                new LotPage.Price("2.10", "USD", "KGM", "farmgate", "2026-03-02"), places,
                List.of(new LotPage.Step("2026-03-01", "harvesting", "Ana", null, null), new LotPage.Step("2026-03-02", "shipping", null, "1 KGM", places.get(1))),
                List.of(new LotPage.Certificate("organic", null, "H", "C", "N-1", null, null, false, "withdrawn", "IP")));
        same(page, "/lot/urn:trazo:lot:x:y%26z", Locale.forLanguageTag(lang));
        LotPage.Verification store = new LotPage.Verification(false, "record-hash", 0, 0, 0, 5, 5, 0, List.of(), List.of(), List.of(), "cmd");
        same(new LotPage("urn:trazo:lot:e", "00", "e", new LotPage.Identity("mystery", "packing", "R", "e", null, null), store,
                new LotPage.Producer(null, null, null, null, null, null, "unheard", null), null, List.of(), List.of(), List.of()), "/lot/e",
                Locale.forLanguageTag(lang));
    }

    static Stream<String> languages() {
        return Stream.of("en", "es");
    }

    private void same(LotPage page, String self, Locale language) {
        Context context = new Context(language);
        context.setVariable("page", page);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("self", self);
        context.setVariable("bundleHref", "/bundle?lot=" + UriUtils.encodeQueryParam(page.lot(), StandardCharsets.UTF_8));
        context.setVariable("trustRootUrl", properties.trustRootUrl());
        context.setVariable("map", MapSvg.render(page.places(), messages.getMessage("map.title", null, language)));
        assertThat(pages.render(page, self, language)).isEqualTo(templates.process("lot-reference", context));
    }
}
