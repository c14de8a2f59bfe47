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
 * Rendered lot pages, cached per lot head and language. A lot's page depends only on its upstream
 * history, which ends at its head, so while the head is the same the page is: a new record on the lot
 * moves the head and the next view renders afresh. Each view costs one exact-key head read in query.
 * (Registry changes, e.g. a revoked key, also change verification without moving the head: those pages
 * stay until evicted or the process restarts; see the README of this module.)
 */
@Component
public class Pages {

    /** A rendered page and the head it was rendered at, which is also its ETag. */
    record Rendered(String head, String html) {}

    private record Key(String lot, String head, Locale language) {}

    private final QueryClient query;
    private final LotPageBuilder builder;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final WebProperties properties;
    private final Cache<Key, String> rendered;

    Pages(QueryClient query, LotPageBuilder builder, ITemplateEngine templates, MessageSource messages, WebProperties properties) {
        this.query = query;
        this.builder = builder;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
        this.rendered = Caffeine.newBuilder().maximumSize(properties.cachedPages()).build();
    }

    Rendered lot(String lot, String label, String selfPath, Locale language) {
        String head = query.head(lot).orElseThrow(() -> new LotNotFoundException(lot));
        String html = rendered.get(new Key(lot, head, language), k -> render(builder.build(lot, label), selfPath, language));
        return new Rendered(head, html);
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
