package org.focalpoint.time;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.security.CurrentAccount;

import java.time.ZoneId;

/**
 * Who reads the page, as far as its words need to know: the time zone its moments are written
 * in, the person's own or, signed out, the default. Asked once per request.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    private CurrentAccount currentAccount;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            try {
                zone = currentAccount.get().getZone();
            } catch (RuleViolation signedOut) {
                zone = TimeZones.DEFAULT;
            }
        }
        return zone;
    }
}
