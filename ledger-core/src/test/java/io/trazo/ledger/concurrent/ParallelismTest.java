package io.trazo.ledger.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParallelismTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @ParameterizedTest(name = "{0} items on {1} ways")
    @CsvSource({"0,2", "1,2", "15,2", "16,2", "17,3", "100,1", "100,2", "1000,4", "1001,3"})
    void everyIndexRunsExactlyOnce(int count, int ways) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        new Parallelism(POOL, ways).forEach(count, runs::incrementAndGet);
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).as("index %d", i).isEqualTo(1);
        }
    }

    @Test
    void theHelpersTakeAShare() {
        String caller = Thread.currentThread().getName();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch callerWorked = new CountDownLatch(1);
        CountDownLatch helperWorked = new CountDownLatch(1);
        new Parallelism(POOL, 3).forEach(64, i -> {
            threads.add(Thread.currentThread().getName());
            // each side holds its first chunk until the other has taken one (a helper holds one chunk at most,
            // so chunks are left for the caller): whichever starts first cannot take all the work
            if (Thread.currentThread().getName().equals(caller)) {
                callerWorked.countDown();
                await(helperWorked);
            } else {
                helperWorked.countDown();
                await(callerWorked);
            }
        });
        assertThat(threads).hasSizeGreaterThan(1).contains(caller);
    }

    @Test
    void aHelperThatNeverRunsLeavesTheWorkToTheCaller() {
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        new Parallelism(task -> {}, 4).forEach(100, runs::incrementAndGet);
        for (int i = 0; i < 100; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }

    @Test
    void aHelperThatStartsAfterTheCallerFinishedFindsNothingLeft() {
        List<Runnable> late = new ArrayList<>();
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        new Parallelism(late::add, 3).forEach(100, runs::incrementAndGet);
        assertThat(late).hasSize(2);
        late.forEach(Runnable::run);
        for (int i = 0; i < 100; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }

    @Test
    void aFailureOnAnyThreadIsRethrownToTheCaller() {
        assertThatThrownBy(() -> new Parallelism(POOL, 3).forEach(200, i -> {
            if (i == 150) {
                throw new IllegalStateException("item 150");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 150");
    }

    @Test
    void waysBelowOneAreRefused() {
        assertThatThrownBy(() -> new Parallelism(POOL, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("a helper took a chunk").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
