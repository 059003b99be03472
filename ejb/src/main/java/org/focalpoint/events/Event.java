package org.focalpoint.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.focalpoint.organizations.Sector;

import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Event {

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 200)
    private String place;

    @Column(name = "is_virtual")
    private boolean virtual;

    @Column(name = "registration_opens", nullable = false)
    private Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    /** For a workshop: whether registrations wait for approval (statutory events always do). */
    @Column(name = "approval_required")
    private boolean approvalRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null unless staff cancelled the event; the event and its registrations stay as history. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    protected Event() {
    }

    public Event(Sector sector, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                 Instant registrationOpens, Instant registrationCloses, Instant createdAt) {
        this.sector = sector;
        this.kind = kind;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.registrationOpens = registrationOpens;
        this.registrationCloses = registrationCloses;
        this.approvalRequired = kind.isStatutory();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Staff correct what the event is and when; the policy of a statutory event stays "approval required". */
    public void reschedule(Sector sector, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                           Instant registrationOpens, Instant registrationCloses) {
        this.sector = sector;
        this.kind = kind;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.registrationOpens = registrationOpens;
        this.registrationCloses = registrationCloses;
        setApprovalRequired(approvalRequired);
    }

    public Sector getSector() {
        return sector;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public boolean isVirtual() {
        return virtual;
    }

    public void holdAt(String place) {
        this.place = place;
        this.virtual = false;
    }

    public void holdVirtually() {
        this.place = null;
        this.virtual = true;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = kind.isStatutory() || approvalRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    /** For good: a cancelled event is not opened again (a new event is created instead). */
    public void cancel(String reason, Instant at) {
        this.cancelledAt = at;
        this.cancellationReason = reason;
    }
}
