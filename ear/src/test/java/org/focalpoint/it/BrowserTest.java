package org.focalpoint.it;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives the pages in headless Chromium. The pages reach the database only
 * through the services, which the other ITs cover on every database, so CI runs these on the
 * default database alone: a browser test costs ten times a service test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
