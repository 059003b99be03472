package org.focalpoint.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the database refusing a row because of a named unique constraint. Checks done in
 * code cannot see a row a concurrent transaction has not committed yet; the constraint is the
 * final word, and this turns it back into the rule it stands for.
 */
public final class UniqueConstraints {

    /** SQLSTATE for unique violations, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraints() {
    }

    public static boolean violated(Throwable failure, String constraintName) {
        String name = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
