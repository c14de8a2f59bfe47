package io.trazo.ingest.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Watches ingest's consumer group on the records topic once a second and keeps, per partition, the
 * longest spell during which it had lag and its committed offset did not move: the symptom of issue
 * 15's stalled partition, seen from outside as an operator would. A kill and restart shows up here too,
 * as a spell about as long as the restart.
 */
final class StallWatch implements AutoCloseable {

    private final Admin admin;
    private final String group;
    private final List<TopicPartition> partitions;
    private final Map<Integer, Long> committed = new HashMap<>();
    private final Map<Integer, Long> since = new HashMap<>();
    private final Map<Integer, Double> longest = new ConcurrentHashMap<>();
    private volatile boolean committedOnce;
    private final Thread watcher;
    private volatile boolean running = true;

    StallWatch(String bootstrap, String group, String topic) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        admin = Admin.create(p);
        this.group = group;
        int count = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        partitions = java.util.stream.IntStream.range(0, count).mapToObj(i -> new TopicPartition(topic, i)).toList();
        partitions.forEach(tp -> longest.put(tp.partition(), 0.0));
        watcher = new Thread(this::watch, "stall-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        while (running) {
            try {
                sample(System.nanoTime());
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the broker or the group coordinator is briefly unavailable: the next sample decides
            }
        }
    }

    private void sample(long now) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(),
                tp -> OffsetSpec.latest()))).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata at = offsets.get(tp);
            committedOnce |= at != null;
            long done = at == null ? 0 : at.offset();
            int p = tp.partition();
            if (!Long.valueOf(done).equals(committed.get(p)) || ends.get(tp) <= done) {
                committed.put(p, done);
                since.put(p, now);
            } else {
                longest.merge(p, (now - since.get(p)) / 1e9, Math::max);
            }
        }
    }

    /** False if the group never committed: then the spells measure nothing but a wrong group name. */
    boolean groupSeen() {
        return committedOnce;
    }

    Map<Integer, Double> longestSpells() {
        return Map.copyOf(longest);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join();
        admin.close();
    }
}
