package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.cluster.Fingerprint;
import org.sitrep.cluster.TermProfile;
import org.sitrep.model.Article;

/**
 * Copies and stories, as each article arrives: exact and near duplicates (MinHash bands, then the closest
 * signature above {@link #NEAR_DUPLICATE}), and the story an article joins — its original's, else the
 * story within {@link #STORY_WINDOW} whose IDF-weighted term profile is closest above {@link #SAME_STORY},
 * else a new one. Change the thresholds here; StoryQualityTest measures them.
 */
final class StoryTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection db;
  private final StatementCache statements;

  StoryTables(Connection db, StatementCache statements) {
    this.db = db;
    this.statements = statements;
  }

  /** Near-duplicate threshold on estimated Jaccard similarity of 5-word shingles. */
  static final double NEAR_DUPLICATE = 0.6;
  /**
   * Story threshold on the cosine of IDF-weighted term profiles. Measured on the 181 benchmark pages and
   * 40 copies (StoryQualityTest, BENCHMARKS.md): 0.30 → pairwise P 0.667 R 0.849, 0.35 → 0.745 / 0.842,
   * 0.40 → 0.814 / 0.849; plain term weights at the former 0.30 gave 0.592 / 0.878.
   */
  static final double SAME_STORY = 0.40;
  /** How far apart in time two articles of one story may be. */
  static final java.time.Duration STORY_WINDOW = java.time.Duration.ofDays(3);

  void link(long articleId, long originalId, String kind, double similarity) throws SQLException {
    try (PreparedStatement s = statements.prepare(
        "INSERT OR IGNORE INTO duplicates (article_id, original_id, kind, similarity) VALUES (?, ?, ?, ?)")) {
      s.setLong(1, articleId);
      s.setLong(2, originalId);
      s.setString(3, kind);
      s.setDouble(4, similarity);
      s.executeUpdate();
    }
  }

  /** Candidates taken from one band bucket: a bucket shared by more articles says little more. */
  static final int PER_BUCKET = 20;

  /**
   * The most similar earlier article above the threshold (linked as a near duplicate), or null. The
   * lookup is bounded whatever the store holds: at most {@link #PER_BUCKET} articles from each of the
   * signature's band buckets are compared.
   */
  @Nullable Long nearDuplicate(long articleId, Fingerprint fp) throws SQLException {
    long[] bands = fp.bands();
    java.util.Set<Long> candidates = new java.util.LinkedHashSet<>();
    try (PreparedStatement s = statements.prepare(
        "SELECT article_id FROM lsh_bands WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT " + PER_BUCKET)) {
      for (int i = 0; i < bands.length; i++) {
        s.setInt(1, i);
        s.setLong(2, bands[i]);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            candidates.add(r.getLong(1));
          }
        }
      }
    }
    candidates.remove(articleId);
    Long best = null;
    double bestSimilarity = NEAR_DUPLICATE;
    try (PreparedStatement s = statements.prepare("SELECT minhash FROM article_fingerprints WHERE article_id = ?")) {
      for (long other : candidates) {
        s.setLong(1, other);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            double sim = fp.similarity(Fingerprint.fromBytes(r.getBytes(1)));
            if (sim >= bestSimilarity) {
              bestSimilarity = sim;
              best = other;
            }
          }
        }
      }
    }
    if (best != null) {
      link(articleId, best, "near", bestSimilarity);
    }
    return best;
  }

  void keepFingerprint(long articleId, Fingerprint fp) throws SQLException {
    try (PreparedStatement s = statements.prepare("INSERT INTO article_fingerprints (article_id, minhash) VALUES (?, ?)")) {
      s.setLong(1, articleId);
      s.setBytes(2, fp.toBytes());
      s.executeUpdate();
    }
    long[] bands = fp.bands();
    try (PreparedStatement s = statements.prepare("INSERT OR IGNORE INTO lsh_bands (band, bucket, article_id) VALUES (?, ?, ?)")) {
      for (int i = 0; i < bands.length; i++) {
        s.setInt(1, i);
        s.setLong(2, bands[i]);
        s.setLong(3, articleId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Puts the article in a story: its duplicate's, else the story within the time window whose term
   * profile is closest (above the threshold), else a new one. Incremental: one article at a time.
   */
  void assignStory(long articleId, Article article, TermProfile profile, @Nullable Long duplicateOf, String at)
      throws SQLException {
    Long story = null;
    if (duplicateOf != null) {
      story = statements.firstLong("SELECT story_id FROM articles WHERE id = ?", duplicateOf);
    }
    java.util.function.ToDoubleFunction<String> idf = termWeights(profile);
    if (story == null) {
      Instant t = Instant.parse(at);
      List<String> terms = profile.strongest(INDEXED_TERMS);
      // Stories sharing at least two strong terms, newest first per term, bounded per term.
      java.util.Map<Long, Integer> shared = new java.util.HashMap<>();
      try (PreparedStatement s = statements.prepare(
          "SELECT story_id FROM story_terms WHERE term = ? ORDER BY story_id DESC LIMIT " + STORIES_PER_TERM)) {
        for (String term : terms) {
          s.setString(1, term);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              shared.merge(r.getLong(1), 1, Integer::sum);
            }
          }
        }
      }
      List<Long> candidates = shared.entrySet().stream().filter(e -> e.getValue() >= 2)
          .sorted(java.util.Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
          .limit(50).map(java.util.Map.Entry::getKey).toList();
      double best = SAME_STORY;
      String from = t.minus(STORY_WINDOW).toString();
      String to = t.plus(STORY_WINDOW).toString();
      try (PreparedStatement s = statements.prepare(
          "SELECT profile FROM stories WHERE id = ? AND last_seen >= ? AND first_seen <= ?")) {
        for (long candidate : candidates) {
          s.setLong(1, candidate);
          s.setString(2, from);
          s.setString(3, to);
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              double sim = profile.similarity(profileOf(r.getString(1)), idf);
              if (sim >= best) {
                best = sim;
                story = candidate;
              }
            }
          }
        }
      }
    }
    if (story == null) {
      try (PreparedStatement s = statements.prepare(
          "INSERT INTO stories (title, first_seen, last_seen, article_count, profile) VALUES (?, ?, ?, 1, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, article.title());
        s.setString(2, at);
        s.setString(3, at);
        s.setString(4, profileJson(profile));
        s.executeUpdate();
        story = StatementCache.generatedKey(s);
      }
      indexStory(story, profile);
    } else {
      TermProfile merged;
      try (PreparedStatement s = statements.prepare("SELECT profile FROM stories WHERE id = ?")) {
        s.setLong(1, story);
        try (ResultSet r = s.executeQuery()) {
          merged = r.next() ? profileOf(r.getString(1)).merge(profile) : profile;
        }
      }
      try (PreparedStatement s = statements.prepare("UPDATE stories SET article_count = article_count + 1,"
          + " first_seen = min(first_seen, ?), last_seen = max(last_seen, ?), profile = ? WHERE id = ?")) {
        s.setString(1, at);
        s.setString(2, at);
        s.setString(3, profileJson(merged));
        s.setLong(4, story);
        s.executeUpdate();
      }
      indexStory(story, merged);
    }
    try (PreparedStatement s = statements.prepare("UPDATE articles SET story_id = ? WHERE id = ?")) {
      s.setLong(1, story);
      s.setLong(2, articleId);
      s.executeUpdate();
    }
  }

  /** Stories looked at per shared term, newest first: a term in thousands of stories says little. */
  static final int STORIES_PER_TERM = 200;

  /** How many of a profile's strongest terms index a story and select candidate stories. */
  static final int INDEXED_TERMS = 12;

  /** Article counts per profile term (loaded on the first put), and the number of articles they count. */
  private java.util.@Nullable Map<String, Integer> termDf;
  private long dfArticles;

  /**
   * Inverse document frequency of terms among the stored articles' profiles, counting this article's
   * terms in first: a term most articles have ("year", a frequent name) says little about which story an
   * article belongs to; a rare one ("Stadia", "Europa") says much.
   */
  private java.util.function.ToDoubleFunction<String> termWeights(TermProfile profile) throws SQLException {
    if (termDf == null) {
      termDf = new java.util.HashMap<>();
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT term, df FROM term_df")) {
        while (r.next()) termDf.put(r.getString(1), r.getInt(2));
      }
      Long n = statements.firstLong("SELECT count(*) FROM articles");
      dfArticles = n == null ? 0 : Math.max(0, n - 1); // this article is already in the table
    }
    dfArticles++;
    try (PreparedStatement s = statements.prepare(
        "INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1")) {
      for (String term : profile.weights().keySet()) {
        termDf.merge(term, 1, Integer::sum);
        s.setString(1, term);
        s.addBatch();
      }
      s.executeBatch();
    }
    java.util.Map<String, Integer> df = termDf;
    double n = dfArticles;
    return term -> Math.log(1 + (n + 1) / (df.getOrDefault(term, 0) + 0.5));
  }

  private void indexStory(long story, TermProfile profile) throws SQLException {
    try (PreparedStatement s = statements.prepare("DELETE FROM story_terms WHERE story_id = ?")) {
      s.setLong(1, story);
      s.executeUpdate();
    }
    try (PreparedStatement s = statements.prepare("INSERT OR IGNORE INTO story_terms (term, story_id) VALUES (?, ?)")) {
      for (String term : profile.strongest(INDEXED_TERMS)) {
        s.setString(1, term);
        s.setLong(2, story);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static TermProfile profileOf(@Nullable String json) {
    if (json == null) {
      return new TermProfile(java.util.Map.of());
    }
    try {
      return new TermProfile(JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Double>>() {}));
    } catch (JsonProcessingException e) {
      return new TermProfile(java.util.Map.of());
    }
  }

  private static String profileJson(TermProfile p) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(p.weights()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a body is long enough (30 words) for its shingles to say anything. */

  /** The stories last seen at or after {@code since} with at least {@code minArticles}, the most told first. */
  List<StorySummary> list(@Nullable Instant since, int minArticles, int limit) throws SQLException {
    List<StorySummary> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT s.id, s.title, s.first_seen, s.last_seen, s.article_count,"
        + " (SELECT count(DISTINCT coalesce(a.outlet_id, -a.id)) FROM articles a WHERE a.story_id = s.id)"
        + " FROM stories s WHERE s.last_seen >= ? AND s.article_count >= ?"
        + " ORDER BY s.article_count DESC, s.last_seen DESC LIMIT ?");
        PreparedStatement titles = db.prepareStatement(
            "SELECT title FROM articles a WHERE story_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.article_id = a.id) GROUP BY lower(trim(title))"
            + " ORDER BY min(coalesce(published_utc, stored_at)), min(id) LIMIT 10")) {
      s.setString(1, since == null ? "" : since.toString());
      s.setInt(2, minArticles);
      s.setInt(3, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          List<String> headlines = new ArrayList<>();
          titles.setLong(1, r.getLong(1));
          try (ResultSet t = titles.executeQuery()) {
            while (t.next()) {
              headlines.add(t.getString(1) == null ? "(untitled)" : t.getString(1));
            }
          }
          out.add(new StorySummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
              r.getInt(6), headlines));
        }
      }
    }
    return out;
  }

  /** A story's articles, copies folded into their originals; null when the story does not exist. */
  @org.jspecify.annotations.Nullable StoryDetail detail(long id, List<StoredEvent> events) throws SQLException {
    String title;
    try (PreparedStatement s = db.prepareStatement("SELECT title FROM stories WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) return null;
        title = r.getString(1);
      }
    }
    List<StoryDetail.Article> articles = new ArrayList<>();
    java.util.Set<String> outlets = new java.util.HashSet<>();
    try (PreparedStatement s = db.prepareStatement("SELECT a.id, a.title, coalesce(a.url, d.source), coalesce(o.name, o.host), a.published,"
        + " (SELECT count(*) FROM duplicates x WHERE x.original_id = a.id) FROM articles a JOIN documents d ON d.id = a.document_id"
        + " LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.story_id = ?"
        + " AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.article_id = a.id) ORDER BY a.published_utc, a.id")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          articles.add(new StoryDetail.Article(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6)));
          if (r.getString(4) != null) outlets.add(r.getString(4));
        }
      }
    }
    return new StoryDetail(id, title, articles, outlets.size(), events);
  }
}
