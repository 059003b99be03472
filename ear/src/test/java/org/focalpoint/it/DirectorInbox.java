package org.focalpoint.it;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.focalpoint.mailbox.TakenMarker;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;

/**
 * The Director's inbox on the test run's IMAP server, reached through the application's own
 * mail session: messages are appended as their bytes say (a broken one stays broken), and the
 * "taken" marker can be cleared to stand for a crash between the commit and the marking. From the
 * test JVM, {@link #clientSession} reaches any mailbox of that server as a mail client would.
 */
final class DirectorInbox {

    static final String STAGING = "Staging";

    private DirectorInbox() {
    }

    interface InFolder<T> {
        T apply(Folder folder) throws MessagingException;
    }

    /** A session of the test JVM on the test run's IMAP server, signed in as {@code user} (any password does). */
    static Session clientSession(String user) {
        return clientSession(user, System.getProperty("it.imap.port"));
    }

    /** The same on the IMAP server at {@code port} of this machine. */
    static Session clientSession(String user, String port) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", port);
        props.put("mail.imap.user", user);
        return Session.getInstance(props, new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, "any");
            }
        });
    }

    static <T> T open(Session session, InFolder<T> work) throws MessagingException {
        return open(session, "INBOX", Folder.READ_WRITE, work);
    }

    /** The folder, created if missing, opened in {@code mode}; opened to write, deleted messages are expunged when it closes. */
    private static <T> T open(Session session, String folderName, int mode, InFolder<T> work) throws MessagingException {
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.open(mode);
            try {
                return work.apply(folder);
            } finally {
                folder.close(mode == Folder.READ_WRITE);
            }
        }
    }

    /**
     * Appends to the inbox without selecting it, as a delivery agent would: GreenMail drops a
     * connection that appends to a folder it has selected while another connection changes it
     * ("Need to do this properly"), so deliveries can run side by side and beside a reading.
     */
    static void deliver(Session session, List<byte[]> messages) throws MessagingException {
        Message[] parsed = new Message[messages.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = new MimeMessage(session, new ByteArrayInputStream(messages.get(i)));
        }
        try (Store store = session.getStore("imap")) {
            store.connect();
            store.getFolder("INBOX").appendMessages(parsed);
        }
    }

    /** Moves every staged message into the inbox in one command, so that they all wait there at once. */
    static int releaseStaged(Session session) throws MessagingException {
        return open(session, STAGING, Folder.READ_WRITE, staging -> {
            Message[] staged = staging.getMessages();
            staging.copyMessages(staged, staging.getStore().getFolder("INBOX"));
            staging.setFlags(staged, new Flags(Flags.Flag.DELETED), true);
            return staged.length;
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
        open(session, folderName, Folder.READ_WRITE, folder -> {
            if (folder.getMessageCount() > 0) {
                folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.DELETED), true);
            }
            return null;
        });
    }

    /** Clears the marker on every message, as if the server had died after committing and before marking. */
    static void unmarkAll(Session session) throws MessagingException {
        open(session, inbox -> {
            inbox.setFlags(inbox.getMessages(), TakenMarker.flags(), false);
            return null;
        });
    }

    /**
     * How many messages carry the marker, of how many: two commands whatever the number of
     * messages, read-only so that it can watch a server reading the same folder.
     */
    static long[] marked(Session session) throws MessagingException {
        return open(session, "INBOX", Folder.READ_ONLY, inbox -> new long[]{
                inbox.search(new FlagTerm(TakenMarker.flags(), true)).length, inbox.getMessageCount()});
    }
}
