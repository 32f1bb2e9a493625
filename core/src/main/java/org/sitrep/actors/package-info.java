/**
 * Stage 3b, actors: {@link org.sitrep.model.AnalyzedArticle} → {@link org.sitrep.model.ActorMention}s
 * ({@link org.sitrep.actors.ResolvedActors}). Every mention of a state, organisation, group or person is
 * resolved to an {@link org.sitrep.model.Actor}: ISO alpha-3 country (or CAMEO known-group code), CAMEO
 * role and canonical name. Knowledge is data: {@code countries.tsv} (generated from the world-countries
 * package by {@code scripts/country-data.sh}), {@code country-aliases.tsv}, {@code organisations.tsv},
 * {@code roles.tsv} (hand-written role words; then {@code petrarch-agents.tsv}, the PETRARCH-2 agents
 * dictionary converted by {@code scripts/petrarch-data.sh}: "passenger" CVL, "assailant" CRM — a word
 * {@code roles.tsv} lists keeps its hand-written role; add a role word in {@code roles.tsv}), {@code honorifics.txt}, {@code role-modifiers.txt}, {@code group-nouns.txt} ("a paramilitary group"), {@code cities.tsv} (generated from
 * GeoNames by {@code scripts/place-data.sh}: a city gives its country to a role or name, never an actor
 * by itself), {@code regions.tsv} (states and provinces, by {@code scripts/region-data.sh}, used as
 * cities are), {@code pair-phrases.txt} ("the two sides": the article's two leading countries),
 * {@code not-name-parts.txt} (words that never end a name the tagger cut short) and
 * {@code people.tsv} (well-known office holders, the memory's starting point) and {@code petrarch-people.tsv}
 * (some 40,000 names of office holders with the dates of their posts, from the PETRARCH-2 actor dictionaries,
 * read at the article's date by {@code PeopleDirectory} after what the memory knows).
 *
 * <p>Resolution works in two passes. Each mention first gets what its own words say (titles,
 * possessives, appositives, organisations, name chains within the document, the memory). Then the
 * article as a whole fills gaps: a bare role group takes the one country of its sentence or the
 * article's dominant one; a person is one actor under all their names ("Volker" is "Kurt Volker");
 * a named person the text never places takes an organisation their description names ("director at
 * Amnesty International") or else the country their sentences and the article clearly lead with; in an
 * article that names one country and no other, whatever is still unplaced is that country's.
 * An {@link org.sitrep.actors.ActorMemory} carries what one document established to the next.
 *
 * <p>Which class to touch:
 * <ul>
 *   <li>a role word — {@code roles.tsv}; a country, capital or demonym — the generated tables and
 *       {@code country-aliases.tsv}; a hyphenated ending that makes a place a country ("Greek-owned",
 *       "Dubai-based") — {@code place-suffixes.txt};
 *   <li>how a sentence is cut into mention phrases, conjuncts and appositives — {@code PhraseReader};
 *   <li>what a phrase means (titles, postings, "the president of", name chains, "the Trump administration") —
 *       {@code MentionResolver}; what a pronoun stands for — {@code Antecedents};
 *   <li>an article-level fallback (sentence countries, the setting, the dominant country, employers, the office
 *       of a body, one person one nationality) — {@code ArticlePlacement}; "its forces" —
 *       {@code PossessivePronouns}; "a spokesman for the ministry" — {@code SpeakersFor} and
 *       {@code speaking-for.txt}; a local story's only country — {@code OnlyCountry}; "the two sides" —
 *       {@code PairPlacement}; "the city's chief executive" — {@code PossessivePlaces};
 *   <li>a company's short name ("SoftBank" for "SoftBank Group Corp") — {@code ActorIdentity#shortCompanyName}
 *       and {@code company-designators.txt}; a party's short name ("the Conservatives" for "the Conservative
 *       Party") — {@code PartyShortNames}; first person in quotations — {@code QuotedSpeakers};
 *   <li>when two mentions are one actor — {@link org.sitrep.actors.ActorIdentity}.
 * </ul>
 * {@link org.sitrep.actors.ActorResolver} only runs them in order.
 */
@NullMarked
package org.sitrep.actors;

import org.jspecify.annotations.NullMarked;
