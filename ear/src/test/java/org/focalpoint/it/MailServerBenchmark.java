package org.focalpoint.it;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.focalpoint.mailbox.TakenMarker;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mail server's share of {@link MailboxBenchmark}: the IMAP commands the Director's mailbox
 * reader sends for 10,000 waiting mails (search, envelopes and sizes, then per batch of 500 the
 * whole messages in one fetch and the marker), with none of the application's work, against the
 * same mail server (the benchmarks' Dovecot). Runs in the test JVM, with {@code -Pbenchmark}.
 */
class MailServerBenchmark {

    private static final String READER = "imap-only@focalpoint.test";
    private static final int BATCH = 500;

    @Test
    void theReadersImapCommandsAlone() throws Exception {
        SampleStaging.put(READER, "INBOX", MailboxBenchmark.MAILS);

        Session session = SampleStaging.session(READER);
        long start = System.nanoTime();
        long fetching = 0;
        long marking = 0;
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] fresh = inbox.search(new FlagTerm(TakenMarker.flags(), false));
            FetchProfile envelopes = new FetchProfile();
            envelopes.add(FetchProfile.Item.ENVELOPE);
            envelopes.add(FetchProfile.Item.SIZE);
            inbox.fetch(fresh, envelopes);
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            for (int from = 0; from < fresh.length; from += BATCH) {
                Message[] batch = Arrays.copyOfRange(fresh, from, Math.min(from + BATCH, fresh.length));
                long t = System.nanoTime();
                inbox.fetch(batch, whole);
                for (Message message : batch) {
                    message.writeTo(new ByteArrayOutputStream());
                }
                fetching += System.nanoTime() - t;
                t = System.nanoTime();
                inbox.setFlags(batch, TakenMarker.flags(), true);
                marking += System.nanoTime() - t;
            }
            assertEquals(MailboxBenchmark.MAILS, inbox.search(new FlagTerm(TakenMarker.flags(), true)).length);
            inbox.close(false);
        }
        Logger.getLogger(MailServerBenchmark.class.getName()).info(String.format(Locale.ROOT,
                "BENCHMARK the mail server alone: %d mails in %.1f s (fetching %.1f s, marking %.1f s)",
                MailboxBenchmark.MAILS, (System.nanoTime() - start) / 1e9, fetching / 1e9, marking / 1e9));
    }
}
