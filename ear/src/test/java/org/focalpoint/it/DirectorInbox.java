package org.focalpoint.it;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.focalpoint.mailbox.DirectorMailbox;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Director's inbox on the test run's IMAP server, reached through the application's own
 * mail session: messages are appended as their bytes say (a broken one stays broken), and the
 * "taken" marker can be cleared to stand for a crash between the commit and the marking. From the
 * test JVM, {@link #clientSession} reaches any mailbox of that server as a mail client would.
 */
final class DirectorInbox {

    private DirectorInbox() {
    }

    interface InFolder<T> {
        T apply(Folder folder) throws MessagingException;
    }

    /** A session of the test JVM on the test run's IMAP server, signed in as {@code user} (any password does). */
    static Session clientSession(String user) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getProperty("it.imap.port"));
        props.put("mail.imap.user", user);
        return Session.getInstance(props, new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, "any");
            }
        });
    }

    static <T> T open(Session session, InFolder<T> work) throws MessagingException {
        return open(session, Folder.READ_WRITE, work);
    }

    /** The inbox opened in {@code mode}; opened to write, deleted messages are expunged when it closes. */
    private static <T> T open(Session session, int mode, InFolder<T> work) throws MessagingException {
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(mode);
            try {
                return work.apply(inbox);
            } finally {
                inbox.close(mode == Folder.READ_WRITE);
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

    static void empty(Session session) throws MessagingException {
        open(session, inbox -> {
            if (inbox.getMessageCount() > 0) {
                inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.DELETED), true);
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

    /**
     * How many messages carry the marker, of how many. Read-only, so that it can watch a server
     * reading the same folder without changing anything under it.
     */
    static long[] marked(Session session) throws MessagingException {
        return open(session, Folder.READ_ONLY, inbox -> {
            Message[] all = inbox.getMessages();
            // the flags of all messages in one request, not one each
            FetchProfile flags = new FetchProfile();
            flags.add(FetchProfile.Item.FLAGS);
            inbox.fetch(all, flags);
            long marked = Arrays.stream(all).filter(m -> {
                try {
                    return m.getFlags().contains(DirectorMailbox.takenMarker());
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            return new long[]{marked, all.length};
        });
    }
}
