package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;

/**
 * The coding stage's tables: actors, the actor memory, mentions, quotes, events and event mentions.
 * Writes run inside the caller's transaction (the article's own), so an article and its coding are
 * stored together or not at all.
 */
final class EventTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection db;
  private final Map<String, Long> actorIds = new HashMap<>();

  private final StatementCache statements;

  EventTables(Connection db, StatementCache statements) {
    this.db = db;
    this.statements = statements;
  }

  void write(long articleId, CodedArticle coded, String at) throws SQLException {
    try (PreparedStatement s = statements.prepare(
        "INSERT INTO mentions (article_id, actor_id, mention, start, end) VALUES (?,?,?,?,?)")) {
      for (ActorMention m : coded.actors()) {
        s.setLong(1, articleId);
        s.setLong(2, actor(m.actor()));
        s.setString(3, m.mention());
        s.setInt(4, m.start());
        s.setInt(5, m.end());
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s = statements.prepare(
        "INSERT INTO quotes (article_id, text, speaker_actor_id, speaker_mention) VALUES (?,?,?,?)")) {
      for (Quote q : coded.quotes()) {
        s.setLong(1, articleId);
        s.setString(2, q.text());
        if (q.speaker() == null) {
          s.setNull(3, java.sql.Types.INTEGER);
          s.setNull(4, java.sql.Types.VARCHAR);
        } else {
          s.setLong(3, actor(q.speaker().actor()));
          s.setString(4, q.speaker().mention());
        }
        s.addBatch();
      }
      s.executeBatch();
    }
    for (ActorMention m : coded.actors()) {
      Actor a = m.actor();
      if (a.name() != null && a.country() != null && a.role() != null && !m.rule().equals("pronoun")) {
        try (PreparedStatement s = statements.prepare("INSERT INTO actor_memory (name, actor_id, learned_from, updated_at)"
            + " VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET actor_id = excluded.actor_id, learned_from = excluded.learned_from,"
            + " updated_at = excluded.updated_at")) {
          s.setString(1, a.name());
          s.setLong(2, actor(a));
          s.setLong(3, articleId);
          s.setString(4, at);
          s.executeUpdate();
        }
      }
    }
    for (Event e : coded.events()) {
      long eventId = event(e, at);
      try (PreparedStatement s = statements.prepare(
          "INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence_index, evidence) VALUES (?,?,?,?)")) {
        s.setLong(1, eventId);
        s.setLong(2, articleId);
        s.setInt(3, e.sentence());
        s.setString(4, e.evidence());
        s.executeUpdate();
      }
      try (PreparedStatement s = statements.prepare("UPDATE events SET"
          + " num_mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?1),"
          + " num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions WHERE event_id = ?1),"
          + " num_sources = (SELECT count(DISTINCT coalesce(a.outlet_id, -a.id)) FROM event_mentions m"
          + "   JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1),"
          + " last_seen = ?2 WHERE id = ?1")) {
        s.setLong(1, eventId);
        s.setString(2, at);
        s.executeUpdate();
      }
    }
  }

  /**
   * The same act by the same actors, with the same modality on the same date, is one event. A planned,
   * alleged, denied or hypothetical act the text does not date is one event whichever day it is reported on.
   */
  static String key(Event e) {
    boolean dated = e.dateBasis() == Event.DateBasis.TEXT
        || e.modality() == Event.Modality.HAPPENED || e.modality() == Event.Modality.REPORTED;
    Actor s = e.source().actor();
    Actor t = e.target() == null ? null : e.target().actor();
    return String.join("|", Objects.toString(s.country(), ""), Objects.toString(s.role(), ""),
        t == null ? "" : Objects.toString(t.country(), ""), t == null ? "" : Objects.toString(t.role(), ""),
        e.cameo(), e.modality().label(), dated ? Objects.toString(e.date(), "") : "");
  }

  private long event(Event e, String at) throws SQLException {
    String key = key(e);
    try (PreparedStatement s = statements.prepare("SELECT id FROM events WHERE event_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) return r.getLong(1);
      }
    }
    Actor src = e.source().actor();
    Actor tgt = e.target() == null ? null : e.target().actor();
    try (PreparedStatement s = statements.prepare("INSERT INTO events (event_key, source_name, source_country, source_role,"
        + " target_name, target_country, target_role, cameo, root, plover, goldstein, quad_class, modality, asserted_by,"
        + " denied_by, event_date, place_name, place_country, first_seen, last_seen, date_basis)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, key);
      s.setString(2, src.name());
      s.setString(3, src.country());
      s.setString(4, src.role());
      s.setString(5, tgt == null ? null : tgt.name());
      s.setString(6, tgt == null ? null : tgt.country());
      s.setString(7, tgt == null ? null : tgt.role());
      s.setString(8, e.cameo());
      s.setString(9, e.root());
      s.setString(10, e.plover());
      if (e.goldstein() == null) s.setNull(11, java.sql.Types.REAL);
      else s.setDouble(11, e.goldstein());
      s.setInt(12, e.quadClass());
      s.setString(13, e.modality().label());
      s.setString(14, e.assertedBy() == null ? null : actorJson(e.assertedBy()).toString());
      ArrayNode denied = JSON.createArrayNode();
      e.deniedBy().forEach(a -> denied.add(actorJson(a)));
      s.setString(15, denied.toString());
      s.setString(16, e.date());
      s.setString(17, e.place() == null ? null : e.place().name());
      s.setString(18, e.place() == null ? null : e.place().country());
      s.setString(19, at);
      s.setString(20, at);
      s.setString(21, e.dateBasis() == null ? null : e.dateBasis().label());
      s.executeUpdate();
      try (ResultSet k = s.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  static ObjectNode actorJson(Actor a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", a.name());
    n.put("country", a.country());
    n.put("role", a.role());
    return n;
  }

  private long actor(Actor a) throws SQLException {
    String k = a.name() + "|" + a.country() + "|" + a.role();
    Long id = actorIds.get(k);
    if (id != null) return id;
    try (PreparedStatement s = statements.prepare("INSERT OR IGNORE INTO actors (name, country, role) VALUES (?,?,?)")) {
      s.setString(1, a.name());
      s.setString(2, a.country());
      s.setString(3, a.role());
      s.executeUpdate();
    }
    // NULLs are distinct in a UNIQUE index: match them with IS
    try (PreparedStatement s = statements.prepare("SELECT id FROM actors WHERE name IS ? AND country IS ? AND role IS ? LIMIT 1")) {
      s.setString(1, a.name());
      s.setString(2, a.country());
      s.setString(3, a.role());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
    }
    actorIds.put(k, id);
    return id;
  }

  /** Forgets cached actor ids (after a rollback they may not exist). */
  void reset() {
    actorIds.clear();
  }

  List<Actor> memory() throws SQLException {
    List<Actor> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(
        "SELECT a.name, a.country, a.role FROM actor_memory m JOIN actors a ON a.id = m.actor_id ORDER BY m.updated_at");
        ResultSet r = s.executeQuery()) {
      while (r.next()) out.add(new Actor(r.getString(1), r.getString(2), r.getString(3)));
    }
    return out;
  }

  List<StoredEvent> query(EventQuery q) throws SQLException {
    return query(q, null);
  }

  /** The events of one story's articles (duplicates folded: an event is one row however many copies tell it). */
  List<StoredEvent> ofStory(long storyId, int limit) throws SQLException {
    return query(EventQuery.all(limit), storyId);
  }

  /** An actor's latest events by their date, on either side (each side read newest first from its index). */
  List<StoredEvent> latestOf(String actor, int limit) throws SQLException {
    String ids = "id IN (SELECT id FROM (SELECT id FROM events WHERE source_country = ? ORDER BY event_date DESC LIMIT ?)"
        + " UNION SELECT id FROM (SELECT id FROM events WHERE target_country = ? ORDER BY event_date DESC LIMIT ?))";
    return query(EventQuery.all(limit), null, ids, List.of(actor, limit, actor, limit), "event_date DESC, id DESC");
  }

  private List<StoredEvent> query(EventQuery q, @Nullable Long storyId) throws SQLException {
    return query(q, storyId, null, List.of(), "num_mentions DESC, last_seen DESC, id");
  }

  private List<StoredEvent> query(EventQuery q, @Nullable Long storyId, @Nullable String idFilter, List<Object> idArgs,
      String orderBy) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT id, source_name, source_country, source_role, target_name, target_country,"
        + " target_role, cameo, root, plover, goldstein, quad_class, modality, asserted_by, denied_by, event_date, place_name,"
        + " place_country, num_mentions, num_articles, num_sources, first_seen, last_seen, date_basis FROM events WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.actor() != null) {
      sql.append(" AND (source_country = ? OR target_country = ?)");
      args.add(q.actor());
      args.add(q.actor());
    }
    if (q.source() != null) { sql.append(" AND source_country = ?"); args.add(q.source()); }
    if (q.target() != null) { sql.append(" AND target_country = ?"); args.add(q.target()); }
    if (q.cameo() != null) {
      if (q.cameo().length() == 2) { sql.append(" AND root = ?"); args.add(q.cameo()); }
      else { sql.append(" AND cameo LIKE ?"); args.add(q.cameo() + "%"); }
    }
    if (q.modality() != null) { sql.append(" AND modality = ?"); args.add(q.modality()); }
    // on the event's date (or interval: its end for since, its start for until), not on when it was stored
    if (q.since() != null) {
      String day = EventQuery.day(q.since(), false);
      sql.append(" AND (event_date >= ? OR (length(event_date) > 10 AND substr(event_date, 12) >= ?))");
      args.add(day);
      args.add(day);
    }
    if (q.until() != null) { sql.append(" AND event_date < ?"); args.add(EventQuery.day(q.until(), true)); }
    if (storyId != null) {
      sql.append(" AND id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.story_id = ?)");
      args.add(storyId);
    }
    if (idFilter != null) {
      sql.append(" AND ").append(idFilter);
      args.addAll(idArgs);
    }
    sql.append(" ORDER BY ").append(orderBy).append(" LIMIT ?");
    args.add(q.limit());
    record Row(long id, String[] f, @Nullable Double goldstein, int quad, int mentions, int articles, int sources) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) s.setObject(i + 1, args.get(i));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String[] f = new String[25];
          for (int c = 2; c <= 24; c++) {
            if (c != 11 && c != 12 && c != 19 && c != 20 && c != 21) f[c] = r.getString(c);
          }
          rows.add(new Row(r.getLong(1), f, r.getObject(11) == null ? null : r.getDouble(11), r.getInt(12), r.getInt(19),
              r.getInt(20), r.getInt(21)));
        }
      }
    }
    // the articles of all returned events in one query, not one per event
    Map<Long, List<Long>> articles = new HashMap<>();
    Map<Long, String[]> first = new HashMap<>();
    if (!rows.isEmpty()) {
      StringBuilder in = new StringBuilder();
      for (Row row : rows) in.append(in.length() == 0 ? "" : ",").append(row.id());
      try (PreparedStatement m = db.prepareStatement("SELECT m.event_id, m.article_id, m.evidence, coalesce(a.url, d.source)"
          + " FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN documents d ON d.id = a.document_id"
          + " WHERE m.event_id IN (" + in + ") ORDER BY m.event_id, m.article_id, m.sentence_index");
          ResultSet mr = m.executeQuery()) {
        while (mr.next()) {
          long id = mr.getLong(1);
          List<Long> list = articles.computeIfAbsent(id, k -> new ArrayList<>());
          if (!list.contains(mr.getLong(2))) list.add(mr.getLong(2));
          first.putIfAbsent(id, new String[] {mr.getString(3), mr.getString(4)});
        }
      }
    }
    List<StoredEvent> out = new ArrayList<>();
    for (Row row : rows) {
      String[] f = row.f();
      String[] ev = first.getOrDefault(row.id(), new String[2]);
      out.add(new StoredEvent(row.id(), f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], row.goldstein(), row.quad(),
          f[13], f[14], f[15] == null ? "[]" : f[15], f[16], f[24], f[17], f[18], row.mentions(), row.articles(), row.sources(),
          f[22], f[23], articles.getOrDefault(row.id(), List.of()), ev[0], ev[1]));
    }
    return out;
  }

  List<StoredQuote> quotes(int limit) throws SQLException {
    List<StoredQuote> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT q.article_id, q.text, q.speaker_mention, a.name, a.country, a.role"
        + " FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor_id ORDER BY q.id LIMIT ?")) {
      s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StoredQuote(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
        }
      }
    }
    return out;
  }

}
