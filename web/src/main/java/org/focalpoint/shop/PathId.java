package org.focalpoint.shop;

/** The id at the end of a download's address, {@code /<digits>}; anything else names nothing. */
public final class PathId {

    private PathId() {
    }

    public static Long of(String path) {
        return path == null || !path.matches("/\\d{1,18}") ? null : Long.valueOf(path.substring(1));
    }
}
