package io.backstride.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * Buckets in this gateway instance's memory (no {@code REDIS_URL}): right for one instance, and a limit per
 * instance when there are several. An idle bucket is forgotten once it would have filled up again, so memory follows
 * the number of recently active callers.
 */
final class InMemoryTokenBuckets implements TokenBuckets {

    private static final class State {

        double tokens;
        long updatedNanos;

        State(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }

    private final Cache<String, State> states;
    private final LongSupplier nanoTime;

    InMemoryTokenBuckets(Duration idleExpiry, LongSupplier nanoTime) {
        this.states = Caffeine.newBuilder()
                .expireAfterAccess(idleExpiry)
                .maximumSize(1_000_000)
                .build();
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> take(List<Bucket> buckets) {
        return Mono.fromSupplier(() -> takeNow(buckets));
    }

    Decision takeNow(List<Bucket> buckets) {
        long now = nanoTime.getAsLong();
        List<State> states = buckets.stream()
                .map(bucket -> this.states.get(bucket.key(), key -> new State(bucket.limit().burst(), now)))
                .toList();
        // lock the buckets in one global order (by key), so two requests sharing buckets can never deadlock
        List<Integer> lockOrder = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            lockOrder.add(i);
        }
        lockOrder.sort(Comparator.comparing(i -> buckets.get(i).key()));
        return locked(lockOrder, 0, states, () -> decide(buckets, states, now));
    }

    private static Decision locked(List<Integer> order, int next, List<State> states,
            Supplier<Decision> action) {
        if (next == order.size()) {
            return action.get();
        }
        synchronized (states.get(order.get(next))) {
            return locked(order, next + 1, states, action);
        }
    }

    private static Decision decide(List<Bucket> buckets, List<State> states, long now) {
        double[] available = new double[buckets.size()];
        boolean allowed = true;
        double retrySeconds = 0;
        for (int i = 0; i < buckets.size(); i++) {
            RateLimitProperties.Limit limit = buckets.get(i).limit();
            State state = states.get(i);
            double elapsed = Math.max(0, now - state.updatedNanos) / 1e9;
            available[i] = Math.min(limit.burst(), state.tokens + elapsed * limit.perSecond());
            if (available[i] < 1) {
                allowed = false;
                retrySeconds = Math.max(retrySeconds, (1 - available[i]) / limit.perSecond());
            }
        }
        List<Long> remaining = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            if (allowed) {
                available[i] -= 1;
                states.get(i).tokens = available[i];
                states.get(i).updatedNanos = now;
            }
            remaining.add((long) Math.floor(available[i]));
        }
        return new Decision(allowed, remaining, Duration.ofMillis((long) Math.ceil(retrySeconds * 1000)));
    }
}
