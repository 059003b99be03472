package org.focalpoint.signup;

import org.focalpoint.RuleViolation;
import org.focalpoint.signup.SignUpForm.Field;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sign-up refused for one or more reasons, each tied to the field it is about, so the person
 * sees every problem at once and next to the right field. The message is all of them together.
 */
public class SignUpRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final Map<Field, String> problems;

    public SignUpRefused(Map<Field, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public SignUpRefused(Field field, String message) {
        this(Map.of(field, message));
    }

    /** In the order of the form; one message per field. */
    public Map<Field, String> problems() {
        return problems;
    }
}
