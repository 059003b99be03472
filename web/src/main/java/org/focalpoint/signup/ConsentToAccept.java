package org.focalpoint.signup;

import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentKind;

import java.io.Serializable;

/** A consent document as shown on the sign-up page, with the person's tick. */
public class ConsentToAccept implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final ConsentKind kind;
    private final String title;
    private final String body;
    private final int docVersion;
    private boolean accepted;

    ConsentToAccept(ConsentDocument document) {
        this.id = document.getId();
        this.kind = document.getKind();
        this.title = document.getTitle();
        this.body = document.getBody();
        this.docVersion = document.getDocVersion();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getDocVersion() {
        return docVersion;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
