package org.focalpoint.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One stage of following up one waiting request, done by run {@code runId}. Unique by request (its
 * kind, id and the time it waits since) and stage: whatever runs, restarts or nights meet the
 * request again, its focal point is reminded once and the secretariat told once.
 */
@Entity
@Table(name = "request_follow_up")
public class RequestFollowUp {

    @Id
    @SequenceGenerator(name = "request_follow_up_seq", sequenceName = "request_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_follow_up_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", nullable = false)
    private RequestKind kind;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStage stage;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "followed_up_at", nullable = false)
    private Instant followedUpAt;

    protected RequestFollowUp() {
    }

    RequestFollowUp(WaitingRequest request, FollowUpStage stage, long runId, Instant at) {
        this.kind = request.kind();
        this.requestId = request.id();
        this.waitingSince = request.since();
        this.stage = stage;
        this.runId = runId;
        this.followedUpAt = at;
    }

    /** Whether this stage was done for {@code request} as it waits now (not for an earlier request of the same row). */
    boolean isOf(WaitingRequest request) {
        return kind == request.kind() && requestId == request.id() && waitingSince.equals(request.since());
    }

    public FollowUpStage getStage() {
        return stage;
    }

    public long getRunId() {
        return runId;
    }
}
