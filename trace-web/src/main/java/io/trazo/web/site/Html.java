package io.trazo.web.site;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;

/**
 * One page being written, in one language: markup as given, text escaped as Thymeleaf's {@code th:text} escapes it
 * (unbescape's HTML4/XML level-1 escape, which Thymeleaf itself calls), and messages from the bundles. A message
 * without arguments is looked up once per language and kept: most of a page's text is such labels.
 */
final class Html {

    /** Messages without arguments, per language; a key that does not exist is a {@code NoSuchMessageException}, as in a template. */
    static final class Messages {

        private final MessageSource source;
        private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();
        private final Map<Locale, Map<String, Optional<String>>> optional = new ConcurrentHashMap<>();

        Messages(MessageSource source) {
            this.source = source;
        }

        String get(String key, Locale language) {
            return plain.computeIfAbsent(language, l -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> source.getMessage(k, null, language));
        }

        /** Thymeleaf's {@code #messages.msgOrNull}. */
        String orNull(String key, Locale language) {
            return optional.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> Optional.ofNullable(source.getMessage(k, null, null, language))).orElse(null);
        }

        String format(String key, Locale language, Object... args) {
            return source.getMessage(key, args, language);
        }
    }

    private final StringBuilder out;
    private final Messages messages;
    final Locale language;

    Html(StringBuilder out, Messages messages, Locale language) {
        this.out = out;
        this.messages = messages;
        this.language = language;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text or an attribute value, escaped; null writes nothing, as {@code th:text} does. */
    Html text(String text) {
        if (text != null) {
            out.append(HtmlEscape.escapeHtml4Xml(text));
        }
        return this;
    }

    String msg(String key) {
        return messages.get(key, language);
    }

    String msgOrNull(String key) {
        return messages.orNull(key, language);
    }

    String msg(String key, Object... args) {
        return messages.format(key, language, args);
    }

    /** {@code <tag>label</tag>} for a message label. */
    Html label(String tag, String key) {
        return raw("<" + tag + ">").text(msg(key)).raw("</" + tag + ">");
    }

    /** {@code <dt>label</dt><dd>value</dd>}, the value "not recorded" (class {@code none}) when null. */
    Html field(String labelKey, String value) {
        label("dt", labelKey);
        return value == null ? raw("<dd class=\"none\">").text(msg("not.recorded")).raw("</dd>\n") : raw("<dd>").text(value).raw("</dd>\n");
    }

    /** {@code <dt>label</dt><dd>value</dd>}, with no class whatever the value. */
    Html plainField(String labelKey, String value) {
        return label("dt", labelKey).raw("<dd>").text(value).raw("</dd>\n");
    }
}
