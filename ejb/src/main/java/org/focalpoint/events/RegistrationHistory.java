package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.decisions.Decision;
import org.focalpoint.words.Words;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Whether a registration still waits on its DFP, and if not, what the second person is told. Reads
 * the registration as committed by others when a decision lost a race: the losing transaction's
 * persistence context is stale, so the winner is read in a new one.
 */
@Stateless
public class RegistrationHistory {

    private static final Words REFUSALS = new Words(Words.REFUSALS);

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String alreadyDecided(Long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        em.refresh(registration);
        return message(registration);
    }

    /**
     * Who decided, and when; withdrawn and cancelled registrations say so. In English, since it is an
     * argument of the refusal that names the registration.
     */
    public static String message(Registration registration) {
        Decision decision = registration.getDecision();
        LocalDate day = decision == null || decision.getAt() == null ? null
                : LocalDate.ofInstant(decision.getAt(), ZoneOffset.UTC);
        String by = decision == null || decision.getBy() == null ? null : decision.getBy().getFullName();
        switch (registration.getState()) {
            case PENDING_APPROVAL:
                return text("events.registration-changed-since-shown");
            case WITHDRAWN:
                return text("events.registration-withdrawn");
            case CANCELLED:
                if (by == null) {
                    return day == null ? text("events.registration-cancelled")
                            : text("events.registration-cancelled-on", day);
                }
                return day == null ? text("events.registration-cancelled-by", by)
                        : text("events.registration-cancelled-by-on", by, day);
            case AUTO_APPROVED:
                return day == null ? text("events.registration-auto-approved")
                        : text("events.registration-auto-approved-on", day);
            default:
                if (day == null) {
                    return text("events.registration-changed-since-shown");
                }
                return by == null ? text("decisions.decided-on", day) : text("decisions.decided-by", by, day);
        }
    }

    private static String text(String key, Object... arguments) {
        return REFUSALS.text(Words.ENGLISH, key, arguments);
    }
}
