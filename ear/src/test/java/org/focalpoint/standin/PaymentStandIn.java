package org.focalpoint.standin;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The payment provider's stand-in for the whole test run, in the failsafe JVM (a deployment cannot
 * use the JDK's HTTP server module), on the port the test server is configured to call, posting
 * its webhooks to the test server. Tests pay on its page and ask it to send events again.
 */
public class PaymentStandIn implements LauncherSessionListener {

    /** The secret the test server checks the webhooks with (arquillian.xml). */
    private static final String WEBHOOK_SECRET = "whsec_focalpoint_it";

    private StripeStandIn standIn;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.stripe.port");
        if (port == null) {
            return;
        }
        try {
            standIn = StripeStandIn.start(Integer.parseInt(port), URI.create("http://127.0.0.1:"
                    + System.getProperty("it.http.port") + "/focalpoint/shop/card/webhook"), WEBHOOK_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (standIn != null) {
            standIn.close();
        }
    }
}
