package org.focalpoint.consent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.List;

/** "Consent documents" (staff): every published version, and the form to publish the next one. */
@Named
@ViewScoped
public class PublishConsent implements Serializable {

    /** One published version, in words. */
    public record Version(ConsentKind document, int version, String title, String publishedAt, String publishedBy) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private ConsentService consentService;

    private List<Version> versions;
    private ConsentKind kind;
    private String title;
    private String text;

    @PostConstruct
    void load() {
        versions = consentService.allVersions().stream()
                .map(d -> new Version(d.getKind(), d.getDocVersion(), d.getTitle(),
                        words.dates().moment(d.getPublishedAt()),
                        d.getPublishedBy() == null ? "FocalPoint" : d.getPublishedBy().getFullName()))
                .toList();
    }

    public void publish() {
        try {
            ConsentDocument published = consentService.publish(kind, title, text, currentAccount.get());
            PageMessages.info("staff-consent.published", published.getKind(),
                    String.valueOf(published.getDocVersion()));
            kind = null;
            title = null;
            text = null;
            load();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public ConsentKind[] getKinds() {
        return ConsentKind.values();
    }

    public List<Version> getVersions() {
        return versions;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
