package fr.simulateursons.aws.depot;

import com.amazonaws.services.lambda.runtime.Context;

import java.time.Duration;

/**
 * When the invocation will be cut, on the monotonic clock (never the simulation's, which tests fix): what is left of
 * it decides whether one more step can start.
 */
public record Echeance(long limiteNanos) {

    /** Without a context (a local run), as long as Lambda's longest invocation. */
    static final Duration SANS_CONTEXTE = Duration.ofMinutes(15);

    public static Echeance de(Context context) {
        return dans(context == null ? SANS_CONTEXTE : Duration.ofMillis(context.getRemainingTimeInMillis()));
    }

    public static Echeance dans(Duration reste) {
        return new Echeance(System.nanoTime() + reste.toNanos());
    }

    public Duration reste() {
        return Duration.ofNanos(limiteNanos - System.nanoTime());
    }
}
