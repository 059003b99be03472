package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** The shop's four categories, as the old shop had them: the General Secretariat's and each Sector's. */
public enum ShopCategory implements Labelled {
    GENERAL_SECRETARIAT,
    ITU_R,
    ITU_T,
    ITU_D;

    @Override
    public String labelGroup() {
        return "shop-category";
    }
}
