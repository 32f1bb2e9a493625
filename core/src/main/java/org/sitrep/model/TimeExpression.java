package org.sitrep.model;

/**
 * A temporal expression and its normalised value.
 *
 * @param text the expression as written ("last September")
 * @param start character offset in the article text
 * @param end character offset just past it
 * @param value ISO-8601 date at the precision the text gives ({@code 2023-09}, {@code 2024-06-10},
 *     {@code 2024}) or an interval {@code start/end} ({@code 2024-06-14/2024-07-12} for "in the coming
 *     weeks")
 * @param sentence index of the sentence holding it
 */
public record TimeExpression(String text, int start, int end, String value, int sentence) {}
