package org.focalpoint.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The ports of {@link CrashIT}'s second server, set as system properties before Arquillian
 * reads arquillian.xml: {@code it.crash.port.offset} as given, or else the main server's offset
 * + 50, so that a run with its own {@code -Dit.port.offset} never meets another run's crash
 * server; its HTTP and management ports follow from it as WildFly's do.
 */
public class CrashServerPorts implements LauncherSessionListener {

    static final int DISTANCE_FROM_MAIN_SERVER = 50;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String main = System.getProperty("it.port.offset");
        if (main == null) {
            return;
        }
        String given = System.getProperty("it.crash.port.offset", "");
        int offset = given.isBlank()
                ? Integer.parseInt(main) + DISTANCE_FROM_MAIN_SERVER
                : Integer.parseInt(given.strip());
        System.setProperty("it.crash.port.offset", Integer.toString(offset));
        System.setProperty("it.crash.http.port", Integer.toString(8080 + offset));
        System.setProperty("it.crash.management.port", Integer.toString(9990 + offset));
    }
}
