package org.sitrep.model;

/**
 * A span of the article text resolved to an actor.
 *
 * @param mention the text as written ("Kremlin spokesperson Dmitry Peskov", "he", "Pyongyang")
 * @param start character offset in the article text
 * @param end character offset just past it
 * @param sentence index of its sentence
 * @param actor what it resolved to
 * @param rule why: the lexicon entry or rule that resolved it ("title", "metonym", "name chain", ...)
 */
public record ActorMention(String mention, int start, int end, int sentence, Actor actor, String rule) {}
