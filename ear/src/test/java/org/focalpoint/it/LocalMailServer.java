package org.focalpoint.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

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
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> recipient(users, address.getEmail()));
    }

    /**
     * The user a mail is delivered to, made on its first mail as GreenMail does, except that a user
     * made meanwhile is taken rather than refused. GreenMail checks, then makes, a new address's
     * user, and so does a test's first IMAP login as that address: at the same moment, its own
     * delivery handler fails and the application's mail is put off for a minute. The loser of the
     * race fails either on the check (UserException) or on making the inbox the winner has just made
     * (IllegalStateException), a moment before the winner lists its user.
     */
    private static GreenMailUser recipient(UserManager users, String email) throws UserException {
        GreenMailUser user = users.getUserByEmail(email);
        if (user != null) {
            return user;
        }
        try {
            return users.createUser(email, email, email);
        } catch (UserException e) {
            return madeMeanwhile(users, email).orElseThrow(() -> e);
        } catch (IllegalStateException e) {
            return madeMeanwhile(users, email).orElseThrow(() -> e);
        }
    }

    /** The user the winner of the race lists within a second, if any. */
    private static Optional<GreenMailUser> madeMeanwhile(UserManager users, String email) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < until) {
            GreenMailUser user = users.getUser(email);
            if (user != null) {
                return Optional.of(user);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return Optional.empty();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
