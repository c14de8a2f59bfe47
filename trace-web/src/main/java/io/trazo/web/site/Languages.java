package io.trazo.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The page's language: {@code ?lang=es|en} when given (a shared link keeps its language), else the best
 * match for {@code Accept-Language}, else English. Stateless, so pages stay cacheable: no cookie, no session.
 */
public final class Languages implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    public Languages() {
        header.setSupportedLocales(SUPPORTED);
        header.setDefaultLocale(Locale.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equalsIgnoreCase(lang)) {
                    return l;
                }
            }
        }
        Locale fromHeader = header.resolveLocale(request);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(fromHeader.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language comes from the request: ?lang= or Accept-Language");
    }
}
