package org.focalpoint.reconciliation;

import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.RunActionKind;

import java.io.Serializable;

/**
 * What the reconciliation does to one registration: the state it takes, the basis it records,
 * and why, in words for the audit trail and the mails.
 */
public record Change(Candidate candidate, RunActionKind action, RegistrationState to, String basis, String why)
        implements Serializable {
}
