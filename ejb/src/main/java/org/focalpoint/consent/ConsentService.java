package org.focalpoint.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one place that knows which consent versions are current and who has accepted them.
 * An active user must have accepted the current version of every kind before using anything else.
 */
@Stateless
public class ConsentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** The current version of each kind that has been published at all. */
    public List<ConsentDocument> currentDocuments() {
        List<ConsentDocument> current = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            em.createNamedQuery("ConsentDocument.latest", ConsentDocument.class)
                    .setParameter("kind", kind)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(current::add);
        }
        return current;
    }

    /** The current documents this account has not accepted yet; empty when nothing stands in the way. */
    public List<ConsentDocument> pendingFor(Account account) {
        return currentDocuments().stream().filter(d -> !hasAccepted(account, d)).toList();
    }

    /**
     * Records acceptance of the given documents. Only current versions can be accepted: a page
     * left open while staff published a newer version is refused, and the person sees the new text.
     */
    public void accept(Account account, Set<Long> documentIds) {
        List<ConsentDocument> current = currentDocuments();
        for (Long id : documentIds) {
            ConsentDocument document = current.stream().filter(d -> d.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new RuleViolation(
                            "A newer version has been published meanwhile. Please read it and accept it."));
            if (!hasAccepted(account, document)) {
                em.persist(new ConsentAcceptance(account, document));
                audit.record(account, null, AuditAction.CONSENT_ACCEPTED, Account.class, account.getId(),
                        document.getKind().label() + " version " + document.getDocVersion(), null);
            }
        }
    }

    /** Publishes the next version of a document; everyone accepts it again at their next visit. */
    public ConsentDocument publish(ConsentKind kind, String title, String body, Account publisher) {
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new RuleViolation("A title and a text are required to publish a new version.");
        }
        int next = currentDocuments().stream().filter(d -> d.getKind() == kind)
                .mapToInt(ConsentDocument::getDocVersion).max().orElse(0) + 1;
        ConsentDocument document = new ConsentDocument(kind, next, title.strip(), body.strip(), publisher);
        em.persist(document);
        audit.record(publisher, null, AuditAction.CONSENT_PUBLISHED, ConsentDocument.class, document.getId(),
                kind.label() + " version " + next, null);
        return document;
    }

    /** Every acceptance of this account, newest first. */
    public List<ConsentAcceptance> historyOf(Account account) {
        return em.createNamedQuery("ConsentAcceptance.ofAccount", ConsentAcceptance.class)
                .setParameter("account", account)
                .getResultList();
    }

    /** Every published version, by kind, newest first. */
    public List<ConsentDocument> allVersions() {
        return em.createNamedQuery("ConsentDocument.all", ConsentDocument.class).getResultList();
    }

    private boolean hasAccepted(Account account, ConsentDocument document) {
        return em.createNamedQuery("ConsentAcceptance.exists", Long.class)
                .setParameter("account", account)
                .setParameter("document", document)
                .getSingleResult() > 0;
    }
}
