package org.focalpoint.it;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The benchmarks' mail server, a throwaway Dovecot that {@code -Pbenchmark} starts (the tests'
 * GreenMail answers each command in time that grows with the folder, see docs/benchmarks.md).
 * Fills a folder with the parser's sample mails in turn, each with its own Message-ID, by
 * delivering them into its maildir as a local delivery agent does (a file in {@code tmp/}, then
 * renamed into {@code new/}): appending 10,000 mails over IMAP would take longer than taking them.
 * Runs in the test JVM, on the same machine as the server.
 */
final class SampleStaging {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[^\\n]*$");

    private SampleStaging() {
    }

    /** A session of the test JVM on the benchmarks' mail server, signed in as {@code user} (any password does). */
    static Session session(String user) {
        return DirectorInbox.clientSession(user, System.getProperty("it.director.imap.port"));
    }

    static void put(String address, String folderName, int count) throws Exception {
        Path folder = maildir(address, folderName);
        // Dovecot runs as another user than these tests may: the mails are handed over to it, as
        // it may otherwise not hard-link them when they are copied into another folder
        UserPrincipal owner = Files.getOwner(folder);
        List<String[]> samples = MailSamples.rows("expected.csv");
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < count; i++) {
            String sample = new String(MailSamples.bytes(samples.get(i % samples.size())[0]), StandardCharsets.ISO_8859_1);
            String id = "Message-ID: <benchmark-" + i + "@focalpoint.test>";
            String mail = MESSAGE_ID.matcher(sample).find() ? MESSAGE_ID.matcher(sample).replaceFirst(id)
                    : id + "\n" + sample;
            String name = now + ".B" + i + ".focalpoint-benchmark";
            Path delivering = folder.resolve("tmp").resolve(name);
            Files.write(delivering, mail.getBytes(StandardCharsets.ISO_8859_1));
            Files.setOwner(delivering, owner);
            Files.move(delivering, folder.resolve("new").resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The folder's maildir, made by the server itself: Dovecot makes a folder's directories when it is first opened. */
    private static Path maildir(String address, String folderName) throws MessagingException, IOException {
        try (Store store = session(address).getStore("imap")) {
            store.connect();
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.open(Folder.READ_ONLY);
            folder.close(false);
        }
        Path mailbox = Path.of(System.getProperty("it.director.maildir")).resolve(address);
        Path folder = "INBOX".equals(folderName) ? mailbox : mailbox.resolve("." + folderName);
        if (!Files.isDirectory(folder.resolve("new"))) {
            throw new IOException("no maildir at " + folder);
        }
        return folder;
    }
}
