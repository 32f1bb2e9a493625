package org.sitrep.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.AlertLog;
import org.sitrep.store.SqliteStore;
import org.sitrep.watch.AlertSettings;
import org.sitrep.watch.Alerts;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.Watchlist;

/**
 * The watchlists and alerts pages, and the dashboard's only writes: saving a watchlist, starting and ending a
 * silence. Reads go through {@link Readers}; each write opens the store for writing just for itself, so the
 * dashboard holds no write lock between requests (an {@code ingest} may be writing too).
 */
public final class WatchPages {
  /** Whether the reader may log in, is logged in, and the token their forms must carry. */
  public record Viewer(boolean canLogIn, boolean loggedIn, String csrf) {}

  public record ListRow(String slug, String name, String file, List<WatchRule> rules, @Nullable String problem) {}

  public record WatchlistsPage(Viewer viewer, List<ListRow> lists) {}

  public record EditPage(Viewer viewer, String slug, String file, String yaml, @Nullable Watchlist list, @Nullable String error,
      boolean saved) {}

  public record SilenceRow(AlertLog.Silence silence, boolean active, int muted) {}

  public record AlertsPage(Viewer viewer, List<AlertLog.Notification> notifications, List<SilenceRow> silences,
      List<String> watchlists, @Nullable String error) {}

  private final Path db;
  private final Readers readers;
  private final WatchlistFiles files;

  WatchPages(Path db, Readers readers, WatchlistFiles files) {
    this.db = db;
    this.readers = readers;
    this.files = files;
  }

  WatchlistsPage watchlists(Viewer viewer) {
    List<ListRow> rows = new ArrayList<>();
    for (Map.Entry<String, Path> f : files.all().entrySet()) {
      try {
        Watchlist w = Watchlist.read(f.getValue());
        rows.add(new ListRow(f.getKey(), w.name(), f.getValue().toString(), w.rules(), null));
      } catch (IllegalArgumentException e) {
        rows.add(new ListRow(f.getKey(), f.getKey(), f.getValue().toString(), List.of(), e.getMessage()));
      }
    }
    return new WatchlistsPage(viewer, rows);
  }

  EditPage edit(Viewer viewer, String slug, boolean saved) {
    String yaml = files.text(slug);
    Watchlist list = null;
    String error = null;
    try {
      list = Watchlist.parse(yaml, files.file(slug).toString(), slug);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
    }
    return new EditPage(viewer, slug, files.file(slug).toString(), yaml, list, error, saved);
  }

  /** Saves the text, or gives the page again with the text as typed and what is wrong with it. */
  EditPage save(Viewer viewer, String slug, String yaml) {
    try {
      Watchlist saved = files.save(slug, yaml);
      return new EditPage(viewer, slug, files.file(slug).toString(), files.text(slug), saved, null, true);
    } catch (IllegalArgumentException e) {
      return new EditPage(viewer, slug, files.file(slug).toString(), yaml, null, e.getMessage(), false);
    }
  }

  AlertsPage alerts(Viewer viewer, @Nullable String error) {
    List<String> names = names();
    return readers.with(store -> {
      Instant now = Instant.now();
      List<SilenceRow> silences = new ArrayList<>();
      for (String name : names) {
        for (AlertLog.Silence s : store.alerts().silences(name)) {
          silences.add(new SilenceRow(s, s.endsAt().isAfter(now), store.alerts().muted(s.id())));
        }
      }
      return new AlertsPage(viewer, store.alerts().recent(100), silences, names, error);
    });
  }

  /**
   * The day's situation report as its own HTML page (the same page {@code sitrep report --format html} writes),
   * with the rules of a watchlist when one is named.
   */
  String report(String day, @Nullable String slug) {
    java.time.LocalDate date;
    try {
      date = java.time.LocalDate.parse(day);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("a report is for a day such as 2024-06-14: " + day);
    }
    Watchlist list = slug == null || slug.isBlank() ? null : Watchlist.read(files.file(slug));
    return readers.with(store -> org.sitrep.watch.ReportHtml.write(org.sitrep.watch.DailyReport.of(store, date, list)));
  }

  /** Mutes a rule of a watchlist ({@code rule} blank: all of them) for a duration such as 30m, 4h, 2d. */
  long silence(String watchlist, String rule, String duration, String comment) {
    if (!names().contains(watchlist)) throw new IllegalArgumentException("no watchlist named '" + watchlist + "'");
    String r = rule == null || rule.isBlank() ? null : rule.strip();
    if (r != null && !r.equals(Alerts.SOURCES) && ruleNames(watchlist).stream().noneMatch(r::equals)) {
      throw new IllegalArgumentException("watchlist '" + watchlist + "' has no rule '" + r + "'");
    }
    Duration d = AlertSettings.parseDuration(duration, "for");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (SqliteStore store = SqliteStore.open(db, Duration.ofSeconds(30))) {
      return store.alerts().addSilence(watchlist, r, now, now.plus(d), comment == null ? "" : comment.strip());
    }
  }

  boolean endSilence(long id) {
    try (SqliteStore store = SqliteStore.open(db, Duration.ofSeconds(30))) {
      return store.alerts().endSilence(id, Instant.now());
    }
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (Path p : files.all().values()) {
      try {
        names.add(Watchlist.read(p).name());
      } catch (IllegalArgumentException e) {
        // an unreadable file is shown on the watchlists page; it has no silences to offer
      }
    }
    return names;
  }

  private List<String> ruleNames(String watchlist) {
    for (Path p : files.all().values()) {
      Watchlist w = Watchlist.read(p);
      if (w.name().equals(watchlist)) return w.rules().stream().map(WatchRule::name).toList();
    }
    return List.of();
  }
}
