/**
 * The platform's time, injected as a {@link java.time.Clock} wherever "now" or "today" matters, so
 * that a test sets the time instead of rewriting timestamps in the database.
 */
package org.focalpoint.time;
