package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The persisted notification log of watch alerts (tables of migration V10): the items rules found, the
 * notifications that group them, their delivery state, and silences. Each method is one transaction, so a
 * process killed at any point leaves every item either open, silenced or in exactly one notification, and
 * every notification pending, delivered or failed: a restart sends what was pending (again, under the same
 * idempotency key, when it was sent but not yet marked) and nothing that was marked delivered.
 */
public final class AlertLog {
  private final Connection db;
  private final Path file;

  AlertLog(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Something a rule found, to be told once: {@code itemKey} is unique over the store. */
  public record NewItem(String alertKey, String watchlist, String rule, String kind, String itemKey, String json,
      @Nullable Long eventId) {}

  public record Item(long id, String alertKey, String watchlist, String rule, String kind, String json, Instant createdAt) {}

  public record Notification(long id, String alertKey, String watchlist, String rule, String kind, String idempotency,
      String payload, Instant createdAt, String state, int attempts, @Nullable String lastError,
      @Nullable Instant deliveredAt) {}

  /** A time-limited mute of a watchlist's rule (or of all its rules, {@code rule} null). */
  public record Silence(long id, String watchlist, @Nullable String rule, Instant startsAt, Instant endsAt, String comment) {
    public boolean mutes(String list, String ruleName, Instant at) {
      return watchlist.equals(list) && (rule == null || rule.equals(ruleName)) && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
  }

  /**
   * Adds the items not added before and marks their events noticed, in one transaction; returns how many
   * were new.
   */
  public int add(List<NewItem> items, Instant now) {
    int added = 0;
    try (PreparedStatement s = db.prepareStatement("INSERT OR IGNORE INTO alert_items (alert_key, watchlist, rule, kind,"
        + " item_key, item, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement notice = db.prepareStatement(
            "INSERT OR IGNORE INTO watch_notices (watchlist, rule, event_id, noticed_at) VALUES (?, ?, ?, ?)")) {
      for (NewItem i : items) {
        s.setString(1, i.alertKey());
        s.setString(2, i.watchlist());
        s.setString(3, i.rule());
        s.setString(4, i.kind());
        s.setString(5, i.itemKey());
        s.setString(6, i.json());
        s.setString(7, now.toString());
        added += s.executeUpdate();
        if (i.eventId() != null) {
          notice.setString(1, i.watchlist());
          notice.setString(2, i.rule());
          notice.setLong(3, i.eventId());
          notice.setString(4, now.toString());
          notice.executeUpdate();
        }
      }
      db.commit();
      return added;
    } catch (SQLException e) {
      throw fail("add alert items", e);
    }
  }

  /** Items neither grouped into a notification nor silenced, by alert, oldest first. */
  public Map<String, List<Item>> open() {
    Map<String, List<Item>> out = new LinkedHashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT id, alert_key, watchlist, rule, kind, item, created_at FROM alert_items"
        + " WHERE notification_id IS NULL AND silence_id IS NULL ORDER BY id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Item i = new Item(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
              Instant.parse(r.getString(7)));
          out.computeIfAbsent(i.alertKey(), k -> new ArrayList<>()).add(i);
        }
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw fail("read open alert items", e);
    }
  }

  /** When the alert was last notified, or null. */
  public @Nullable Instant lastNotified(String alertKey) {
    try (PreparedStatement s = db.prepareStatement("SELECT max(created_at) FROM alert_notifications WHERE alert_key = ?")) {
      s.setString(1, alertKey);
      String at = null;
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) at = r.getString(1);
      }
      db.commit();
      return at == null ? null : Instant.parse(at);
    } catch (SQLException e) {
      throw fail("read the alert's last notification", e);
    }
  }

  /** Creates a pending notification holding {@code items}, in one transaction with their assignment. */
  public long notify(List<Item> items, String idempotency, String payload, Instant now) {
    Item first = items.get(0);
    try (PreparedStatement s = db.prepareStatement("INSERT INTO alert_notifications (alert_key, watchlist, rule, kind,"
        + " idempotency, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement assign = db.prepareStatement("UPDATE alert_items SET notification_id = ? WHERE id = ?")) {
      s.setString(1, first.alertKey());
      s.setString(2, first.watchlist());
      s.setString(3, first.rule());
      s.setString(4, first.kind());
      s.setString(5, idempotency);
      s.setString(6, payload);
      s.setString(7, now.toString());
      s.executeUpdate();
      long id = StatementCache.generatedKey(s);
      for (Item i : items) {
        assign.setLong(1, id);
        assign.setLong(2, i.id());
        assign.executeUpdate();
      }
      db.commit();
      return id;
    } catch (SQLException e) {
      throw fail("record a notification", e);
    }
  }

  /** Marks items as muted by a silence: recorded, never sent. */
  public void silence(List<Item> items, long silenceId) {
    try (PreparedStatement s = db.prepareStatement("UPDATE alert_items SET silence_id = ? WHERE id = ?")) {
      for (Item i : items) {
        s.setLong(1, silenceId);
        s.setLong(2, i.id());
        s.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      throw fail("record silenced items", e);
    }
  }

  /** Notifications not yet delivered nor given up, oldest first. */
  public List<Notification> pending() {
    return notifications("WHERE state = 'pending' ORDER BY id", -1);
  }

  /** The latest notifications, newest first. */
  public List<Notification> recent(int limit) {
    return notifications("ORDER BY id DESC LIMIT ?", limit);
  }

  private List<Notification> notifications(String where, int limit) {
    List<Notification> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT id, alert_key, watchlist, rule, kind, idempotency, payload,"
        + " created_at, state, attempts, last_error, delivered_at FROM alert_notifications " + where)) {
      if (limit >= 0) s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Notification(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getString(7), Instant.parse(r.getString(8)), r.getString(9), r.getInt(10), r.getString(11),
              r.getString(12) == null ? null : Instant.parse(r.getString(12))));
        }
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw fail("read notifications", e);
    }
  }

  /** Records a delivery attempt: delivered, or failed ({@code permanent}: given up; else retried next round). */
  public void attempted(long id, @Nullable String error, boolean permanent, Instant now) {
    String state = error == null ? "delivered" : permanent ? "failed" : "pending";
    try (PreparedStatement s = db.prepareStatement("UPDATE alert_notifications SET state = ?, attempts = attempts + 1,"
        + " last_error = ?, delivered_at = ? WHERE id = ?")) {
      s.setString(1, state);
      s.setString(2, error);
      if (error == null) s.setString(3, now.toString());
      else s.setNull(3, Types.VARCHAR);
      s.setLong(4, id);
      s.executeUpdate();
      db.commit();
    } catch (SQLException e) {
      throw fail("record a delivery", e);
    }
  }

  public long addSilence(String watchlist, @Nullable String rule, Instant startsAt, Instant endsAt, String comment) {
    try (PreparedStatement s = db.prepareStatement(
        "INSERT INTO alert_silences (watchlist, rule, starts_at, ends_at, comment) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, watchlist);
      s.setString(2, rule);
      s.setString(3, startsAt.toString());
      s.setString(4, endsAt.toString());
      s.setString(5, comment);
      s.executeUpdate();
      long id = StatementCache.generatedKey(s);
      db.commit();
      return id;
    } catch (SQLException e) {
      throw fail("add a silence", e);
    }
  }

  /** Ends a silence now if it is still running; false when there is no such silence or it had ended. */
  public boolean endSilence(long id, Instant at) {
    Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // stored times are whole seconds, compared as text
    try (PreparedStatement s = db.prepareStatement("UPDATE alert_silences SET ends_at = ? WHERE id = ? AND ends_at > ?")) {
      s.setString(1, now.toString());
      s.setLong(2, id);
      s.setString(3, now.toString());
      int n = s.executeUpdate();
      db.commit();
      return n == 1;
    } catch (SQLException e) {
      throw fail("end a silence", e);
    }
  }

  /** Every silence of the watchlist, newest first, with how many items each muted. */
  public List<Silence> silences(String watchlist) {
    List<Silence> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT id, watchlist, rule, starts_at, ends_at, comment FROM alert_silences"
        + " WHERE watchlist = ? ORDER BY id DESC")) {
      s.setString(1, watchlist);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new Silence(r.getLong(1), r.getString(2), r.getString(3), Instant.parse(r.getString(4)),
              Instant.parse(r.getString(5)), r.getString(6)));
        }
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw fail("read silences", e);
    }
  }

  /** How many items a silence muted. */
  public int muted(long silenceId) {
    try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM alert_items WHERE silence_id = ?")) {
      s.setLong(1, silenceId);
      int n;
      try (ResultSet r = s.executeQuery()) {
        n = r.next() ? r.getInt(1) : 0;
      }
      db.commit();
      return n;
    } catch (SQLException e) {
      throw fail("count silenced items", e);
    }
  }

  private StoreException fail(String doing, SQLException e) {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the original error says more
    }
    return SqliteStore.translate(file, doing, e, 0);
  }
}
