package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.cluster.Fingerprint;
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
  static final int SCHEMA_VERSION = 12;

  private final long busyTimeoutMs;

  private final Path file;
  private final Connection db;

  private final EventTables events;
  private final DayTables days;
  private final StoryTables stories;

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
    this.stories = new StoryTables(db, statements);
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
   * migrated first when it can be written, else refused with what to do ({@link StoreOpening}).
   */
  public static SqliteStore openForReading(Path file, java.time.Duration lockWait) {
    long waitMs = Math.max(0, lockWait.toMillis());
    Connection c = StoreOpening.forReading(file, waitMs);
    return c == null ? open(file, lockWait) : new SqliteStore(file, c, waitMs);
  }

  /** Opens (creating and migrating when needed) the store at {@code file}, waiting up to {@code lockWait} for locks. */
  public static SqliteStore open(Path file, java.time.Duration lockWait) {
    long waitMs = Math.max(0, lockWait.toMillis());
    return new SqliteStore(file, StoreOpening.forWriting(file, waitMs), waitMs);
  }

  private StoreException translate(Path file, String doing, SQLException e) {
    return translate(file, doing, e, busyTimeoutMs);
  }

  static StoreException translate(Path file, String doing, SQLException e, long waitedMs) {
    return StoreException.of(file, doing, e, waitedMs);
  }

  @Override
  public Stored put(PreparedArticle prepared) {
    RawDocument document = prepared.document();
    Article article = prepared.article();
    CodedArticle coded = prepared.coded();
    String hash = prepared.contentHash();
    String url = prepared.url();
    try {
      Long existing = statements.firstLong("SELECT a.id FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.content_hash = ?", hash);
      if (existing != null) {
        return new Stored(Stored.Status.DUPLICATE, existing, "same content as article " + existing);
      }
      if (url != null) {
        existing = statements.firstLong("SELECT a.id FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.url = ?", url);
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
        documentId = StatementCache.generatedKey(s);
      }
      String body = article.text();
      String bodyHash = prepared.bodyHash();
      Long original = body.isEmpty() ? null
          : statements.firstLong("SELECT id FROM articles WHERE body_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1", bodyHash);
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
        s.setString(8, StoreTimes.utc(article.published()));
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
        articleId = StatementCache.generatedKey(s);
      }
      Long storyOf = null;
      if (original != null) {
        stories.link(articleId, original, "exact", 1.0);
        storyOf = original;
      }
      Fingerprint fingerprint = prepared.fingerprint();
      if (fingerprint != null) {
        Long near = stories.nearDuplicate(articleId, fingerprint);
        if (near != null && original == null) {
          storyOf = near;
        }
        stories.keepFingerprint(articleId, fingerprint);
      }
      stories.assignStory(articleId, article, prepared.profile(), storyOf, StoreTimes.utc(article.published()) != null ? StoreTimes.utc(article.published()) : now);
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
    return statements.firstLong("SELECT id FROM outlets WHERE name = ?", name);
  }

  @Override
  public List<SearchHit> search(SearchQuery q) {
    try {
      List<SearchHit> hits = SearchTables.search(db, q);
      endRead();
      return hits;
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      // Locks and I/O aside, an error here is the user's FTS5 syntax (quotes, operators, columns).
      if (m.contains("SQLITE_ERROR") && !m.contains("no such table")) {
        throw new StoreException("cannot read the search query '" + q.text() + "': " + m
            + " (use words, \"phrases\", AND, OR, NOT, prefix*)", e);
      }
      throw translate(file, "search", e);
    }
  }

  @Override
  public List<StorySummary> stories(@Nullable Instant since, int minArticles, int limit) {
    try {
      List<StorySummary> out = stories.list(since, minArticles, limit);
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "list stories", e);
    }
  }

  /** One story with its articles (copies folded) and events, or null when there is no such story. */
  public @Nullable StoryDetail story(long id) {
    try {
      StoryDetail out = stories.detail(id, events.ofStory(id, 500));
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "read story " + id, e);
    }
  }

  /**
   * SQLite's {@code PRAGMA data_version}: a number that changes when another connection has committed a change to
   * the store since this one last asked (a cache of what was read can be kept while it stays the same).
   */
  public long dataVersion() {
    try (Statement s = db.createStatement()) {
      // the version is brought up to date when a read begins: read something first, in the same transaction
      try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'events'")) {
        r.next();
      }
      long v;
      try (java.sql.ResultSet r = s.executeQuery("PRAGMA data_version")) {
        v = r.next() ? r.getLong(1) : 0;
      }
      endRead();
      return v;
    } catch (SQLException e) {
      throw translate(file, "read the data version", e);
    }
  }

  /** An actor's latest events by their date, on either side, newest first. */
  public List<StoredEvent> latestEvents(String actor, int limit) {
    try {
      List<StoredEvent> out = events.latestOf(actor, limit);
      endRead();
      return out;
    } catch (SQLException e) {
      throw translate(file, "query the latest events of " + actor, e);
    }
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

  /** The polls of watched sources, for source-silence alerts. */
  public SourcePolls sourcePolls() {
    return new SourcePolls(db, file);
  }

  /** Events counted by day and kind, and by counterpart, for timelines and networks. */
  public EventCounts counts() {
    return new EventCounts(db, file);
  }

  /** The persisted log of watch alerts: items, notifications and their delivery, silences. */
  public AlertLog alerts() {
    return new AlertLog(db, file);
  }

  /** The ids of the events a watchlist rule has already noticed. */
  public java.util.Set<Long> noticed(String watchlist, String rule) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    try (PreparedStatement s = db.prepareStatement("SELECT event_id FROM watch_notices WHERE watchlist = ? AND rule = ?")) {
      s.setString(1, watchlist);
      s.setString(2, rule);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(r.getLong(1));
      }
      endRead();
    } catch (SQLException e) {
      throw translate(file, "read the watch notices", e);
    }
    return out;
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
    Long n = statements.firstLong("SELECT count(*) FROM " + table);
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

}
