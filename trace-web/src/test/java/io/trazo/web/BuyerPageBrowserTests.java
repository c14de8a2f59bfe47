package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The budgets, in a real browser on the demo's retail lot: measured with Navigation and Resource
 * Timing, checked with axe-core for WCAG 2.2 AA, at 320 px for horizontal scroll, with JavaScript off for
 * content; screenshots under {@code target/screenshots} for a reviewer.
 */
@TraceWebTest
class BuyerPageBrowserTests {

    private static final long MAX_BYTES = 60 * 1024;
    private static final int MAX_REQUESTS = 6;
    private static ChromeDriver browser;

    @DynamicPropertySource
    static void query(DynamicPropertyRegistry registry) {
        registry.add("trazo.web.query-url", QueryStack::url);
    }

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    static void start() {
        if (Chromium.installed()) {
            browser = Chromium.start(true);
        }
    }

    /** Per test, so that a skip is counted and reported for each (a class-level one shows as 0 tests run). */
    @BeforeEach
    void requireChromium() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String page(String lang) {
        return "http://127.0.0.1:" + port + LotPageIntegrationTests.RETAIL_PAGE + "?lang=" + lang;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    @SuppressWarnings("unchecked")
    void theFirstViewStaysWithinSixtyKilobytesAndSixRequestsAllToItsOwnHost(String lang) {
        // a URL this browser has never seen: a first view, not a revalidation of a cached copy (ETag, 304)
        browser.get(page(lang) + "&first=" + System.nanoTime());
        Map<String, Object> nav = (Map<String, Object>) browser.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return {bytes: n.transferSize, name: n.name};");
        List<Map<String, Object>> resources = (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(r => ({bytes: r.transferSize, name: r.name}));");
        long bytes = ((Number) nav.get("bytes")).longValue() + resources.stream().mapToLong(r -> ((Number) r.get("bytes")).longValue()).sum();
        System.out.printf("buyer page (%s): %d bytes transferred in %d requests%n", lang, bytes, 1 + resources.size());
        assertThat(bytes).isPositive().isLessThanOrEqualTo(MAX_BYTES);
        assertThat(1 + resources.size()).isLessThanOrEqualTo(MAX_REQUESTS);
        for (Map<String, Object> r : resources) {
            assertThat(URI.create((String) r.get("name")).getAuthority()).isEqualTo("127.0.0.1:" + port);
        }
        assertThat(browser.getPageSource()).doesNotContain("<script");
    }

    @Test
    void everySectionReadsWithJavaScriptOff() {
        ChromeDriver noScript = Chromium.start(false);
        try {
            noScript.get(page("es"));
            String text = noScript.findElement(org.openqa.selenium.By.tagName("body")).getText();
            assertThat(text).contains("Este café", "Verificado", "El productor", "Precio pagado al productor", "De dónde viene",
                    "El recorrido", "Certificados y declaraciones");
        } finally {
            noScript.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    @SuppressWarnings("unchecked")
    void axeFindsNoWcag22AaViolations(String lang) throws IOException {
        browser.get(page(lang));
        browser.executeScript(axe());
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' '))}))"
                        + ".catch(e => done({violations: ['axe failed: ' + e]}));");
        assertThat((List<String>) result.get("violations")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void nothingScrollsSidewaysAt320PixelsAndScreenshotsAreKept(String lang) throws IOException {
        browser.manage().window().setSize(new Dimension(320, 800));
        browser.get(page(lang));
        Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(page(lang));
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, Math.min(8000, height.intValue() + 100)));
            Files.write(dir.resolve("lot-" + lang + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String axe() throws IOException {
        try (InputStream in = BuyerPageBrowserTests.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
