package org.focalpoint.mailbox;

/**
 * Whether a decision on a message was acknowledged to its sender. Only an address the platform
 * knows is written to: a forged or unknown sender would otherwise turn the Director's mailbox
 * into a source of mail to strangers (backscatter).
 */
public enum SenderAcknowledgement {
    SENT,
    /** The message has no readable sender address. */
    NO_SENDER,
    /** No account has the sender's address. */
    UNKNOWN_ADDRESS
}
