package org.focalpoint.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.persistence.ColumnText;

import java.time.Instant;
import java.util.Base64;

/**
 * A mail in the outbox: queued in the transaction of what it tells about, sent by {@link MailDelivery}
 * once that transaction has committed, tried again later when the mail server refuses it.
 */
@Entity
@Table(name = "outgoing_mail")
public class QueuedMail {

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 1000000)
    private String body;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_base64", length = 10000000)
    private String attachmentBase64;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    private String claim;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    protected QueuedMail() {
    }

    public QueuedMail(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = ColumnText.fit(mail.subject(), 1000);
        this.body = mail.body();
        if (mail.attachment() != null) {
            this.attachmentName = mail.attachment().fileName();
            this.attachmentType = mail.attachment().contentType();
            this.attachmentBase64 = Base64.getEncoder().encodeToString(mail.attachment().content());
        }
        this.queuedAt = now;
        this.dueAt = now;
    }

    /** The mail as it is to be sent. */
    public OutgoingMail mail() {
        OutgoingMail.Attachment attachment = attachmentName == null ? null
                : new OutgoingMail.Attachment(attachmentName, attachmentType, Base64.getDecoder().decode(attachmentBase64));
        return new OutgoingMail(recipient, subject, body, attachment);
    }

    /** The mail server refused it or could not be reached: it is tried again later, or no more. */
    void failed(String error, Instant now) {
        unclaimed(error);
        DeliveryAttempts.nextTry(attempts, now).ifPresentOrElse(next -> dueAt = next, () -> givenUpAt = now);
    }

    /** It cannot be written as a mail (a malformed address): no later attempt would do better. */
    void givenUp(String error, Instant now) {
        unclaimed(error);
        givenUpAt = now;
    }

    private void unclaimed(String error) {
        attempts++;
        lastError = ColumnText.fit(error, 1000);
        claim = null;
        claimedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getGivenUpAt() {
        return givenUpAt;
    }
}
