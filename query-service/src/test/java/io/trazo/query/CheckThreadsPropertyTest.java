package io.trazo.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code trazo.query.check-threads} binds, 0 means one per processor, and a count that cannot be right stops the start. */
class CheckThreadsPropertyTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).withUserConfiguration(Enabled.class)
            .withPropertyValues("trazo.query.database=trazo", "trazo.query.trust-root=I5RWRYknlrSTlT-RjftjhzIVbMWN1lRA1ogaVhowat4",
                    "trazo.query.max-trace-records=100", "trazo.query.max-page-size=50", "trazo.query.event-scan-limit=1000");

    @Test
    void anExplicitCountIsTakenAsIsAndZeroMeansOnePerProcessor() {
        runner.withPropertyValues("trazo.query.check-threads=2")
                .run(context -> assertThat(context.getBean(QueryProperties.class).checkWays()).isEqualTo(2));
        runner.withPropertyValues("trazo.query.check-threads=0").run(context -> assertThat(
                context.getBean(QueryProperties.class).checkWays()).isEqualTo(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aNegativeOrHugeCountIsRefusedAtStartUp() {
        runner.withPropertyValues("trazo.query.check-threads=-1").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("trazo.query.check-threads=65").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QueryProperties.class)
    static class Enabled {}
}
