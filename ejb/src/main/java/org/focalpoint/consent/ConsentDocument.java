package org.focalpoint.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.accounts.Account;

import java.time.Instant;

/** One published version of the Terms of Use or of the Data Privacy statement. Never edited. */
@Entity
@Table(name = "consent_document")
@NamedQuery(name = "ConsentDocument.latest",
        query = "select d from ConsentDocument d where d.kind = :kind order by d.docVersion desc")
@NamedQuery(name = "ConsentDocument.all",
        query = "select d from ConsentDocument d order by d.kind, d.docVersion desc")
public class ConsentDocument {

    @Id
    @SequenceGenerator(name = "consent_document_seq", sequenceName = "consent_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_document_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentKind kind;

    @Column(name = "doc_version", nullable = false)
    private int docVersion;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200000)
    private String body;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ManyToOne
    @JoinColumn(name = "published_by_id")
    private Account publishedBy;

    protected ConsentDocument() {
    }

    public ConsentDocument(ConsentKind kind, int docVersion, String title, String body, Account publishedBy,
            Instant publishedAt) {
        this.kind = kind;
        this.docVersion = docVersion;
        this.title = title;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public int getDocVersion() {
        return docVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Account getPublishedBy() {
        return publishedBy;
    }
}
