package org.focalpoint.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniqueConstraintsTest {

    @Test
    void recognisesH2AndPostgresWordingsDeepInTheCauseChain() {
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.ACCOUNT_EMAIL_KEY_UNIQUE_INDEX_E "
                + "ON PUBLIC.ACCOUNT(EMAIL_KEY NULLS FIRST) VALUES ( /* 1 */ 'ann@example.org' )\"", "23505");
        SQLException postgres = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"account_email_key_unique\"", "23505");
        assertTrue(UniqueConstraints.violated(wrapped(h2), "account_email_key_unique"));
        assertTrue(UniqueConstraints.violated(wrapped(postgres), "account_email_key_unique"));
    }

    @Test
    void otherConstraintsAndOtherFailuresAreNotMistakenForIt() {
        assertFalse(UniqueConstraints.violated(wrapped(new SQLException(
                "duplicate key value violates unique constraint \"account_token_hash_unique\"", "23505")),
                "account_email_key_unique"));
        assertFalse(UniqueConstraints.violated(wrapped(new SQLException(
                "null value in column \"account_email_key_unique\"", "23502")), "account_email_key_unique"));
        assertFalse(UniqueConstraints.violated(new PersistenceException("no cause"), "account_email_key_unique"));
    }

    private static PersistenceException wrapped(SQLException sql) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("internal", sql));
    }
}
