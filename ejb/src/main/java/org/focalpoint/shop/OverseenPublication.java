package org.focalpoint.shop;

import java.io.Serializable;

/** One line of the staff's list of publications: what names it and how many editions it has. */
public record OverseenPublication(Long id, String productNumber, String title, ShopCategory category, int year,
                                  boolean withdrawn, long editions) implements Serializable {
}
