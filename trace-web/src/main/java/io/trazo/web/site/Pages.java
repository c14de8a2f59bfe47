package io.trazo.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.trazo.web.WebProperties;
import io.trazo.web.map.MapSvg;
import io.trazo.web.page.LotPage;
import io.trazo.web.page.LotPageBuilder;
import io.trazo.web.query.LotNotFoundException;
import io.trazo.web.query.QueryClient;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;

/**
 * Rendered lot pages, cached per lot version and language. A lot's page depends on its upstream history,
 * which ends at its head, and on what later records say about that history: a revoked signer key, a
 * suspended, withdrawn or reinstated certificate, a delegation. A new record on the lot moves the head, the
 * others move query's evidence version, and either way the next view renders afresh. Each view costs one
 * call to query's {@code /lots/{lot}/head}.
 */
@Component
public class Pages {

    /**
     * A rendered page, as the UTF-8 bytes sent, and the lot version it was rendered at, which is also its ETag. Cached
     * as bytes: a page's text has characters outside Latin-1 (✓, ·), so a Java String holds it in UTF-16, twice the
     * UTF-8 size (a demo page: 76 KB as a String, 38 KB as bytes), and bytes need no encoding per view.
     */
    static final class Rendered {

        private final QueryClient.LotVersion version;
        private final byte[] html;

        Rendered(QueryClient.LotVersion version, byte[] html) {
            this.version = version;
            this.html = html;
        }

        /** The cached bytes themselves, not a copy: they are written to the response and never changed. */
        byte[] html() {
            return html;
        }

        String etag(Locale language) {
            return version.head() + "-" + version.evidence() + "-" + language.getLanguage();
        }
    }

    private record Key(String lot, QueryClient.LotVersion version, Locale language) {}

    private final QueryClient query;
    private final LotPageBuilder builder;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final WebProperties properties;
    private final Cache<Key, byte[]> rendered;

    Pages(QueryClient query, LotPageBuilder builder, ITemplateEngine templates, MessageSource messages, WebProperties properties) {
        this.query = query;
        this.builder = builder;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
        this.rendered = Caffeine.newBuilder().maximumSize(properties.cachedPages()).build();
    }

    Rendered lot(String lot, String label, String selfPath, Locale language) {
        QueryClient.LotVersion version = query.version(lot).orElseThrow(() -> new LotNotFoundException(lot));
        byte[] html = rendered.get(new Key(lot, version, language),
                k -> render(builder.build(lot, label), selfPath, language).getBytes(StandardCharsets.UTF_8));
        return new Rendered(version, html);
    }

    /** Public for the template tests, which render pages the demo cannot produce (a failed verification). */
    public String render(LotPage page, String selfPath, Locale language) {
        Context context = new Context(language);
        context.setVariable("page", page);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("self", selfPath);
        context.setVariable("bundleHref", "/bundle?lot=" + UriUtils.encodeQueryParam(page.lot(), StandardCharsets.UTF_8));
        context.setVariable("trustRootUrl", properties.trustRootUrl());
        context.setVariable("map", MapSvg.render(page.places(), messages.getMessage("map.title", null, language)));
        return templates.process("lot", context);
    }

    String notFound(Locale language, String what) {
        Context context = new Context(language);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("what", what);
        return templates.process("not-found", context);
    }

    String unavailable(Locale language) {
        Context context = new Context(language);
        context.setVariable("lang", language.getLanguage());
        return templates.process("unavailable", context);
    }
}
