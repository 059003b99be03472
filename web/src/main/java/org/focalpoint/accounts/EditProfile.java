package org.focalpoint.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.time.TimeZones;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** "My profile": the person's own names, title, phone, country and the time zone they read times in. */
@Named
@ViewScoped
public class EditProfile implements Serializable {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private Profile profile;

    private ProfileForm form;

    @PostConstruct
    void load() {
        form = ProfileForm.of(currentAccount.get());
    }

    public void save() {
        try {
            profile.update(currentAccount.get(), form);
            form = ProfileForm.of(currentAccount.get());
            PageMessages.info("account-profile.saved");
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public ProfileForm getForm() {
        return form;
    }

    public Collection<Map.Entry<String, String>> getCountries() {
        return Countries.byName().entrySet();
    }

    /** IANA zone ids, shown as their region and city ("America/New York"). */
    public List<SelectItem> getTimeZones() {
        return TimeZones.choices().stream().map(id -> new SelectItem(id, id.replace('_', ' '))).toList();
    }
}
