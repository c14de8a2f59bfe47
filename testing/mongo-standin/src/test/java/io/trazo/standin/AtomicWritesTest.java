package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single-document write is atomic on MongoDB, to writers and readers alike: concurrent {@code $inc}
 * draws through {@code findAndModify} never return the same value, and a reader never sees half of an
 * update. Each case runs many threads, each on its own connection, against both stand-in backends.
 */
class AtomicWritesTest {

    private static final int THREADS = 8;
    private static final int DRAWS = 250;
    private static final int FIELDS = 200;

    @TempDir
    Path dir;

    @RepeatedTest(5)
    void concurrentIncrementsOnTheMemoryBackendNeverDrawTheSameValue() {
        withCollection(new IdFirstMemoryBackend(), AtomicWritesTest::drawsAreDistinct);
    }

    @RepeatedTest(5)
    void concurrentIncrementsOnTheH2BackendNeverDrawTheSameValue() {
        withCollection(new StandInH2Backend(dir.resolve("h2").toString()), AtomicWritesTest::drawsAreDistinct);
    }

    /** The collections of a reopened file are opened by the H2 backend's constructor, through the atomic database too. */
    @Test
    void aReopenedH2FileKeepsItsDrawsAtomic() {
        String file = dir.resolve("reopened").toString();
        withCollection(new StandInH2Backend(file), counters -> counters.insertOne(new Document("_id", "kept").append("value", 0L)));
        withCollection(new StandInH2Backend(file), counters -> {
            assertThat(counters.find(Filters.eq("_id", "kept")).first()).as("the file was reopened").isNotNull();
            drawsAreDistinct(counters);
        });
    }

    @RepeatedTest(5)
    void aReaderOnTheMemoryBackendNeverSeesHalfAnUpdate() {
        withCollection(new IdFirstMemoryBackend(), AtomicWritesTest::readsAreWhole);
    }

    @RepeatedTest(5)
    void aReaderOnTheH2BackendNeverSeesHalfAnUpdate() {
        withCollection(new StandInH2Backend(dir.resolve("h2").toString()), AtomicWritesTest::readsAreWhole);
    }

    private static void drawsAreDistinct(MongoCollection<Document> counters) {
        counters.replaceOne(Filters.eq("_id", "position"), new Document("value", 0L), new ReplaceOptions().upsert(true));
        List<Long> drawn = concurrently(THREADS, thread -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < DRAWS; i++) {
                Document after = counters.findOneAndUpdate(Filters.eq("_id", "position"), Updates.inc("value", 1L),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                mine.add(after.getLong("value"));
            }
            return mine;
        });
        assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS * DRAWS).boxed().toList());
    }

    /**
     * Half the threads add one to every field of one document at once; the other half read it, and must
     * see every field equal. Many fields make the time a torn read can happen in long enough to hit.
     */
    private static void readsAreWhole(MongoCollection<Document> wide) {
        Document start = new Document("_id", "wide");
        List<Bson> increments = new ArrayList<>();
        for (int f = 0; f < FIELDS; f++) {
            start.append("f" + f, 0L);
            increments.add(Updates.inc("f" + f, 1L));
        }
        wide.insertOne(start);
        Bson everyField = Updates.combine(increments);
        List<Set<Object>> torn = concurrently(THREADS, thread -> {
            List<Set<Object>> seen = new ArrayList<>();
            for (int i = 0; i < DRAWS; i++) {
                if (thread % 2 == 0) {
                    wide.updateOne(Filters.eq("_id", "wide"), everyField);
                } else {
                    Document d = wide.find(Filters.eq("_id", "wide")).first();
                    Set<Object> values = new HashSet<>(d.values());
                    values.remove("wide");
                    if (values.size() != 1) {
                        seen.add(values);
                    }
                }
            }
            return seen;
        });
        assertThat(torn).as("documents whose fields readers saw at different versions").isEmpty();
        assertThat(new HashSet<>(wide.find().first().values())).containsExactlyInAnyOrder("wide", (long) THREADS / 2 * DRAWS);
    }

    /** Runs {@code task} on {@code threads} threads that start together, with each thread's number; all they return. */
    private static <T> List<T> concurrently(int threads, IntFunction<List<T>> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(thread);
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void withCollection(MongoBackend backend, Consumer<MongoCollection<Document>> test) {
        MongoServer server = new MongoServer(backend);
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            test.accept(client.getDatabase("t").getCollection("counters"));
        } finally {
            server.shutdown();
        }
    }
}
