package org.focalpoint.it;

import org.focalpoint.RuleViolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls made at the same moment, to prove that of two transactions racing for one row one stands
 * and the other is refused with a rule's message. Each contender waits until all of them run on a
 * thread of their own before it starts, so none can finish before another has begun.
 */
final class Race {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** What the race ended with: the results of the calls that stood, and the refusals of the others. */
    record Outcome<T>(List<T> stood, List<String> refused) {

        @Override
        public String toString() {
            return "stood: " + stood + ", refused: " + refused;
        }
    }

    private Race() {
    }

    /**
     * Runs the contenders on {@code executor} at once and waits for all of them. A contender may only
     * fail with a {@link RuleViolation}: anything else fails the test.
     */
    @SafeVarargs
    static <T> Outcome<T> run(ExecutorService executor, Callable<T>... contenders) throws Exception {
        CountDownLatch ready = new CountDownLatch(contenders.length);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> contender : contenders) {
            running.add(executor.submit(() -> {
                ready.countDown();
                if (!ready.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The executor ran the contenders one after the other");
                }
                return contender.call();
            }));
        }
        List<T> stood = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Future<T> each : running) {
            try {
                stood.add(each.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof RuleViolation, String.valueOf(e.getCause()));
                refused.add(e.getCause().getMessage());
            }
        }
        return new Outcome<>(stood, refused);
    }
}
