package org.focalpoint.it;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.focalpoint.mailbox.DirectorMailbox;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The Director's inbox on the test run's IMAP server, reached through the application's own
 * mail session: messages are appended as their bytes say (a broken one stays broken), and the
 * "taken" marker can be cleared to stand for a crash between the commit and the marking.
 */
final class DirectorInbox {

    static final String STAGING = "Staging";

    private DirectorInbox() {
    }

    interface InFolder<T> {
        T apply(Folder folder) throws MessagingException;
    }

    static <T> T open(Session session, InFolder<T> work) throws MessagingException {
        return open(session, "INBOX", work);
    }

    private static <T> T open(Session session, String folderName, InFolder<T> work) throws MessagingException {
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.open(Folder.READ_WRITE);
            try {
                return work.apply(folder);
            } finally {
                folder.close(true);
            }
        }
    }

    static void deliver(Session session, List<byte[]> messages) throws MessagingException {
        append(session, "INBOX", messages);
    }

    /** Moves every staged message into the inbox in one command, so that they all wait there at once. */
    static int releaseStaged(Session session) throws MessagingException {
        return open(session, STAGING, staging -> {
            Message[] staged = staging.getMessages();
            staging.copyMessages(staged, staging.getStore().getFolder("INBOX"));
            staging.setFlags(staged, new Flags(Flags.Flag.DELETED), true);
            return staged.length;
        });
    }

    private static void append(Session session, String folderName, List<byte[]> messages) throws MessagingException {
        open(session, folderName, folder -> {
            Message[] parsed = new Message[messages.size()];
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = new MimeMessage(session, new ByteArrayInputStream(messages.get(i)));
            }
            folder.appendMessages(parsed);
            return null;
        });
    }

    static void empty(Session session) throws MessagingException {
        empty(session, "INBOX");
    }

    /** Empties the staging folder, creating it if need be. */
    static void emptyStaging(Session session) throws MessagingException {
        empty(session, STAGING);
    }

    private static void empty(Session session, String folderName) throws MessagingException {
        open(session, folderName, folder -> {
            if (folder.getMessageCount() > 0) {
                folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.DELETED), true);
            }
            return null;
        });
    }

    /** Clears the marker on every message, as if the server had died after committing and before marking. */
    static void unmarkAll(Session session) throws MessagingException {
        open(session, inbox -> {
            inbox.setFlags(inbox.getMessages(), DirectorMailbox.takenMarker(), false);
            return null;
        });
    }

    /** How many messages carry the marker, of how many: two commands, whatever the number of messages. */
    static long[] marked(Session session) throws MessagingException {
        return open(session, inbox -> new long[]{
                inbox.search(new FlagTerm(DirectorMailbox.takenMarker(), true)).length, inbox.getMessageCount()});
    }
}
