package org.focalpoint.tiesfocalpoint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.DigestPace;
import org.focalpoint.persistence.InstantAsUtcTimestamp;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digests of new requests one TIES Focal Point has received: when the last one left, and for
 * each of their organizations the newest request it announced. One row per person, not per
 * organization: someone who is focal point of two organizations gets at most one mail an hour,
 * listing both; its pace is {@link DigestPace}.
 * <p>
 * "New" is read from the requests' own times, not from hooks in the services that create them, so
 * no request is missed whichever way it arrived; a person newly designated for an organization has
 * announced nothing for it yet and so hears of every request already waiting.
 */
@Entity
@Table(name = "request_digest")
@NamedQuery(name = "RequestDigest.of", query = "select d from RequestDigest d where d.focalPoint = :focalPoint")
public class RequestDigest {

    @Id
    @SequenceGenerator(name = "request_digest_seq", sequenceName = "request_digest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_digest_seq")
    private Long id;

    /** Two runs at once (the timer and another caller) both compute a digest; only one commits and mails. */
    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "focal_point_id")
    private Account focalPoint;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    /** Organization id to the time of the newest request announced for it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_digest_organization", joinColumns = @JoinColumn(name = "request_digest_id"))
    @MapKeyColumn(name = "organization_id")
    @Column(name = "announced_up_to", nullable = false)
    @Convert(converter = InstantAsUtcTimestamp.class)
    private Map<Long, Instant> announcedUpTo = new HashMap<>();

    protected RequestDigest() {
    }

    /** A focal point who never received a digest: due at once, nothing announced. */
    public RequestDigest(Account focalPoint) {
        this.focalPoint = focalPoint;
    }

    /** Due unless the last digest left less than an hour before {@code now} (or after it). */
    public boolean isDueAt(Instant now) {
        return DigestPace.isDue(lastSentAt, now);
    }

    /** The requests of that organization this focal point has not heard of and that have settled by {@code now}. */
    public List<PendingRequest> news(Long organizationId, List<PendingRequest> pending, Instant now) {
        Instant after = announcedUpTo.get(organizationId);
        return pending.stream().filter(r -> DigestPace.isNews(r.requestedSince(), after, now)).toList();
    }

    /** Records a digest sent at {@code now} that announced {@code news} for that organization. */
    public void announced(Long organizationId, List<PendingRequest> news, Instant now) {
        lastSentAt = now;
        news.stream().map(PendingRequest::requestedSince).max(Instant::compareTo)
                .ifPresent(newest -> announcedUpTo.merge(organizationId, newest,
                        (before, later) -> later.isAfter(before) ? later : before));
    }

    public Account getFocalPoint() {
        return focalPoint;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}
