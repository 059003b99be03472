package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.decisions.Decision;
import org.focalpoint.words.Dates;


/**
 * Whether a registration still waits on its DFP, and if not, what the second person is told. Reads
 * the registration as committed by others when a decision lost a race: the losing transaction's
 * persistence context is stale, so the winner is read in a new one.
 */
@Stateless
public class RegistrationHistory {

    static final String CHANGED = "This registration changed since the list was shown: please look at it again.";


    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String alreadyDecided(Long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        em.refresh(registration);
        return message(registration);
    }

    /** Who decided, and when; withdrawn and cancelled registrations say so. */
    public static String message(Registration registration) {
        Decision decision = registration.getDecision();
        switch (registration.getState()) {
            case PENDING_APPROVAL:
                return CHANGED;
            case WITHDRAWN:
                return "This registration was withdrawn by the delegate: there is nothing to decide.";
            case CANCELLED:
                return "This registration was cancelled" + by(decision) + ": there is nothing to decide.";
            case AUTO_APPROVED:
                return "This registration was approved automatically" + on(decision) + ".";
            default:
                if (decision == null || decision.getAt() == null) {
                    return CHANGED;
                }
                return decision.getBy() == null ? "Already decided on " + Dates.ENGLISH.day(decision.getAt()) + "."
                        : "Already decided by " + decision.getBy().getFullName() + " on " + Dates.ENGLISH.day(decision.getAt()) + ".";
        }
    }

    private static String by(Decision decision) {
        if (decision == null) {
            return "";
        }
        return (decision.getBy() == null ? "" : " by " + decision.getBy().getFullName()) + on(decision);
    }

    private static String on(Decision decision) {
        return decision == null || decision.getAt() == null ? "" : " on " + Dates.ENGLISH.day(decision.getAt());
    }
}
