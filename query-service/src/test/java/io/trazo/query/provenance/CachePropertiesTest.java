package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The memo sizes bind from configuration and a size that cannot be right stops the service from starting. */
class CachePropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).withUserConfiguration(Enabled.class);

    @Test
    void bothMemoSizesBindFromConfiguration() {
        runner.withPropertyValues("trazo.query.cache.parsed-records=0", "trazo.query.cache.verified-signatures=7")
                .run(context -> assertThat(context.getBean(CacheProperties.class)).isEqualTo(new CacheProperties(0, 7)));
    }

    @Test
    void aNegativeOrMissingSignatureMemoIsRefusedAtStartUp() {
        runner.withPropertyValues("trazo.query.cache.parsed-records=-1", "trazo.query.cache.verified-signatures=7")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("trazo.query.cache.parsed-records=10")
                .run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CacheProperties.class)
    static class Enabled {}
}
