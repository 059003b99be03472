package org.focalpoint.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.List;

/** "My registrations": each registration, where it stands and who decided; withdrawing one. */
@Named
@ViewScoped
public class MyRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private Registrations registrations;

    private List<MyRegistration> mine;

    @PostConstruct
    void load() {
        mine = registrations.of(currentAccount.get());
    }

    public List<MyRegistration> getRegistrations() {
        return mine;
    }

    public void withdraw(MyRegistration registration) {
        try {
            registrations.withdraw(currentAccount.get(), registration.id(), registration.version());
            PageMessages.info("registrations.withdrawn", registration.event());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            mine = registrations.of(currentAccount.get());
        }
    }

    public String dates(MyRegistration r) {
        return r.startsOn().equals(r.endsOn()) ? words.text("common.day", r.startsOn())
                : words.text("common.from-to", r.startsOn(), r.endsOn());
    }

    public String decided(MyRegistration r) {
        return r.decidedAt() == null ? "" : words.text("registrations.decided-by", r.decidedBy(), r.decidedAt());
    }
}
