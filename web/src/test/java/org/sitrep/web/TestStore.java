package org.sitrep.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.RawDocument;
import org.sitrep.store.PreparedArticle;
import org.sitrep.store.SqliteStore;

/** Puts articles with one coded event each into a store, as ingest would have stored them. */
final class TestStore {
  private TestStore() {}

  static void put(SqliteStore store, int n, String title, String src, String tgt, String cameo, int quad, LocalDate day) {
    put(store, n, title, "https://wire" + n + ".example/story-" + n, src, tgt, cameo, quad, day);
  }

  static void put(SqliteStore store, int n, String title, String url, String src, String tgt, String cameo, int quad, LocalDate day) {
    String text = title + ". Officials said the matter would be raised at the next meeting.";
    Article a = new Article("p" + n + ".html", url, title, null, List.of(), day + "T08:00:00Z", null, "Wire " + n, "en",
        List.of(text), List.of());
    ActorMention s = new ActorMention(src, 0, 3, 0, new Actor(null, src, "GOV"), "country metonym");
    ActorMention t = new ActorMention(tgt, 4, 7, 0, new Actor(null, tgt, "GOV"), "country metonym");
    Event e = new Event(s, t, cameo, cameo.substring(0, 2), null, null, null, quad, Event.Modality.HAPPENED, null, List.of(),
        day.toString(), Event.DateBasis.PUBLICATION, null, 0, text, "test");
    CodedArticle coded = new CodedArticle(a, List.of(s, t), List.of(), List.of(), List.of(e), List.of());
    store.put(PreparedArticle.of(RawDocument.of(a.source(), a.source(), text.getBytes(StandardCharsets.UTF_8),
        RawDocument.Format.TEXT), a, coded));
    store.flush();
  }
}
