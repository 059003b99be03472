package org.focalpoint.accounts;

import org.focalpoint.RuleViolation;
import org.focalpoint.time.TimeZones;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person can change on their profile, with the account version the form was filled from:
 * a form left open while the profile changed in another window is refused rather than overwriting.
 */
public class ProfileForm implements Serializable {

    private static final int NAME_LENGTH = 100;
    private static final int TITLE_LENGTH = 100;
    private static final int PHONE_LENGTH = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]*");

    private String givenName;
    private String familyName;
    private String title;
    private String phone;
    private String country;
    private String timeZone;
    private long version;

    public ProfileForm() {
    }

    public static ProfileForm of(Account account) {
        ProfileForm form = new ProfileForm();
        form.givenName = account.getGivenName();
        form.familyName = account.getFamilyName();
        form.title = account.getTitle();
        form.phone = account.getPhone();
        form.country = account.getCountry();
        form.timeZone = account.getTimeZone();
        form.version = account.getVersion();
        return form;
    }

    /** Everything wrong with the form, as messages a person can act on; empty when it can be saved. */
    public List<String> problems() {
        return refusals().stream().map(RuleViolation::getMessage).toList();
    }

    /** The same, to throw together. */
    List<RuleViolation> refusals() {
        List<RuleViolation> problems = new ArrayList<>();
        if (clean(givenName) == null) {
            problems.add(new RuleViolation("accounts.given-name-required"));
        } else if (tooLong(givenName, NAME_LENGTH)) {
            problems.add(new RuleViolation("accounts.given-name-too-long", String.valueOf(NAME_LENGTH)));
        }
        if (clean(familyName) == null) {
            problems.add(new RuleViolation("accounts.family-name-required"));
        } else if (tooLong(familyName, NAME_LENGTH)) {
            problems.add(new RuleViolation("accounts.family-name-too-long", String.valueOf(NAME_LENGTH)));
        }
        if (tooLong(title, TITLE_LENGTH)) {
            problems.add(new RuleViolation("accounts.title-too-long", String.valueOf(TITLE_LENGTH)));
        }
        if (tooLong(phone, PHONE_LENGTH)) {
            problems.add(new RuleViolation("accounts.phone-too-long", String.valueOf(PHONE_LENGTH)));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new RuleViolation("accounts.phone-characters"));
        }
        if (clean(country) != null && !Countries.isKnown(clean(country))) {
            problems.add(new RuleViolation("accounts.choose-country"));
        }
        if (!TimeZones.isKnown(clean(timeZone))) {
            problems.add(new RuleViolation("accounts.choose-time-zone"));
        }
        return problems;
    }

    private static boolean tooLong(String value, int max) {
        String v = clean(value);
        return v != null && v.length() > max;
    }

    /** Surrounding blanks are dropped and an empty field is no value; the rest is kept as typed. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
