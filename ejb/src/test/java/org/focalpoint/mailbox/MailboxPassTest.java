package org.focalpoint.mailbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Nothing lost, nothing twice" as one reading of the mailbox applies it to a batch. */
class MailboxPassTest {

    /** Stands for the database: fails on the messages named, counts attempts as mailbox_failure does. */
    private static final class Database implements MailboxPass.Intake {
        final Set<String> failing;
        final List<String> items = new ArrayList<>();
        final List<String> parked = new ArrayList<>();
        final Map<String, Integer> attempts = new HashMap<>();

        Database(String... failing) {
            this.failing = Set.of(failing);
        }

        @Override
        public int take(List<IncomingMail> mails) {
            List<String> subjects = mails.stream().map(m -> new String(m.raw(), StandardCharsets.UTF_8)).toList();
            if (subjects.stream().anyMatch(failing::contains)) {
                throw new IllegalStateException("constraint violated");
            }
            List<String> fresh = subjects.stream().filter(s -> !items.contains(s)).toList();
            items.addAll(fresh);
            return fresh.size();
        }

        @Override
        public int failed(IncomingMail mail, String error) {
            return attempts.merge(new String(mail.raw(), StandardCharsets.UTF_8), 1, Integer::sum);
        }

        @Override
        public void park(IncomingMail mail, String error) {
            parked.add(new String(mail.raw(), StandardCharsets.UTF_8) + ": " + error);
        }
    }

    private final List<String> marked = new ArrayList<>();

    private MailboxPass.Outcome read(Database database, String... messages) throws Exception {
        List<MailboxPass.Fetched<String>> batch = new ArrayList<>();
        for (String m : messages) {
            batch.add(new MailboxPass.Fetched<>(m, IncomingMail.of(m.getBytes(StandardCharsets.UTF_8), Instant.EPOCH)));
        }
        return MailboxPass.run(batch, database, marked::addAll, 3);
    }

    @Test
    void aBatchThatCommitsIsMarkedWhole() throws Exception {
        Database database = new Database();
        assertEquals(new MailboxPass.Outcome(3, 0, 0), read(database, "a", "b", "c"));
        assertEquals(List.of("a", "b", "c"), database.items);
        assertEquals(List.of("a", "b", "c"), marked);
    }

    @Test
    void oneBadMessageHoldsUpNoOtherAndStaysUnmarkedForTheNextReading() throws Exception {
        Database database = new Database("b");
        assertEquals(new MailboxPass.Outcome(2, 1, 0), read(database, "a", "b", "c"));
        assertEquals(List.of("a", "c"), database.items);
        assertEquals(List.of("a", "c"), marked);
        assertEquals(1, database.attempts.get("b"));
    }

    @Test
    void afterTheThirdFailureTheMessageIsParkedWithItsErrorAndMarked() throws Exception {
        Database database = new Database("b");
        read(database, "b");
        read(database, "b");
        assertEquals(List.of(), marked, "tried again, not marked, after two failures");
        assertEquals(new MailboxPass.Outcome(0, 0, 1), read(database, "b"));
        assertEquals(List.of("b: IllegalStateException: constraint violated"), database.parked);
        assertEquals(List.of("b"), marked);
    }

    @Test
    void aBatchTakenAgainAfterACrashBeforeMarkingAddsNothing() throws Exception {
        Database database = new Database();
        database.take(List.of(IncomingMail.of("a".getBytes(StandardCharsets.UTF_8), Instant.EPOCH)));
        assertEquals(new MailboxPass.Outcome(1, 0, 0), read(database, "a", "b"));
        assertEquals(List.of("a", "b"), database.items);
        assertEquals(List.of("a", "b"), marked, "the message committed before the crash is marked now");
    }

    @Test
    void theErrorNamedIsTheInnermostCause() {
        Exception wrapped = new RuntimeException("EJB failed", new IllegalArgumentException("value too long"));
        assertEquals("IllegalArgumentException: value too long", MailboxPass.describe(wrapped));
    }
}
