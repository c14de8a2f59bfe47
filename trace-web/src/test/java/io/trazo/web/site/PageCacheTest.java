package io.trazo.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    /** About 40 KB of page-like HTML, different per lot, as compressible as a real page's repeated markup. */
    private static byte[] page(int lot) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><h1>Lot R").append(lot).append("</h1><ol>");
        for (int i = 0; html.length() < 40_000; i++) {
            html.append("<li><code>").append(Integer.toHexString((lot * 7919 + i) * 104729)).append("</code> <span>✓ signature, key known,")
                    .append(" valid at the time, not revoked, role allowed</span></li>");
        }
        return html.append("</ol></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBudgetHoldsPagesByTheirCompressedBytesSoFarMoreThanTheirTextWouldFit() {
        PageCache<Integer> cache = new PageCache<>(200_000);
        for (int lot = 0; lot < 30; lot++) {
            int l = lot;
            cache.get(lot, () -> page(l));
        }
        long[] sizeAndWeight = cache.sizeAndWeight();
        assertThat(30 * page(0).length).as("as text, 30 pages would be over the budget several times").isGreaterThan(5 * 200_000);
        assertThat(sizeAndWeight[0]).as("pages kept").isEqualTo(30);
        assertThat(sizeAndWeight[1]).as("weight").isLessThanOrEqualTo(200_000);
    }

    @Test
    void pagesBeyondTheBudgetAreEvictedAndTheWeightStaysWithinIt() {
        PageCache<Integer> cache = new PageCache<>(50_000);
        for (int lot = 0; lot < 100; lot++) {
            int l = lot;
            cache.get(lot, () -> page(l));
        }
        long[] sizeAndWeight = cache.sizeAndWeight();
        assertThat(sizeAndWeight[0]).isPositive().isLessThan(100);
        assertThat(sizeAndWeight[1]).isLessThanOrEqualTo(50_000);
    }

    @Test
    void aPageIsRenderedOnceAndEveryHitInflatesToTheSameBytes() {
        PageCache<String> cache = new PageCache<>(1_000_000);
        AtomicInteger renders = new AtomicInteger();
        PageCache.Page first = cache.get("R1", () -> {
            renders.incrementAndGet();
            return page(1);
        });
        PageCache.Page hit = cache.get("R1", () -> {
            renders.incrementAndGet();
            return page(1);
        });
        assertThat(renders).hasValue(1);
        assertThat(first.html()).as("the render's own bytes").isEqualTo(page(1));
        assertThat(hit.html()).as("inflated from the kept gzip").isEqualTo(page(1));
        assertThat(hit.gzipped()).isSameAs(first.gzipped());
        assertThat(PageCache.inflate(hit.gzipped())).isEqualTo(page(1));
        assertThat(hit.gzipped().length).isLessThan(page(1).length / 4);
    }

    @Test
    void gzipIsAcceptedUnlessRefusedByAZeroWeight() {
        assertThat(Encodings.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(Encodings.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Encodings.acceptsGzip("*")).isTrue();
        assertThat(Encodings.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Encodings.acceptsGzip("br, identity")).isFalse();
        assertThat(Encodings.acceptsGzip(null)).isFalse();
    }
}
