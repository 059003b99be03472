package org.focalpoint.delegation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.DigestPace;
import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The digests of waiting registrations one Designated Focal Point has received: when the last one
 * left, and for each organization and sector the newest registration announced. The same pace as
 * the TIES Focal Points' digest ({@link DigestPace}, its times read from the registrations themselves),
 * kept per sector since a person may be DFP of one organization for several sectors.
 */
@Entity
@Table(name = "registration_digest")
@NamedQuery(name = "RegistrationDigest.of",
        query = "select d from RegistrationDigest d where d.designatedFocalPoint = :person")
public class RegistrationDigest {

    @Id
    @SequenceGenerator(name = "registration_digest_seq", sequenceName = "registration_digest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_digest_seq")
    private Long id;

    /** Two runs at once both compute a digest; only one commits and mails. */
    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "designated_focal_point")
    private Account designatedFocalPoint;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_digest_seat", joinColumns = @JoinColumn(name = "registration_digest_id"))
    private List<AnnouncedSeat> announced = new ArrayList<>();

    protected RegistrationDigest() {
    }

    /** A DFP who never received a digest: due at once, nothing announced. */
    public RegistrationDigest(Account designatedFocalPoint) {
        this.designatedFocalPoint = designatedFocalPoint;
    }

    public boolean isDueAt(Instant now) {
        return DigestPace.isDue(lastSentAt, now);
    }

    /** The waiting registrations of that seat this DFP has not heard of and that have settled by {@code now}. */
    public List<WaitingRegistration> news(Long organizationId, Sector sector, List<WaitingRegistration> waiting,
                                          Instant now) {
        Instant after = announced.stream().filter(a -> a.isOf(organizationId, sector)).findFirst()
                .map(AnnouncedSeat::announcedUpTo).orElse(null);
        return waiting.stream().filter(r -> DigestPace.isNews(r.registeredSince(), after, now)).toList();
    }

    /** Records a digest sent at {@code now} that announced {@code news} for that seat. */
    public void announced(Long organizationId, Sector sector, List<WaitingRegistration> news, Instant now) {
        lastSentAt = now;
        news.stream().map(WaitingRegistration::registeredSince).max(Instant::compareTo).ifPresent(newest -> {
            // replaced rather than changed in place, so the collection's change is seen and written
            Instant before = announced.stream().filter(a -> a.isOf(organizationId, sector)).findFirst()
                    .map(AnnouncedSeat::announcedUpTo).orElse(null);
            announced.removeIf(a -> a.isOf(organizationId, sector));
            announced.add(new AnnouncedSeat(organizationId, sector,
                    before != null && before.isAfter(newest) ? before : newest));
        });
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}
