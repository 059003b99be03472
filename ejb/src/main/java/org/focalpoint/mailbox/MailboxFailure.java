package org.focalpoint.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.focalpoint.persistence.ColumnText;

import java.time.Instant;

/** The attempts on a message the application failed on, counted across readings of the mailbox. */
@Entity
@Table(name = "mailbox_failure")
public class MailboxFailure {

    @Id
    @Column(name = "content_digest", length = 64)
    private String contentDigest;

    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", nullable = false, length = 2000)
    private String lastError;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected MailboxFailure() {
    }

    MailboxFailure(String contentDigest, String messageId) {
        this.contentDigest = contentDigest;
        this.messageId = ColumnText.fit(messageId, 998);
    }

    int attempt(String error, Instant at) {
        attempts++;
        lastError = error;
        lastFailedAt = at;
        return attempts;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
