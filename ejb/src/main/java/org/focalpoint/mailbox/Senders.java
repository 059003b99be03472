package org.focalpoint.mailbox;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.mailbox.reading.RegisteredOrganization;
import org.focalpoint.organizations.FocalPoints;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platform knows of the addresses a batch of mail came from, read in a few queries for
 * the whole batch: which are accounts, which organizations each is affiliated with (approved),
 * and which it is a focal point of (TIES Focal Point, or Designated Focal Point for a sector).
 */
final class Senders {

    record Sender(boolean known, Set<Long> affiliations, Set<Long> focalPointOf) {

        static final Sender UNKNOWN = new Sender(false, Set.of(), Set.of());

        SenderStanding standingFor(RegisteredOrganization organization) {
            if (!known) {
                return SenderStanding.UNKNOWN_ADDRESS;
            }
            if (organization == null) {
                return SenderStanding.NOT_AFFILIATED;
            }
            if (focalPointOf.contains(organization.id())) {
                return SenderStanding.FOCAL_POINT;
            }
            return affiliations.contains(organization.id()) ? SenderStanding.AFFILIATED : SenderStanding.NOT_AFFILIATED;
        }
    }

    private final Map<String, Sender> byKey;

    private Senders(Map<String, Sender> byKey) {
        this.byKey = byKey;
    }

    static Senders of(EntityManager em, FocalPoints focalPoints, Collection<String> addresses) {
        List<String> keys = addresses.stream().map(Account::emailKey).distinct().toList();
        Map<String, Sender> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return new Senders(byKey);
        }
        em.createQuery("select a.emailKey from Account a where a.emailKey in :keys", String.class)
                .setParameter("keys", keys).getResultStream()
                .forEach(key -> byKey.put(key, new Sender(true, new HashSet<>(), new HashSet<>())));
        em.createQuery("select f.account.emailKey, f.organization.id from Affiliation f"
                        + " where f.state = :approved and f.account.emailKey in :keys", Object[].class)
                .setParameter("approved", AffiliationState.APPROVED).setParameter("keys", keys).getResultStream()
                .forEach(row -> byKey.get((String) row[0]).affiliations().add((Long) row[1]));
        focalPoints.organizationsOf(keys)
                .forEach((key, organizations) -> byKey.get(key).focalPointOf().addAll(organizations));
        return new Senders(byKey);
    }

    Sender of(String address) {
        return address == null ? Sender.UNKNOWN : byKey.getOrDefault(Account.emailKey(address), Sender.UNKNOWN);
    }
}
