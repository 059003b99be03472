package org.focalpoint.shop.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One credit to the shop's account, as the bank notified it: the bank's own reference for it
 * (which tells a credit uploaded again from one seen before), the day it was booked, the amount
 * and its currency, the structured reference the payer gave (null if none) and the payer's name
 * (null if the bank did not give it).
 */
public record BankCredit(String bankReference,
                         LocalDate bookingDate,
                         BigDecimal amount,
                         String currency,
                         String reference,
                         String debtorName) {
}
