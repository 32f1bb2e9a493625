package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events counted in the store rather than read one by one: per day and QuadClass for a timeline, per counterpart
 * for an actor's network. An actor with tens of thousands of events is summed by SQLite on its indexes
 * ({@code events_source_day}, {@code events_target_day}, covering: migration V12) instead of being read into memory.
 */
public final class EventCounts {
  private final Connection db;
  private final Path file;

  EventCounts(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** How many dated events of one QuadClass fell on one day ({@code day} is yyyy-mm-dd, the start of the event's date). */
  public record Day(String day, int quadClass, int events) {}

  /** Per day and QuadClass, every event of the store. */
  public List<Day> byDay() {
    return days("1 = 1");
  }

  /** Per day and QuadClass, the events of an actor on either side. */
  public List<Day> byDay(String actor) {
    return days("(source_country = ? OR target_country = ?)", actor, actor);
  }

  /** Per day and QuadClass, the events from {@code source} to {@code target}. */
  public List<Day> byDay(String source, String target) {
    return days("source_country = ? AND target_country = ?", source, target);
  }

  /** The actor's counterparts (the other side of each of its events, itself left out) with their number of events. */
  public Map<String, Integer> counterparts(String actor) {
    Map<String, Integer> out = new TreeMap<>();
    String sql = "SELECT CASE WHEN source_country = ? THEN target_country ELSE source_country END AS other, count(*)"
        + " FROM events WHERE (source_country = ? OR target_country = ?) GROUP BY other";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, actor);
      s.setString(2, actor);
      s.setString(3, actor);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String other = r.getString(1);
          if (other != null && !other.equals(actor)) out.put(other, r.getInt(2));
        }
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "count the counterparts of " + actor, e, 0);
    }
  }

  /** The number of events from {@code source} to {@code target}. */
  public int count(String source, String target) {
    try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM events WHERE source_country = ? AND target_country = ?")) {
      s.setString(1, source);
      s.setString(2, target);
      int n;
      try (ResultSet r = s.executeQuery()) {
        n = r.next() ? r.getInt(1) : 0;
      }
      db.commit();
      return n;
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "count events " + source + " to " + target, e, 0);
    }
  }

  private List<Day> days(String where, String... args) {
    List<Day> out = new ArrayList<>();
    String sql = "SELECT substr(event_date, 1, 10) AS day, quad_class, count(*) FROM events WHERE " + where
        + " AND length(event_date) >= 10 AND quad_class BETWEEN 1 AND 4 GROUP BY day, quad_class ORDER BY day, quad_class";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) s.setString(i + 1, args[i]);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(new Day(r.getString(1), r.getInt(2), r.getInt(3)));
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "count events by day", e, 0);
    }
  }
}
