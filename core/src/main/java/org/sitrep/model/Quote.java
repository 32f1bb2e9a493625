package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A quotation and who said it.
 *
 * @param text the quoted words, without the quotation marks
 * @param start character offset of the quoted words in the article text
 * @param end character offset just past them
 * @param sentence index of the sentence where the quotation starts
 * @param speaker the attributed speaker, null when the text names none
 */
public record Quote(String text, int start, int end, int sentence, @Nullable ActorMention speaker) {}
