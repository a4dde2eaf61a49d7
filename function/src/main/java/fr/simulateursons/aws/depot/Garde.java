package fr.simulateursons.aws.depot;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A task on a thread of its own, abandoned — and interrupted, which the engine heeds — if it has not ended within
 * its budget: so that an invocation always keeps the time to write a final status.
 */
final class Garde {

    /** What the task ended with: its value, or what it threw. */
    sealed interface Issue<T> {
        record Valeur<T>(T valeur) implements Issue<T> {
        }

        record Echec<T>(Throwable cause) implements Issue<T> {
        }
    }

    private final ExecutorService fils = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });

    /** @return empty when the budget is spent (or none is left to start with), or when this thread is interrupted */
    <T> Optional<Issue<T>> executer(Callable<T> tache, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            return Optional.empty();
        }
        Future<T> f = fils.submit(tache);
        try {
            return Optional.of(new Issue.Valeur<>(f.get(budget.toMillis(), TimeUnit.MILLISECONDS)));
        } catch (TimeoutException e) {
            f.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(new Issue.Echec<>(e.getCause()));
        }
    }
}
