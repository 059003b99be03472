package org.focalpoint.signup;

import org.focalpoint.consent.ConsentDocument;

import java.io.Serializable;

/** A consent document as shown on the sign-up page, with the person's tick. */
public class ConsentToAccept implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String kindLabel;
    private final String title;
    private final String body;
    private final int docVersion;
    private boolean accepted;

    ConsentToAccept(ConsentDocument document) {
        this.id = document.getId();
        this.kindLabel = document.getKind().label();
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

    /** "I accept the Terms of Use", "I accept the Data Privacy statement". */
    public String getAcceptLabel() {
        return "I accept the " + kindLabel;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
