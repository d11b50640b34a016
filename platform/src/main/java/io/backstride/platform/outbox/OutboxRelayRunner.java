package io.backstride.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the relay's fast path and its periodic sweep on two background threads, and reports the backlog. */
public class OutboxRelayRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);

    private final OutboxRelay relay;
    private final OutboxStore store;
    private final Duration sweepInterval;
    private final Duration quietSweepInterval;
    private volatile long lastSweep;
    private final int workers;
    private final Clock clock;
    private volatile boolean running;
    private final java.util.List<Thread> fastPath = new java.util.ArrayList<>();
    private ScheduledExecutorService sweeper;

    public OutboxRelayRunner(OutboxRelay relay, OutboxStore store, Duration sweepInterval, Duration quietSweepInterval,
                             int workers, Clock clock, MeterRegistry metrics) {
        this.relay = relay;
        this.store = store;
        this.sweepInterval = sweepInterval;
        this.quietSweepInterval = quietSweepInterval;
        this.workers = workers;
        this.clock = clock;
        for (String collection : relay.collections()) {
            Gauge.builder("backstride.outbox.pending.documents", () -> store.countDocumentsWithPending(collection))
                    .description("Documents with outbox events not yet acknowledged by Kafka (their intents)")
                    .tag("collection", collection).register(metrics);
            Gauge.builder("backstride.outbox.oldest.pending.age", () -> oldestAgeSeconds(collection))
                    .description("Age of the oldest outbox event not yet acknowledged by Kafka")
                    .baseUnit("seconds").tag("collection", collection).register(metrics);
        }
    }

    private double oldestAgeSeconds(String collection) {
        return store.oldestPending(collection)
                .map(since -> Duration.between(since, clock.instant()).toMillis() / 1000.0).orElse(0.0);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            fastPath.add(Thread.ofPlatform().name("outbox-relay-" + i).daemon().start(this::relayHints));
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-sweep").daemon().factory());
        sweeper.scheduleWithFixedDelay(this::sweepIfDue, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void relayHints() {
        while (running) {
            try {
                relay.relayHinted(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox fast path failed; the sweep will retry: {}", e.toString());
            }
        }
    }

    /**
     * Checked every sweep interval: sweeps at once when this instance's fast path left events behind, otherwise
     * every quiet interval (for what a crashed instance left). A sweep reads only the intents collection. The
     * first check also relays what sits in the aggregates without an intent (the one scan of the aggregates).
     */
    private void sweepIfDue() {
        long now = System.nanoTime();
        if (lastSweep == 0) {
            relayUnregistered();
        }
        if (lastSweep == 0 || relay.leftEventsBehind() || now - lastSweep >= quietSweepInterval.toNanos()) {
            lastSweep = now;
            sweep();
        }
    }

    private void relayUnregistered() {
        try {
            int sent = relay.relayUnregistered();
            if (sent > 0) {
                log.info("Outbox start-up scan relayed {} events that had no intent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox start-up scan failed; events without an intent wait for the next start: {}", e.toString());
        }
    }

    private void sweep() {
        try {
            int sent = relay.sweep();
            if (sent > 0) {
                log.info("Outbox sweep relayed {} events left behind", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed; next sweep retries: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        fastPath.forEach(Thread::interrupt);
        fastPath.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Kafka producer and MongoDB client go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
