package org.focalpoint.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.words.Words;

import java.time.Clock;
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
    private Clock clock;

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
     * Every current document must be accepted at once: nothing is recorded while one is left out.
     */
    public void accept(Account account, Set<Long> documentIds) {
        List<ConsentDocument> current = currentDocuments();
        for (Long id : documentIds) {
            if (current.stream().noneMatch(d -> d.getId().equals(id))) {
                throw new RuleViolation("consent.newer-version");
            }
        }
        List<ConsentDocument> pending = pendingFor(account);
        List<ConsentDocument> leftOut = pending.stream().filter(d -> !documentIds.contains(d.getId())).toList();
        if (!leftOut.isEmpty()) {
            List<String> kinds = leftOut.stream().map(d -> d.getKind().label(Words.ENGLISH)).toList();
            // one current document of each kind, so one of them or both
            throw kinds.size() == 1 ? new RuleViolation("consent.accept-one", kinds.get(0))
                    : new RuleViolation("consent.accept-both", kinds.get(0), kinds.get(1));
        }
        for (ConsentDocument document : pending) {
            em.persist(new ConsentAcceptance(account, document, clock.instant()));
            audit.record(account, null, AuditAction.CONSENT_ACCEPTED, Account.class, account.getId(),
                    document.getKind().label(Words.ENGLISH) + " version " + document.getDocVersion(), null);
        }
    }

    /** Publishes the next version of a document; everyone accepts it again at their next visit. */
    public ConsentDocument publish(ConsentKind kind, String title, String body, Account publisher) {
        Account staff = em.find(Account.class, publisher.getId());
        if (staff == null || !staff.isActive() || !staff.isStaff()) {
            throw new RuleViolation("consent.only-staff");
        }
        if (kind == null) {
            throw new RuleViolation("consent.choose-document");
        }
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new RuleViolation("consent.title-and-text-required");
        }
        if (title.strip().length() > 200) {
            throw new RuleViolation("consent.title-too-long");
        }
        if (body.strip().length() > 200000) {
            throw new RuleViolation("consent.text-too-long");
        }
        int next = currentDocuments().stream().filter(d -> d.getKind() == kind)
                .mapToInt(ConsentDocument::getDocVersion).max().orElse(0) + 1;
        ConsentDocument document = new ConsentDocument(kind, next, title.strip(), body.strip(), staff, clock.instant());
        em.persist(document);
        audit.record(staff, null, AuditAction.CONSENT_PUBLISHED, ConsentDocument.class, document.getId(),
                kind.label(Words.ENGLISH) + " version " + next, null);
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
