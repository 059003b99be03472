package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;

import java.util.Map;

/** A form's refusals shown next to the field each is about, or at the top of the page when it is about none. */
final class FieldRefusals {

    private final Map<String, String> fieldsByKey;

    /** {@code fieldsByKey}: a refusal's key, and the client id of the field it is about. */
    FieldRefusals(Map<String, String> fieldsByKey) {
        this.fieldsByKey = Map.copyOf(fieldsByKey);
    }

    void show(RuleViolation refused) {
        String field = fieldsByKey.get(refused.key());
        if (field == null) {
            PageMessages.error(refused);
        } else {
            PageMessages.errorAt(field, refused);
        }
    }
}
