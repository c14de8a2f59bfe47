package io.trazo.web.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    /** Named so that Spring MVC and Thymeleaf use it too. */
    @Bean
    LocaleResolver localeResolver() {
        return new Languages();
    }
}
