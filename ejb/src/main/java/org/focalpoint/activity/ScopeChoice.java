package org.focalpoint.activity;

/** A scope the person may pick, with the words they read for it. */
public record ScopeChoice(AuditScope scope, String label) {

    public String key() {
        return scope.key();
    }
}
