package io.trazo.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unbescape.html.HtmlEscape;

/**
 * The lot page around its body: the {@code lot} template's head and footer, processed by Thymeleaf once per language
 * with a marker where the title, the page's own path and the body go, and kept as the text between the markers. A
 * page is then that text with its title and path escaped as {@code th:text} and {@code th:href} escape them (unbescape's
 * HTML4/XML level-1 escape, per character, so escaping the parts is escaping the whole) and its body as it is. Processing
 * the template per page (fragment insertion, SpEL, message look-ups) was a tenth of trace-web's CPU for a never-seen page
 * (JFR, issue 18); the bytes are the template's (LotHtmlTest compares whole pages with the reference template).
 */
final class Shell {

    private enum Slot { TITLE, SELF, BODY }

    /** Text of the processed template, then what goes after it (null after the last piece). */
    private record Piece(String text, Slot then) {}

    /** Letters and a digit, which the escapes leave as they are. */
    private static final String MARK = "trazoShellSlot";

    private final ITemplateEngine templates;
    private final Map<Locale, List<Piece>> byLanguage = new ConcurrentHashMap<>();

    Shell(ITemplateEngine templates) {
        this.templates = templates;
    }

    void write(StringBuilder out, Locale language, String title, String selfPath, CharSequence body) {
        for (Piece p : byLanguage.computeIfAbsent(language, this::pieces)) {
            out.append(p.text());
            if (p.then() == Slot.TITLE) {
                out.append(HtmlEscape.escapeHtml4Xml(title));
            } else if (p.then() == Slot.SELF) {
                out.append(HtmlEscape.escapeHtml4Xml(selfPath));
            } else if (p.then() == Slot.BODY) {
                out.append(body);
            }
        }
    }

    private List<Piece> pieces(Locale language) {
        Context context = new Context(language);
        context.setVariable("lang", language.getLanguage());
        for (Slot slot : Slot.values()) {
            context.setVariable(slot.name().toLowerCase(Locale.ROOT), MARK + slot.ordinal());
        }
        String page = templates.process("lot", context);
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int at = page.indexOf(MARK); at >= 0; at = page.indexOf(MARK, from)) {
            int digit = at + MARK.length();
            pieces.add(new Piece(page.substring(from, at), Slot.values()[page.charAt(digit) - '0']));
            from = digit + 1;
        }
        pieces.add(new Piece(page.substring(from), null));
        return List.copyOf(pieces);
    }
}
