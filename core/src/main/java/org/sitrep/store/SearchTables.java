package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over the stored articles: the query made valid FTS5 ({@link SearchSyntax}), ranked by bm25
 * with the title above the body, copies folded into their original (linked copies, and hits with the same
 * title and passage), snippets built only for the hits returned.
 */
final class SearchTables {
  private SearchTables() {}

  static List<SearchHit> search(Connection db, SearchQuery q) throws SQLException {
    String fts = SearchSyntax.toFts(q.text());
    if (fts.isEmpty()) return List.of();
    // Rank all matches, but build snippets only for the hits returned: SQLite would otherwise
    // compute the snippet of every matching row before sorting them.
    StringBuilder sql = new StringBuilder("WITH top AS (SELECT a.id AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS r"
        + " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        + " LEFT JOIN outlets o ON o.id = a.outlet_id WHERE articles_fts MATCH ?"
        + " AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.article_id = a.id)");
    List<Object> args = new ArrayList<>();
    args.add(fts);
    if (q.since() != null) {
      sql.append(" AND a.published_utc >= ?");
      args.add(q.since().toString());
    }
    if (q.until() != null) {
      sql.append(" AND a.published_utc < ?");
      args.add(q.until().toString());
    }
    if (q.outlet() != null) {
      // "aljazeera.com" is www.aljazeera.com too
      String host = q.outlet().strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^https?://", "")
          .replaceFirst("/.*$", "").replaceFirst("^www\\.", "");
      sql.append(" AND (o.name = ? COLLATE NOCASE OR o.host = ? COLLATE NOCASE OR o.host = ? COLLATE NOCASE)");
      args.add(q.outlet().strip());
      args.add(host);
      args.add("www." + host);
    }
    // copies are folded below: ask for more than the limit so that folding still fills it
    sql.append(" ORDER BY r LIMIT ?)");
    args.add(Math.min(Integer.MAX_VALUE / 3, q.limit()) * 3);
    sql.append(" SELECT a.id, a.title, a.url, d.source, a.published, -top.r, snippet(articles_fts, 2, '[', ']', '…', 16),"
        + " (SELECT count(*) FROM duplicates x WHERE x.original_id = a.id)"
        + " FROM top JOIN articles_fts ON articles_fts.rowid = top.id JOIN articles a ON a.id = top.id"
        + " JOIN documents d ON d.id = a.document_id WHERE articles_fts MATCH ? ORDER BY top.r");
    args.add(fts);
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      // the same title and passage from another page (a syndicated copy not linked) is one hit too
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          SearchHit h = new SearchHit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getDouble(6), r.getString(7), r.getInt(8));
          String key = java.util.Objects.toString(h.title(), "").strip().toLowerCase(java.util.Locale.ROOT) + "\n"
              + h.snippet().replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
          Integer at = seen.get(key);
          if (at != null) {
            hits.set(at, hits.get(at).plusCopies(1 + h.copies()));
          } else if (hits.size() < q.limit()) {
            seen.put(key, hits.size());
            hits.add(h);
          }
        }
      }
    }
    return hits;
  }

}
