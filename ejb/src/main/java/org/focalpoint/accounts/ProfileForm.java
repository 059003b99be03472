package org.focalpoint.accounts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person can change on their profile, with the account version the form was filled from:
 * a form left open while the profile changed in another window is refused rather than overwriting.
 */
public class ProfileForm implements Serializable {

    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]*");

    private String givenName;
    private String familyName;
    private String title;
    private String phone;
    private String country;
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
        form.version = account.getVersion();
        return form;
    }

    /** Everything wrong with the form, as messages a person can act on; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        required("Given name", givenName, 100, problems);
        required("Family name", familyName, 100, problems);
        optional("Title", title, 100, problems);
        optional("Phone", phone, 50, problems);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("Phone may contain only digits, spaces and + - ( ).");
        }
        if (clean(country) != null && !Countries.isKnown(clean(country))) {
            problems.add("Please choose a country from the list.");
        }
        return problems;
    }

    private static void required(String label, String value, int max, List<String> problems) {
        if (clean(value) == null) {
            problems.add(label + " is required.");
        } else {
            optional(label, value, max, problems);
        }
    }

    private static void optional(String label, String value, int max, List<String> problems) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            problems.add(label + " must be at most " + max + " characters.");
        }
    }

    /** Surrounding blanks are dropped and an empty field is no value; the rest is kept as typed. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
