package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.sitrep.cluster.Fingerprint;
import org.sitrep.cluster.TermProfile;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.RawDocument;

/**
 * The embedded default store: one SQLite file in WAL mode, schema migrated by Flyway on open.
 *
 * <p>Each {@link #put} is all or nothing (a savepoint), and puts are committed in groups — every
 * {@value #COMMIT_EVERY} documents, after {@value #COMMIT_AFTER_MS} ms, before any read and on
 * {@link #flush} or {@link #close} — because a commit per document cost more than the document's own
 * writes. A process killed at any moment leaves every article either wholly stored or not at all
 * (at most the last group is lost, and a new run stores it again); on restart, the same document is
 * recognised by its canonical URL or the hash of its bytes and not stored twice. WAL with
 * {@code synchronous=NORMAL} is durable against a crashed or killed process (not against power loss
 * on the last commits).
 */
public final class SqliteStore implements ArticleStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long a write waits for another process's write lock unless told otherwise. */
  public static final java.time.Duration DEFAULT_LOCK_WAIT = java.time.Duration.ofMinutes(10);
  /** The schema version the migrations under {@code db/migration} reach (checked by a test). */
  static final int SCHEMA_VERSION = 7;

  private final long busyTimeoutMs;

  private final Path file;
  private final Connection db;

  private final EventTables events;
  private final DayTables days;

  /** Documents put since the last commit, and when the first of them was. */
  private int uncommitted;
  private long firstUncommittedNanos;

  static final int COMMIT_EVERY = 64;
  static final long COMMIT_AFTER_MS = 1_000;

  private final StatementCache statements;

  private SqliteStore(Path file, Connection db, long busyTimeoutMs) {
    this.busyTimeoutMs = busyTimeoutMs;
    this.statements = new StatementCache(db);
    this.events = new EventTables(db, statements);
    this.days = new DayTables(db);
    this.file = file;
    this.db = db;
  }

  /** Opens (creating and migrating when needed) the store at {@code file}, waiting up to 10 minutes for locks. */
  public static SqliteStore open(Path file) {
    return open(file, DEFAULT_LOCK_WAIT);
  }

  /**
   * Opens an existing store for reading only: no write access to the file is needed, no lock is taken,
   * and a run writing to it meanwhile is neither blocked nor blocking. A store of an older schema is
   * migrated first when it can be written, else refused with what to do.
   */
  public static SqliteStore openForReading(Path file, java.time.Duration lockWait) {
    long waitMs = Math.max(0, lockWait.toMillis());
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, waitMs));
    Connection c = null;
    try {
      try {
        c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        schemaVersion(c, file); // a read-only WAL store in a folder we cannot write fails here
      } catch (SQLException e) {
        if (c != null) c.close();
        if (!String.valueOf(e.getMessage()).contains("CANTOPEN") && !String.valueOf(e.getMessage()).contains("unable to open")) {
          throw e;
        }
        // nothing can create the -shm file beside it: read the file as it is, unchanging
        c = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
      }
      int version = schemaVersion(c, file);
      if (version < SCHEMA_VERSION) {
        c.close();
        if (Files.isWritable(file)) return open(file, lockWait);
        throw new StoreException("the store " + file + " was written by an older Sitrep (schema " + version + " of "
            + SCHEMA_VERSION + ") and is read-only; run any command that writes (e.g. 'sitrep ingest') once with write access");
      }
      c.setAutoCommit(false);
      return new SqliteStore(file, c, waitMs);
    } catch (SQLException e) {
      throw translate(file, "read", e, waitMs);
    }
  }

  /** The schema version a store's migration history reaches; refuses SQLite files that are not stores. */
  private static int schemaVersion(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
        if (!r.next() || r.getInt(1) == 0) {
          boolean empty;
          try (ResultSet t = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            empty = t.next() && t.getInt(1) == 0;
          }
          throw new StoreException(file + (empty ? " is an empty file, not a Sitrep store"
              : " is an SQLite database, but not a Sitrep store (it has tables of its own); give another --db"));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** Opens (creating and migrating when needed) the store at {@code file}, waiting up to {@code lockWait} for locks. */
  public static SqliteStore open(Path file, java.time.Duration lockWait) {
    long waitMs = Math.max(0, lockWait.toMillis());
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for the store " + file + ": " + e.getMessage(), e);
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException("the store " + file + " is read-only; this command writes to it (reading commands"
          + " such as search, events, stats and export do not need write access)");
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      // A writer's transactions take the write lock when they begin (waiting for it up to the busy
      // timeout), not when their first write comes: a read transaction upgraded later fails at once with
      // SQLITE_BUSY when another process has written meanwhile, however long the timeout.
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
      config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, waitMs));
      Connection c = config.createConnection(url);
      if (Files.size(file) > 0) {
        try {
          schemaVersion(c, file);
        } catch (StoreException | SQLException e) {
          c.close();
          throw e;
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + waitMs);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        // SQLite's default page cache is 2 MB; a store of 100,000 articles is ~1 GB, and its
        // indexes (URLs, hashes, LSH bands, story terms) are read at random on every put.
        s.execute("PRAGMA cache_size = -65536");
        s.execute("PRAGMA mmap_size = 268435456");
        s.execute("PRAGMA temp_store = MEMORY");
      }
      Flyway.configure()
          .dataSource(url + "?busy_timeout=" + waitMs, null, null)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
      c.setAutoCommit(false);
      return new SqliteStore(file, c, waitMs);
    } catch (IOException e) {
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw translate(file, "open", e, waitMs);
    } catch (FlywayException e) {
      Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
      if (cause instanceof SQLException sql) {
        throw translate(file, "migrate", sql, waitMs);
      }
      throw new StoreException("cannot migrate the store " + file + ": " + e.getMessage(), e);
    }
  }

  private StoreException translate(Path file, String doing, SQLException e) {
    return translate(file, doing, e, busyTimeoutMs);
  }

  static StoreException translate(Path file, String doing, SQLException e, long waitedMs) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
      return new StoreException("the store " + file + " is locked by another process (waited "
          + Math.round(waitedMs / 1000.0) + " s to " + doing + "); let the other run finish, wait longer with"
          + " --lock-wait SECONDS, or use another --db", e);
    }
    if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
      return new StoreException("the store " + file + " is read-only; Sitrep needs to write to it", e);
    }
    if (m.contains("SQLITE_NOTADB") || m.contains("not a database") || m.contains("SQLITE_CORRUPT")) {
      return new StoreException(file + " is not a Sitrep store (not an SQLite database, or corrupt)", e);
    }
    return new StoreException("store " + file + ": cannot " + doing + ": " + m, e);
  }

  @Override
  public Stored put(PreparedArticle prepared) {
    RawDocument document = prepared.document();
    Article article = prepared.article();
    CodedArticle coded = prepared.coded();
    String hash = prepared.contentHash();
    String url = prepared.url();
    try {
      Long existing = firstLong("SELECT a.id FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.content_hash = ?", hash);
      if (existing != null) {
        return new Stored(Stored.Status.DUPLICATE, existing, "same content as article " + existing);
      }
      if (url != null) {
        existing = firstLong("SELECT a.id FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.url = ?", url);
        if (existing != null) {
          return new Stored(Stored.Status.DUPLICATE, existing, "same URL as article " + existing);
        }
      }
      execute("SAVEPOINT put");
      String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
      Long outlet = outlet(article);
      long documentId;
      try (PreparedStatement s = statements.prepare(
          "INSERT INTO documents (source, url, content_hash, content_type, bytes, fetched_at, raw, raw_codec) VALUES (?,?,?,?,?,?,?,'zstd')",
          Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, document.source());
        s.setString(2, url);
        s.setString(3, hash);
        s.setString(4, document.contentType());
        s.setLong(5, document.content().length);
        s.setString(6, now);
        s.setBytes(7, prepared.raw());
        s.executeUpdate();
        documentId = generatedKey(s);
      }
      String body = article.text();
      String bodyHash = prepared.bodyHash();
      Long original = body.isEmpty() ? null
          : firstLong("SELECT id FROM articles WHERE body_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1", bodyHash);
      long articleId;
      try (PreparedStatement s = statements.prepare("INSERT INTO articles (document_id, outlet_id, url, title, standfirst,"
          + " authors, published, published_utc, modified, site, language, body, paragraphs, warnings, body_hash,"
          + " duplicate_of, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, documentId);
        setLong(s, 2, outlet);
        s.setString(3, url);
        s.setString(4, article.title());
        s.setString(5, article.standfirst());
        s.setString(6, json(article.authors()));
        s.setString(7, article.published());
        s.setString(8, utc(article.published()));
        s.setString(9, article.modified());
        s.setString(10, article.site());
        s.setString(11, article.language());
        s.setString(12, body);
        s.setString(13, json(article.paragraphs()));
        s.setString(14, json(article.warnings()));
        s.setString(15, bodyHash);
        setLong(s, 16, original);
        s.setString(17, now);
        s.executeUpdate();
        articleId = generatedKey(s);
      }
      Long storyOf = null;
      if (original != null) {
        link(articleId, original, "exact", 1.0);
        storyOf = original;
      }
      Fingerprint fingerprint = prepared.fingerprint();
      if (fingerprint != null) {
        Long near = nearDuplicate(articleId, fingerprint);
        if (near != null && original == null) {
          storyOf = near;
        }
        keepFingerprint(articleId, fingerprint);
      }
      assignStory(articleId, article, prepared.profile(), storyOf, utc(article.published()) != null ? utc(article.published()) : now);
      if (coded != null) {
        events.write(articleId, coded, now);
      }
      execute("RELEASE put");
      if (uncommitted++ == 0) {
        firstUncommittedNanos = System.nanoTime();
      }
      if (uncommitted >= COMMIT_EVERY || System.nanoTime() - firstUncommittedNanos >= COMMIT_AFTER_MS * 1_000_000) {
        commit();
      }
      return new Stored(Stored.Status.STORED, articleId, null);
    } catch (SQLException e) {
      events.reset();
      try {
        execute("ROLLBACK TO put");
        execute("RELEASE put");
      } catch (SQLException ignored) {
        // the original error says more (and there may have been no savepoint yet)
      }
      throw translate(file, "store " + document.source(), e);
    }
  }

  @Override
  public void flush() {
    try {
      commit();
    } catch (SQLException e) {
      throw translate(file, "commit", e);
    }
  }

  private void commit() throws SQLException {
    db.commit();
    uncommitted = 0;
  }

  /** Ends a read: commits (pending puts included, so reads and writes never undo each other). */
  private void endRead() throws SQLException {
    commit();
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
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

  private void link(long articleId, long originalId, String kind, double similarity) throws SQLException {
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
  private @Nullable Long nearDuplicate(long articleId, Fingerprint fp) throws SQLException {
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

  private void keepFingerprint(long articleId, Fingerprint fp) throws SQLException {
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
  private void assignStory(long articleId, Article article, TermProfile profile, @Nullable Long duplicateOf, String at)
      throws SQLException {
    Long story = null;
    if (duplicateOf != null) {
      story = firstLong("SELECT story_id FROM articles WHERE id = ?", duplicateOf);
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
        story = generatedKey(s);
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
      Long n = firstLong("SELECT count(*) FROM articles");
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
  private @Nullable Long outlet(Article article) throws SQLException {
    String name = article.site();
    if (name == null || name.isBlank()) {
      return null;
    }
    String host = null;
    try {
      host = article.url() == null ? null : java.net.URI.create(article.url()).getHost();
    } catch (IllegalArgumentException ignored) {
      // no host then
    }
    try (PreparedStatement s = statements.prepare("INSERT OR IGNORE INTO outlets (name, host) VALUES (?, ?)")) {
      s.setString(1, name);
      s.setString(2, host);
      s.executeUpdate();
    }
    return firstLong("SELECT id FROM outlets WHERE name = ?", name);
  }

  @Override
  public List<SearchHit> search(SearchQuery q) {
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
      endRead();
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      // Locks and I/O aside, an error here is the user's FTS5 syntax (quotes, operators, columns).
      if (m.contains("SQLITE_ERROR") && !m.contains("no such table")) {
        throw new StoreException("cannot read the search query '" + q.text() + "': " + m
            + " (use words, \"phrases\", AND, OR, NOT, prefix*)", e);
      }
      throw translate(file, "search", e);
    }
    return hits;
  }

  @Override
  public List<StorySummary> stories(@Nullable Instant since, int minArticles, int limit) {
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
      endRead();
    } catch (SQLException e) {
      throw translate(file, "list stories", e);
    }
    return out;
  }

  @Override
  public List<StoredEvent> events(EventQuery query) {
    try {
      List<StoredEvent> out = events.query(query);
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "query events", e);
    }
  }

  @Override
  public List<StoredQuote> quotes(int limit) {
    try {
      List<StoredQuote> out = events.quotes(limit);
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "query quotes", e);
    }
  }

  @Override
  public List<org.sitrep.model.Actor> rememberedActors() {
    try {
      List<org.sitrep.model.Actor> out = events.memory();
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "read the actor memory", e);
    }
  }

  /** The stories told on a day, most outlets first (see {@link DayTables}). */
  public List<DayStory> storiesOn(LocalDate day, int limit) {
    try {
      List<DayStory> found = days.stories(day, limit);
      endRead();
      return found;
    } catch (SQLException e) {
      throw translate(file, "list the stories of " + day, e);
    }
  }

  /** The quotations with a speaker in the articles of a day. */
  public List<DayQuote> quotesOn(LocalDate day, int limit) {
    try {
      List<DayQuote> found = days.quotes(day, limit);
      endRead();
      return found;
    } catch (SQLException e) {
      throw translate(file, "list the quotations of " + day, e);
    }
  }

  /** A story told on a day: its articles of that day, their outlets, headlines and links (at most five). */
  public record DayStory(long id, @Nullable String title, int articles, int outlets, List<String> headlines,
      List<String> urls) {}

  /** A quotation of a day, its speaker as resolved, and its article's link. */
  public record DayQuote(String text, @Nullable String speakerMention, @Nullable String speakerCountry,
      @Nullable String speakerRole, String url) {}

  /**
   * What the store already has, for skipping it before any work: the SHA-256 of every stored document's
   * bytes and every stored canonical URL. About 100 bytes an entry: 10 MB for 100,000 articles.
   */
  public record Known(java.util.Set<String> contentHashes, java.util.Set<String> urls) {}

  /** The content hashes and URLs of everything stored (see {@link Known}). */
  public Known known() {
    java.util.Set<String> hashes = new java.util.HashSet<>();
    java.util.Set<String> urls = new java.util.HashSet<>();
    try {
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT content_hash, url FROM documents")) {
        while (r.next()) {
          hashes.add(r.getString(1));
          if (r.getString(2) != null) urls.add(r.getString(2));
        }
      }
      endRead();
    } catch (SQLException e) {
      throw translate(file, "list what is stored", e);
    }
    return new Known(hashes, urls);
  }

  @Override
  public StoreStats stats() {
    try {
      StoreStats s = new StoreStats(count("documents"), count("articles"), count("duplicates"), count("stories"),
          count("actors"), count("events"), sizeOnDisk());
      endRead();
      return s;
    } catch (SQLException e) {
      throw translate(file, "count", e);
    }
  }

  private long count(String table) throws SQLException {
    Long n = firstLong("SELECT count(*) FROM " + table);
    return n == null ? 0 : n;
  }

  private long sizeOnDisk() {
    long total = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        Path p = Path.of(file + suffix);
        if (Files.exists(p)) {
          total += Files.size(p);
        }
      } catch (IOException ignored) {
        // a file that vanished counts nothing
      }
    }
    return total;
  }

  @Override
  public void close() {
    try {
      commit();
    } catch (SQLException e) {
      throw translate(file, "commit on close", e);
    } finally {
      statements.close();
      try {
        db.close();
      } catch (SQLException ignored) {
        // nothing more to lose: the commit above said whether the data is safe
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private @Nullable Long firstLong(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = statements.prepare(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  private static long generatedKey(PreparedStatement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }

  private static void setLong(PreparedStatement s, int i, @Nullable Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, java.sql.Types.INTEGER);
    } else {
      s.setLong(i, v);
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The instant for range queries; a date or local time without a zone is read as UTC. */
  static @Nullable String utc(@Nullable String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.length() == 10) {
      try {
        return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }

  /** Lower case, white space runs as one space, trimmed: copies that differ only in spacing hash alike. */


}
