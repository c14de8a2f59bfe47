package io.trazo.query.provenance;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ledger.crypto.VerifiedSignatures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one memo of Ed25519 successes of the service: {@link VerifyAhead} fills it and every verification
 * ({@link Provenance}: traces' verifications, pages, bundles) reads it, so two instances would each pay
 * for the same signatures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerifyAheadProperties.class)
class SignatureMemo {

    @Bean
    VerifiedSignatures verifiedSignatures(CacheProperties caches, MeterRegistry meters) {
        VerifiedSignatures memo = new VerifiedSignatures(caches.verifiedSignatures());
        Gauge.builder("trazo.query.signatures.memo", memo, VerifiedSignatures::size)
                .description("Ed25519 successes remembered (trazo.query.cache.verified-signatures bounds it)").register(meters);
        FunctionCounter.builder("trazo.query.signatures.memo.hits", memo, VerifiedSignatures::hits)
                .description("signature checks answered from the memo").register(meters);
        FunctionCounter.builder("trazo.query.signatures.memo.misses", memo, VerifiedSignatures::misses)
                .description("signature checks that ran Ed25519, by verify-ahead or by a request").register(meters);
        return memo;
    }
}
