package io.trazo.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered pages, kept gzip-compressed and weighed by their compressed bytes against one byte budget. A page
 * of the benchmark store's retail lots is tens of kilobytes of HTML that gzip shrinks several times over, so
 * the budget holds several times the pages it would hold as text: the popular set, not 2,000 of it (issue 18).
 * Browsers accept gzip and get the kept bytes as they are, with no compression per view; a client that does
 * not is sent them inflated, which costs far less than a render.
 *
 * @param <K> what a page depends on (lot, version, language)
 */
final class PageCache<K> {

    /**
     * Level 6, zlib's default: pages are compressed once per render and sent many times, over rural mobile
     * links, so a smaller page is worth more than the fraction of a millisecond level 1 would save.
     */
    private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;
    /** What an entry costs besides its bytes: the key's lot, head and evidence strings, and the cache's own node. */
    static final int ENTRY_OVERHEAD = 512;

    /** A page as kept (gzip), and its HTML when this call rendered it, so a fresh render is not inflated again. */
    record Page(byte[] gzip, byte[] freshHtml) {

        /** The cached bytes themselves, not a copy: they are written to responses and never changed. */
        byte[] gzipped() {
            return gzip;
        }

        byte[] html() {
            return freshHtml != null ? freshHtml : inflate(gzip);
        }
    }

    private final Cache<K, byte[]> pages;

    PageCache(long budgetBytes) {
        this.pages = Caffeine.newBuilder().maximumWeight(budgetBytes)
                .weigher((K key, byte[] gzip) -> gzip.length + ENTRY_OVERHEAD).build();
    }

    /** The page for {@code key}, rendered by {@code render} (UTF-8 HTML) when it is not kept; one render per key at a time. */
    Page get(K key, Supplier<byte[]> render) {
        byte[][] fresh = new byte[1][];
        byte[] gzip = pages.get(key, k -> {
            fresh[0] = render.get();
            return deflate(fresh[0]);
        });
        return new Page(gzip, fresh[0]);
    }

    /** Kept pages and their weight, after pending evictions: for tests and for sizing the budget. */
    long[] sizeAndWeight() {
        pages.cleanUp();
        long weight = pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return new long[] {pages.estimatedSize(), weight};
    }

    static byte[] deflate(byte[] html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(LEVEL);
            }
        }) {
            gz.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] inflate(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a kept page does not inflate", e);
        }
    }
}
