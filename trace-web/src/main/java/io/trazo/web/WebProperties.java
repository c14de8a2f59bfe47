package io.trazo.web;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The page's configuration ({@code trazo.web.*}). Nothing here is secret: the page holds no database
 * credentials and no signing key, only where query-service answers and what to print for buyers.
 *
 * @param queryUrl query-service's base URL, the page's only source of data
 * @param publicUrl the base URL printed in QR codes and links (the address buyers reach)
 * @param trustRootUrl where the governance public keys for {@code trazo verify-bundle --trust-root} are published
 * @param logKey the transparency log's verifier key for {@code --log-key}, if it is published
 * @param pageCache the bytes of rendered pages kept, gzip-compressed, each keyed by lot, lot version and language
 */
@Validated
@ConfigurationProperties("trazo.web")
public record WebProperties(@NotNull URI queryUrl, @NotNull URI publicUrl, String trustRootUrl, String logKey, @NotNull DataSize pageCache) {}
