package io.trazo.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The buyer's page. Its configuration file is {@code trace-web.properties}, so that it never shadows another service's. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TraceWebApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(TraceWebApplication.class).properties("spring.config.name=trace-web").run(args);
    }
}
