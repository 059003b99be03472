package org.focalpoint.shop;

/** A piece of a found text, marked where it is a word the search matched; pages render it escaped. */
public record Marked(String text, boolean matched) {
}
