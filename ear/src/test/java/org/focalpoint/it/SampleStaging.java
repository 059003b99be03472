package org.focalpoint.it;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Fills a folder of the test run's mail server directly, in the test JVM, with the parser's sample
 * mails in turn, each with its own Message-ID: appending 10,000 mails over IMAP would take minutes.
 * For the benchmarks; never deployed (GreenMail's types exist only in the test JVM).
 */
final class SampleStaging {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[^\\n]*$");

    private SampleStaging() {
    }

    static void put(String address, String folderName, int count) throws Exception {
        GreenMail server = LocalMailServer.running();
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            user = server.setUser(address, "any");
        }
        MailFolder folder = server.getManagers().getImapHostManager().getFolder(user, folderName);
        Session parsing = Session.getInstance(new Properties());
        List<String[]> samples = MailSamples.rows("expected.csv");
        for (int i = 0; i < count; i++) {
            String sample = new String(MailSamples.bytes(samples.get(i % samples.size())[0]), StandardCharsets.ISO_8859_1);
            String id = "Message-ID: <benchmark-" + i + "@focalpoint.test>";
            String mail = MESSAGE_ID.matcher(sample).find() ? MESSAGE_ID.matcher(sample).replaceFirst(id)
                    : id + "\n" + sample;
            folder.appendMessage(new MimeMessage(parsing, new ByteArrayInputStream(mail.getBytes(StandardCharsets.ISO_8859_1))),
                    new Flags(), new Date());
        }
    }
}
