package org.focalpoint.mailbox;

import jakarta.mail.MessagingException;

import java.util.ArrayList;
import java.util.List;

/**
 * One batch of a reading of the mailbox, the rule of "nothing lost, nothing twice": a message is
 * marked taken in the mailbox only after its item has committed; when the batch fails, each of
 * its messages is tried alone, so that one bad message holds up no other; a message that fails
 * alone stays unmarked and is tried again at the next reading, and once it has failed
 * {@code attempts} times it is parked as an item with its error and marked.
 */
public final class MailboxPass {

    /** The transactions a pass needs; {@link MailIntake} in the server. */
    interface Intake {
        int take(List<IncomingMail> mails);

        int failed(IncomingMail mail, String error);

        void park(IncomingMail mail, String error);
    }

    /** Sets the mailbox's "taken" marker on messages. */
    interface Marker<M> {
        void taken(List<M> messages) throws MessagingException;
    }

    record Fetched<M>(M message, IncomingMail mail) {
    }

    /** What a reading did: items made, messages left for the next reading, messages parked. */
    public record Outcome(int taken, int leftForRetry, int parked) {

        static final Outcome NONE = new Outcome(0, 0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(taken + other.taken, leftForRetry + other.leftForRetry, parked + other.parked);
        }
    }

    private MailboxPass() {
    }

    static <M> Outcome run(List<Fetched<M>> batch, Intake intake, Marker<M> marker, int attempts)
            throws MessagingException {
        List<M> messages = batch.stream().map(Fetched::message).toList();
        int taken;
        try {
            taken = intake.take(batch.stream().map(Fetched::mail).toList());
        } catch (RuntimeException batchFailed) {
            return oneByOne(batch, intake, marker, attempts);
        }
        marker.taken(messages);
        return new Outcome(taken, 0, 0);
    }

    private static <M> Outcome oneByOne(List<Fetched<M>> batch, Intake intake, Marker<M> marker, int attempts)
            throws MessagingException {
        Outcome outcome = Outcome.NONE;
        for (Fetched<M> fetched : batch) {
            try {
                int taken = intake.take(List.of(fetched.mail()));
                marker.taken(List.of(fetched.message()));
                outcome = outcome.plus(new Outcome(taken, 0, 0));
            } catch (RuntimeException failed) {
                String error = describe(failed);
                if (intake.failed(fetched.mail(), error) < attempts) {
                    outcome = outcome.plus(new Outcome(0, 1, 0));
                } else {
                    intake.park(fetched.mail(), error);
                    marker.taken(List.of(fetched.message()));
                    outcome = outcome.plus(new Outcome(0, 0, 1));
                }
            }
        }
        return outcome;
    }

    /** The innermost cause, which says what went wrong rather than which layer passed it on. */
    static String describe(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
