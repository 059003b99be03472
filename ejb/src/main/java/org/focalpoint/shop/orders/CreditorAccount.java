package org.focalpoint.shop.orders;

/**
 * The account that invoices ask to be paid into, and its holder as the QR-bill names it: a QR-IBAN
 * (the only kind of account a QR reference may be paid to) and a structured address, the only kind
 * Swiss banks accept on a QR-bill since November 2025. The house number may be null.
 */
public record CreditorAccount(String qrIban,
                              String name,
                              String street,
                              String houseNumber,
                              String postalCode,
                              String town,
                              String countryCode) {
}
