package org.focalpoint.consent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Terms of Use and Data Privacy": the documents the person has still to accept. The ids shown
 * are kept with the view, so a version published while the page is open is never accepted unseen.
 */
@Named
@ViewScoped
public class AcceptConsent implements Serializable {

    /** One document as shown. */
    public record Shown(Long id, ConsentKind kind, int version, String title, String body) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private ConsentService consentService;

    private List<Shown> pending;
    private final Map<Long, Boolean> accepted = new HashMap<>();

    @PostConstruct
    void load() {
        pending = consentService.pendingFor(currentAccount.get()).stream()
                .map(d -> new Shown(d.getId(), d.getKind(), d.getDocVersion(), d.getTitle(), d.getBody()))
                .toList();
    }

    public void accept() throws IOException {
        Set<Long> ids = pending.stream().map(Shown::id).filter(id -> Boolean.TRUE.equals(accepted.get(id)))
                .collect(Collectors.toSet());
        try {
            consentService.accept(currentAccount.get(), ids);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            load();
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public List<Shown> getPending() {
        return pending;
    }

    public Map<Long, Boolean> getAccepted() {
        return accepted;
    }
}
