package org.focalpoint.signup;

import org.focalpoint.RuleViolation;
import org.focalpoint.RuleViolations;
import org.focalpoint.signup.SignUpForm.Field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sign-up refused for one or more reasons, each tied to the field it is about, so the person
 * sees every problem at once and next to the right field. The message is all of them together.
 */
public class SignUpRefused extends RuleViolations {

    private static final long serialVersionUID = 1L;

    private final Map<Field, RuleViolation> problems;

    public SignUpRefused(Map<Field, RuleViolation> problems) {
        super(new ArrayList<>(problems.values()));
        this.problems = new LinkedHashMap<>(problems);
    }

    public SignUpRefused(Field field, RuleViolation problem) {
        this(Map.of(field, problem));
    }

    /** In the order of the form; one message per field, in English. */
    public Map<Field, String> problems() {
        Map<Field, String> messages = new LinkedHashMap<>();
        problems.forEach((field, problem) -> messages.put(field, problem.getMessage()));
        return Collections.unmodifiableMap(messages);
    }
}
