package org.focalpoint.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP and IMAP server (GreenMail) on loopback for the whole test run, started in the
 * failsafe JVM before the first test. The application under test sends to it through its
 * mail session; tests read what arrived with {@link Mailbox}.
 */
public class LocalMailServer implements LauncherSessionListener {

    private GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String smtp = System.getProperty("it.smtp.port");
        if (smtp == null) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(System.getProperty("it.imap.port")), "127.0.0.1",
                        ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
