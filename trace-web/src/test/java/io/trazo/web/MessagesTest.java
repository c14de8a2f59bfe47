package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a buyer reads comes from the message bundles, in both languages: the bundles have the same
 * keys, every key a template names exists, and no template holds text of its own. (Keys built at run
 * time, like {@code step.*}, fall back to the raw value; the rendered pages are checked for
 * Thymeleaf's missing-key marker in {@link LotPageIntegrationTests}.)
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern STYLE = Pattern.compile("(?s)<style>.*?</style>");
    private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    /** MessageFormat reads a lone apostrophe as a quote: "{0}" after one would be printed, not filled in. */
    @Test
    void everyApostropheIsDoubledForMessageFormat() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_es.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).replace("''", "")).as(bundle + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        for (Path t : templates()) {
            Matcher m = KEY.matcher(Files.readString(t));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    /** The lot page's body is written in Java ({@code LotHtml}): each whole key it names must exist as a template's would. */
    @Test
    void everyKeyTheLotPagesWriterNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Matcher m = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"").matcher(Files.readString(Path.of("src/main/java/io/trazo/web/site/LotHtml.java")));
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(keys).containsAll(named);
    }

    @Test
    void noTemplateHoldsTextOfItsOwn() throws IOException {
        for (Path t : templates()) {
            String text = TAG.matcher(STYLE.matcher(Files.readString(t)).replaceAll("")).replaceAll("\n");
            for (String piece : text.split("\n")) {
                assertThat(LETTER.matcher(piece).find()).as("hard-coded text in %s: \"%s\"", t.getFileName(), piece.strip()).isFalse();
            }
        }
    }

    private static Stream<Path> templateStream() throws IOException {
        return Files.list(TEMPLATES).filter(p -> p.toString().endsWith(".html"));
    }

    private static Iterable<Path> templates() throws IOException {
        try (Stream<Path> s = templateStream()) {
            return s.toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
