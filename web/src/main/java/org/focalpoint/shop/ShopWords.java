package org.focalpoint.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PageWords;
import org.focalpoint.words.Labelled;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How the shop's pages write prices, availabilities and lists of values, in the view's language:
 * "CHF 1,234.00" with the language's separators, "Free", "Forthcoming, expected 20 January 2027".
 */
@Named
@RequestScoped
public class ShopWords {

    @Inject
    private PageWords words;

    public String price(BigDecimal chf) {
        if (chf == null) {
            return "";
        }
        return chf.signum() == 0 ? words.text("shop.free") : words.text("shop.price", chf);
    }

    /** The lowest price of a publication's editions: "from CHF 78.00", or "Free" when one is. */
    public String fromPrice(BigDecimal lowest) {
        if (lowest == null) {
            return "";
        }
        return lowest.signum() == 0 ? words.text("shop.free") : words.text("shop.from-price", lowest);
    }

    /** A range of prices, "CHF 78.00 to CHF 98.00", or one price when they are the same. */
    public String prices(BigDecimal lowest, BigDecimal highest) {
        if (lowest == null) {
            return "";
        }
        return lowest.compareTo(highest) == 0 ? price(lowest) : words.text("common.from-to", price(lowest), price(highest));
    }

    public String availability(Availability availability, LocalDate expectedOn) {
        return availability == Availability.FORTHCOMING && expectedOn != null
                ? words.text("shop.forthcoming-expected", expectedOn) : words.label(availability);
    }

    /** Languages, formats or availabilities, each by its name in the view's language, separated by commas. */
    public String labels(Collection<? extends Labelled> values) {
        return values.stream().map(words::label).collect(Collectors.joining(words.text("shop.list-separator")));
    }

    public String pages(Integer fewest, Integer most) {
        if (fewest == null) {
            return "";
        }
        return fewest.equals(most) ? words.text("shop.page-count", fewest) : words.text("shop.page-count-range", fewest, most);
    }
}
