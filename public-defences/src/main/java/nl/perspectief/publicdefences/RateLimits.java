package nl.perspectief.publicdefences;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The token buckets (Bucket4j) of one guarded endpoint: one per client address, and one for everyone together. A
 * client's bucket is kept in a bounded Caffeine cache and forgotten once untouched for as long as it takes to fill up
 * again, when it is as good as a new one; a flood of addresses pushes out the least recently seen, and the overall
 * bucket still holds.
 */
final class RateLimits {

    /** Which limit refused a request; the name is the metric's {@code scope} tag. */
    enum Scope {
        CLIENT, OVERALL;

        String tag() {
            return name().toLowerCase();
        }
    }

    /** A refused request: which limit, and after how many whole seconds a retry can succeed. */
    record Refusal(Scope scope, long retryAfterSeconds) {
    }

    private final Limit perClient;
    private final Cache<String, Bucket> clients;
    private final Bucket overall;

    RateLimits(RateLimit limit) {
        this.perClient = limit.perClient();
        this.clients = Caffeine.newBuilder()
                .maximumSize(limit.maxClients())
                .expireAfterAccess(perClient.timeToFill())
                .build();
        this.overall = bucketOf(limit.overall());
    }

    /**
     * Takes one request from the client's bucket, then from the overall one. A request the overall limit refuses is
     * given back to its client, so that a flood by others does not use up anyone's own budget.
     */
    Optional<Refusal> admit(String clientAddress) {
        Bucket client = clients.get(clientAddress, address -> bucketOf(perClient));
        ConsumptionProbe own = client.tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            return Optional.of(new Refusal(Scope.CLIENT, wholeSeconds(own.getNanosToWaitForRefill())));
        }
        ConsumptionProbe all = overall.tryConsumeAndReturnRemaining(1);
        if (!all.isConsumed()) {
            client.addTokens(1);
            return Optional.of(new Refusal(Scope.OVERALL, wholeSeconds(all.getNanosToWaitForRefill())));
        }
        return Optional.empty();
    }

    long clientsRemembered() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    private static Bucket bucketOf(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    /** Rounded up, and at least one: a client told to wait 0 seconds would come straight back. */
    private static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
