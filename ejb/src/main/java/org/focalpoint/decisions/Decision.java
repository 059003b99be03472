package org.focalpoint.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.focalpoint.accounts.Account;

import java.time.Instant;

/**
 * Who took a decision on a request, when, and why: the same three facts for an affiliation, a
 * TIES request and a registration. {@code by} is null when the platform decided by itself.
 */
@Embeddable
public class Decision {

    @Column(name = "decided_at")
    private Instant at;

    // read when asked for: the nightly reconciliation loads thousands of decided rows, one query each otherwise
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Account by;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected Decision() {
    }

    public Decision(Account by, String reason, Instant at) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public Instant getAt() {
        return at;
    }

    public Account getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }
}
