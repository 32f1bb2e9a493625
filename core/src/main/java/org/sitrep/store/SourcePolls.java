package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The polls of watched sources (migration V11), recorded by {@code ingest --watch}, read by source-silence alerts. */
public final class SourcePolls {
  private final Connection db;
  private final Path file;

  SourcePolls(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** One poll: when, how many new documents, and the error when it failed. */
  public record Poll(String source, Instant at, int newDocuments, @Nullable String error) {}

  public void record(Poll p) {
    try (PreparedStatement s = db.prepareStatement(
        "INSERT INTO source_polls (source, polled_at, new_documents, error) VALUES (?, ?, ?, ?)")) {
      s.setString(1, p.source());
      s.setString(2, p.at().toString());
      s.setInt(3, p.newDocuments());
      s.setString(4, p.error());
      s.executeUpdate();
      db.commit();
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "record a poll of " + p.source(), e, 0);
    }
  }

  /** Every source's polls, oldest first. */
  public Map<String, List<Poll>> bySource() {
    Map<String, List<Poll>> out = new LinkedHashMap<>();
    try (PreparedStatement s = db.prepareStatement(
        "SELECT source, polled_at, new_documents, error FROM source_polls ORDER BY source, polled_at, id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Poll p = new Poll(r.getString(1), Instant.parse(r.getString(2)), r.getInt(3), r.getString(4));
          out.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
        }
      }
      db.commit();
      return out;
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "read the source polls", e, 0);
    }
  }
}
