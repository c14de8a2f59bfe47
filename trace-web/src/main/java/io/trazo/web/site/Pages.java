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
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * Rendered lot pages, cached per lot version and language. A lot's page depends on its upstream history,
 * which ends at its head, and on what later records say about that history: a revoked signer key, a
 * suspended, withdrawn or reinstated certificate, a delegation. A new record on the lot moves the head, the
 * others move query's evidence version, and either way the next view renders afresh. Each view of a lot with a kept
 * page costs one call to query's {@code /lots/{lot}/head}; a lot with none is asked for its page view alone, which
 * carries the version it was taken at (a head call there is a second walk of the lot's evidence, about as dear as the
 * view itself). Pages are kept gzip-compressed within a byte budget ({@link PageCache}).
 */
@Component
public class Pages {

    /**
     * A rendered page as sent: gzip when the client takes it, else the HTML's UTF-8 bytes, and the lot version it was
     * rendered at, which with the language and the coding is its ETag (a strong ETag names one representation).
     */
    static final class Rendered {

        private final QueryClient.LotVersion version;
        private final byte[] body;
        private final boolean gzip;

        Rendered(QueryClient.LotVersion version, byte[] body, boolean gzip) {
            this.version = version;
            this.body = body;
            this.gzip = gzip;
        }

        /** The cached bytes themselves when gzip, not a copy: they are written to the response and never changed. */
        byte[] body() {
            return body;
        }

        boolean gzip() {
            return gzip;
        }

        String etag(Locale language) {
            return version.head() + "-" + version.evidence() + "-" + language.getLanguage() + (gzip ? "-gzip" : "");
        }
    }

    private record Key(String lot, QueryClient.LotVersion version, Locale language) {}

    private final QueryClient query;
    private final LotPageBuilder builder;
    private final ITemplateEngine templates;
    private final Html.Messages html;
    private final WebProperties properties;
    private final PageCache<Key> rendered;
    /**
     * The version each lot was last rendered at: a lot missing here has no page kept, so its first view needs no head
     * call. A lot here whose page was evicted is asked its head as before. Bounded like the label memo; a few hundred
     * bytes a lot.
     */
    private final Cache<String, QueryClient.LotVersion> renderedLots = Caffeine.newBuilder().maximumSize(1 << 17).build();

    Pages(QueryClient query, LotPageBuilder builder, ITemplateEngine templates, MessageSource messages, WebProperties properties) {
        this.query = query;
        this.builder = builder;
        this.templates = templates;
        this.html = new Html.Messages(messages);
        this.properties = properties;
        this.rendered = new PageCache<>(properties.pageCache().toBytes());
    }

    Rendered lot(String lot, String label, String selfPath, Locale language, boolean gzip) {
        JsonNode view = null;
        Optional<QueryClient.LotVersion> version = Optional.empty();
        if (renderedLots.getIfPresent(lot) == null) {
            view = query.page(lot);
            version = QueryClient.versionOf(view);
        }
        if (version.isEmpty()) {
            version = query.version(lot);
        }
        QueryClient.LotVersion at = version.orElseThrow(() -> new LotNotFoundException(lot));
        JsonNode had = view;
        PageCache.Page page = rendered.get(new Key(lot, at, language), () -> render(
                had != null ? builder.build(had, lot, label) : builder.build(lot, label), selfPath, language).getBytes(StandardCharsets.UTF_8));
        renderedLots.put(lot, at);
        return new Rendered(at, gzip ? page.gzipped() : page.html(), gzip);
    }

    /**
     * The page's HTML: its body written by {@link LotHtml} into one buffer, inside the template's head and footer.
     * Public for the template tests, which render pages the demo cannot produce (a failed verification).
     */
    public String render(LotPage page, String selfPath, Locale language) {
        StringBuilder body = new StringBuilder(40_000);
        LotHtml.body(new Html(body, html, language), page, MapSvg.render(page.places(), html.get("map.title", language)),
                "/bundle?lot=" + UriUtils.encodeQueryParam(page.lot(), StandardCharsets.UTF_8), properties.trustRootUrl());
        Context context = new Context(language);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("self", selfPath);
        context.setVariable("title", page.identity().roaster() + " · " + page.label());
        context.setVariable("body", body);
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
