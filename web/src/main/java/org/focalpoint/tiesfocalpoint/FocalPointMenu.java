package org.focalpoint.tiesfocalpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.security.CurrentAccount;

import java.util.Optional;

/**
 * What the header and the home page offer a TIES Focal Point: their queue, their contacts, and how
 * many requests wait. Asked once per request, whatever the number of places that show it.
 */
@Named
@RequestScoped
public class FocalPointMenu {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private FocalPointAuthority authority;

    @Inject
    private RequestQueue queue;

    private Optional<Long> led;
    private Long waiting;

    public boolean isFocalPoint() {
        return led().isPresent();
    }

    /** Requests waiting in the queue of the organization the person leads. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = led().map(organization -> queue.count(currentAccount.get(), organization, null)).orElse(0L);
        }
        return waiting;
    }

    private Optional<Long> led() {
        if (led == null) {
            led = authority.ledBy(currentAccount.get());
        }
        return led;
    }
}
