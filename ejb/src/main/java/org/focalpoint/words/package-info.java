/**
 * The words a person reads, kept out of the code: bundles of patterns looked up by key, in the
 * reader's language. A pattern is an ICU message: arguments by position ({@code {0}}) or by name
 * ({@code {member}}), plurals as {@code {0, plural, one {# request} other {# requests}}}, and a
 * single apostrophe is an apostrophe. Adding a language is adding {@code _xx.properties} files
 * beside the English ones.
 */
package org.focalpoint.words;
