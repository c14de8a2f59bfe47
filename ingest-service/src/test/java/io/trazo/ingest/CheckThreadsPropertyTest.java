package io.trazo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code trazo.check-threads} binds, 0 means one per processor, and a count that cannot be right stops the start. */
class CheckThreadsPropertyTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).withUserConfiguration(Enabled.class)
            .withPropertyValues("trazo.bootstrap=127.0.0.1:9092", "trazo.mongo-uri=mongodb://127.0.0.1:27017/trazo",
                    "trazo.trust-root=I5RWRYknlrSTlT-RjftjhzIVbMWN1lRA1ogaVhowat4");

    @Test
    void anExplicitCountIsTakenAsIs() {
        runner.withPropertyValues("trazo.check-threads=3")
                .run(context -> assertThat(context.getBean(IngestProperties.class).checkWays()).isEqualTo(3));
    }

    @Test
    void zeroAndTheDefaultMeanOnePerProcessor() {
        int processors = Runtime.getRuntime().availableProcessors();
        runner.run(context -> assertThat(context.getBean(IngestProperties.class).checkWays()).isEqualTo(processors));
        runner.withPropertyValues("trazo.check-threads=0")
                .run(context -> assertThat(context.getBean(IngestProperties.class).checkWays()).isEqualTo(processors));
    }

    @Test
    void aNegativeOrHugeCountIsRefusedAtStartUp() {
        runner.withPropertyValues("trazo.check-threads=-1").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("trazo.check-threads=65").run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Enabled {}
}
