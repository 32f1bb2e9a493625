package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store holds about one day, for the daily situation report: the stories its articles tell and the
 * quotations in them. An article belongs to the day it was published (UTC), or stored when it carries no
 * publication date.
 */
final class DayTables {
  private final Connection db;

  DayTables(Connection db) {
    this.db = db;
  }

  private static final String DAY = "substr(coalesce(a.published_utc, a.stored_at), 1, 10)";

  List<DayStory> stories(LocalDate day, int limit) throws SQLException {
    List<DayStory> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT s.id, s.title, count(DISTINCT a.id),"
        + " count(DISTINCT coalesce(a.outlet_id, -a.id)) AS outlets FROM articles a JOIN stories s ON s.id = a.story_id"
        + " WHERE " + DAY + " = ? GROUP BY s.id ORDER BY outlets DESC, count(DISTINCT a.id) DESC, s.id LIMIT ?");
        PreparedStatement links = db.prepareStatement("SELECT a.title, coalesce(a.url, d.source) FROM articles a"
            + " JOIN documents d ON d.id = a.document_id WHERE a.story_id = ? AND " + DAY + " = ?"
            + " AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.article_id = a.id) ORDER BY a.id LIMIT 5")) {
      s.setString(1, day.toString());
      s.setInt(2, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          List<String> headlines = new ArrayList<>();
          List<String> urls = new ArrayList<>();
          links.setLong(1, r.getLong(1));
          links.setString(2, day.toString());
          try (ResultSet l = links.executeQuery()) {
            while (l.next()) {
              if (l.getString(1) != null && !headlines.contains(l.getString(1))) headlines.add(l.getString(1));
              urls.add(l.getString(2));
            }
          }
          out.add(new DayStory(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4), headlines, urls));
        }
      }
    }
    return out;
  }

  List<DayQuote> quotes(LocalDate day, int limit) throws SQLException {
    List<DayQuote> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT q.text, q.speaker_mention, ac.country, ac.role,"
        + " coalesce(a.url, d.source) FROM quotes q JOIN articles a ON a.id = q.article_id"
        + " JOIN documents d ON d.id = a.document_id LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
        + " WHERE " + DAY + " = ? AND q.speaker_mention IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.article_id = a.id) ORDER BY q.id LIMIT ?")) {
      s.setString(1, day.toString());
      s.setInt(2, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new DayQuote(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
      }
    }
    return out;
  }
}
