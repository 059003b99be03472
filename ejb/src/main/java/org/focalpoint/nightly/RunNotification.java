package org.focalpoint.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.persistence.ColumnText;

import java.time.Instant;

/**
 * A mail a run sent, written in the transaction of the change it tells about: the mail leaves after
 * that commit, and a restarted run finds it here and does not send it again.
 */
@Entity
@Table(name = "run_notification")
public class RunNotification {

    @Id
    @SequenceGenerator(name = "run_notification_seq", sequenceName = "run_notification_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_notification_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "notice_key", nullable = false)
    private String noticeKey;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected RunNotification() {
    }

    public RunNotification(long runId, String noticeKey, OutgoingMail mail, Instant sentAt) {
        this.runId = runId;
        this.noticeKey = noticeKey;
        this.recipient = mail.to();
        this.subject = ColumnText.fit(mail.subject(), 300);
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getNoticeKey() {
        return noticeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
