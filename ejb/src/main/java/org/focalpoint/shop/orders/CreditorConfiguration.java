package org.focalpoint.shop.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The account invoices are paid into, from the server's configuration. The defaults are ITU's
 * name and address with the QR-IBAN of the Swiss payment standards' examples, which banks' test
 * systems accept and no bank credits: a server taking real payments sets its own.
 */
@ApplicationScoped
public class CreditorConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.qr-iban", defaultValue = "CH4431999123000889012")
    String qrIban;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.name", defaultValue = "International Telecommunication Union")
    String name;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.street", defaultValue = "Place des Nations")
    String street;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.house-number")
    Optional<String> houseNumber;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.postal-code", defaultValue = "1211")
    String postalCode;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.town", defaultValue = "Genève 20")
    String town;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.creditor.country", defaultValue = "CH")
    String countryCode;

    @Produces
    CreditorAccount account() {
        return new CreditorAccount(qrIban.replace(" ", ""), name, street, houseNumber.filter(number -> !number.isBlank()).orElse(null),
                postalCode, town, countryCode);
    }
}
