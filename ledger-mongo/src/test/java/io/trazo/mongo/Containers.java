package io.trazo.mongo;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.containers.GenericContainer;

/** Starts a container, or skips the test with the reason when the image cannot be pulled or started. */
public final class Containers {

    private Containers() {}

    public static <C extends GenericContainer<?>> C startOrSkip(C container) {
        try {
            container.start();
            return container;
        } catch (RuntimeException e) {
            Assumptions.abort("container " + container.getDockerImageName() + " is unavailable here: " + e.getMessage());
            throw e;
        }
    }
}
