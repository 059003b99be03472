package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Times are shown in the reader's time zone, named: a delegate who has not chosen one reads an
 * event's registration window in Geneva's time, and after choosing Tokyo's in their profile reads
 * the same moment in Tokyo's, the day after.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class TimeZonePagesIT implements ServerFixture {

    static final String DELEGATE = "zoe.zone@time-zone-pages.example.org";
    static final String PASSWORD = "Harbour-Lantern-Orchid-58";
    static final String EVENT = "Time Zone Pages ITU-T Study Group 13 meeting";
    /** 18:00 in Geneva in winter, 02:00 the next day in Tokyo. */
    static final Instant CLOSES = Instant.parse("2031-01-06T17:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aDelegateInGenevasTimeAndAnOpenEvent() {
        ServerFixture.prepare(TimeZonePagesIT.class);
    }

    /** Found or created, then put back as the scenario starts: the delegate has chosen no zone. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.sectorMember(em, consents, "Time Zone Pages Telecom").delegate(DELEGATE, PASSWORD, "Zoe", "Zone");
        TestData.accountWithEmail(em, DELEGATE).orElseThrow().setTimeZone("Europe/Zurich");
        if (em.createQuery("select count(e) from Event e where e.title = :title", Long.class)
                .setParameter("title", EVENT).getSingleResult() == 0) {
            Event event = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, EVENT, LocalDate.of(2031, 1, 20),
                    LocalDate.of(2031, 1, 29), Instant.now().minusSeconds(86_400), CLOSES, Instant.now());
            event.holdAt("Geneva");
            em.persist(event);
        }
    }

    @Test
    @RunAsClient
    void theZoneChosenInTheProfileChangesWhatTheEventsPageShows() {
        try (Browser zoe = new Browser()) {
            zoe.signIn(DELEGATE, PASSWORD).expect("Sign out");
            zoe.click("Events").fill("Title or place contains", EVENT).click("Search")
                    .expect("open until 6 January 2031, 18:00 CET");

            zoe.click("My profile");
            new Select(zoe.field("Time zone")).selectByVisibleText("Asia/Tokyo");
            zoe.click("Save profile").expect("Your profile has been saved.");

            zoe.click("Events").fill("Title or place contains", EVENT).click("Search")
                    .expect("open until 7 January 2031, 02:00 JST");
            assertFalse(zoe.text().contains("CET"), "no time left in Geneva's zone:\n" + zoe.text());
        }
    }
}
