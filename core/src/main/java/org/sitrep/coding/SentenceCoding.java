package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * One sentence being coded: what every {@link Construction} reads (the tree, the participants, the
 * article's outlet and publication date) and where it writes (the article's events so far, one per fact,
 * and the allegations of this sentence that a denial may answer). It turns a verb, a source, a target and
 * a code into an {@link Event} with its modality ({@link ModalityResolver}), date and place
 * ({@link Circumstances}).
 */
final class SentenceCoding {
  final DependencyTree tree;
  final Sentence s;
  final List<Token> toks;
  final List<List<Integer>> children;
  final ResolvedActors actors;
  final Participants parts;
  final Actor outlet;
  final @Nullable String published;
  /** The article's events so far, by fact ({@link #put}). */
  final Map<String, Event> out;
  /** Allegations and accusations coded in this sentence, which a denial in it answers. */
  final List<Event> alleged = new ArrayList<>();
  private final ModalityResolver modalities;
  private final Circumstances circumstances;
  private final CameoCodebook codebook;

  SentenceCoding(DependencyTree tree, ResolvedActors actors, ModalityResolver modalities, Participants parts,
      Circumstances circumstances, CameoCodebook codebook, Actor outlet, @Nullable String published,
      Map<String, Event> out) {
    this.tree = tree;
    this.s = tree.s;
    this.toks = tree.toks;
    this.children = tree.children;
    this.actors = actors;
    this.parts = parts;
    this.modalities = modalities;
    this.circumstances = circumstances;
    this.codebook = codebook;
    this.outlet = outlet;
    this.published = published;
    this.out = out;
  }

  /** The event of {@code src}'s act at {@code v} on {@code tgt}, or null when the code is unknown. */
  @Nullable Event event(Token v, ActorMention src, @Nullable ActorMention tgt, String verbCode, String rule) {
    String code = ForceKinds.bySource(verbCode, src);
    if (!codebook.known(code)) return null;
    if (tgt != null && ownedBySource(src, tgt)) tgt = null; // "Russia withdrew its troops": on no one else
    ModalityResolver.Result m = modalities.resolve(v, src, code);
    Modality modality = m.modality();
    Actor asserted = m.assertedBy();
    List<Actor> deniedBy = m.deniedBy();
    String date = circumstances.dateOf(v);
    if (date != null && published != null && date.compareTo(published.substring(0, Math.min(10, published.length()))) > 0
        && (modality == Modality.HAPPENED || modality == Modality.REPORTED)) {
      modality = Modality.PLANNED;
    }
    Event.DateBasis basis = date == null ? null : Event.DateBasis.TEXT;
    if (date == null && day() != null) {
      date = day();
      basis = Event.DateBasis.PUBLICATION;
    }
    CameoCodebook.Code c = codebook.get(code);
    return new Event(src, tgt, code, code.substring(0, 2), c.name().isEmpty() ? null : c.name(), c.plover(),
        c.goldstein(), c.quadClass(), modality, asserted, deniedBy, date, basis, circumstances.placeOf(v), s.index(), s.text(), rule);
  }

  /** "Its troops", "their army" after a source of that country: the source's own, no other party. */
  private boolean ownedBySource(ActorMention src, ActorMention tgt) {
    int at = tgt.start() - s.begin();
    if (at < 0 || at > s.text().length() || !java.util.Objects.equals(src.actor().country(), tgt.actor().country())) return false;
    String before = s.text().substring(Math.max(0, at - 7), at).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("its ") || before.endsWith("their ");
  }

  /** A named city or country in an "in/at/near" phrase on the noun at {@code node} ("a market in El Fasher"). */
  Event.@Nullable Place placeUnder(int node) {
    return circumstances.namedPlaceUnder(node, "nmod");
  }

  /** Whether the mention's own words give a nationality ("three Iranian journalists"); see Circumstances. */
  boolean namesNationality(ActorMention m) {
    return circumstances.namesNationality(m);
  }

  /** Where the sentence places the act at {@code v}, or null. */
  Event.@Nullable Place placeOf(Token v) {
    return circumstances.placeOf(v);
  }

  /** The quotation holding the verb, if any. */
  @Nullable Quote quoteAround(Token v) {
    return modalities.quoteAround(v);
  }

  /** Keeps the event unless the article already has the same fact (one per source, target, code, day, modality). */
  void put(Event e) {
    // one fact per article; the same act on another stated date is another fact
    String when = e.date() == null || e.date().equals(day()) ? "" : e.date();
    String key = ActorIdentity.key(e.source().actor()) + ">" + (e.target() == null ? "-" : ActorIdentity.key(e.target().actor()))
        + ":" + e.cameo() + "@" + when + "/" + e.modality();
    Event prior = out.putIfAbsent(key, e);
    // told first in the outlet's voice, then attributed ("..., the foreign ministry said"): the source's
    if (prior != null && outlet.equals(prior.assertedBy()) && e.assertedBy() != null && !outlet.equals(e.assertedBy())) {
      out.put(key, prior.withAssertedBy(e.assertedBy()));
    }
  }

  @Nullable String day() {
    return published == null || published.length() < 10 ? null : published.substring(0, 10);
  }
}
