package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.EventCounts;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoryDetail;
import org.sitrep.store.StorySummary;

/**
 * What each page shows, read from the store: plain records the templates render, each read on a connection of
 * its own from {@link Readers}.
 */
public final class Pages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] QUAD = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
  private final Readers readers;

  Pages(Readers readers) {
    this.readers = readers;
  }

  public record Overview(StoreStats stats, List<StorySummary> stories, String timeline, int timelineEvents) {}

  /** The best {@link #SHOWN} hits of a search; the exports hold them all. */
  public record SearchPage(String query, List<SearchHit> hits) {
    public static final int SHOWN = 50;
  }

  public record ActorPage(String code, List<StoredEvent> events, String timeline, int timelineEvents, String network,
      int counterparts) {}

  public record StoryPage(StoryDetail story) {}

  public record PairPage(String a, String b, List<StoredEvent> events, String timeline, int timelineEvents, int aToB, int bToA) {}

  /** A watched source: its polls, the last that brought something, the failures in a row at the end, its state. */
  public record SourceRow(String source, int polls, @Nullable String lastNew, int failingInARow, @Nullable String lastError,
      String state) {}

  public record SourcesPage(List<SourceRow> sources) {}

  public record MapPage(int days, List<WorldMap.Country> countries, int marked, int events) {}

  Overview overview() {
    return readers.with(store -> {
      List<EventCounts.Day> days = store.counts().byDay();
      return new Overview(store.stats(), store.stories(null, 1, 20), timeline(days), total(days));
    });
  }

  SearchPage search(@Nullable String q) {
    return readers.with(store -> {
      if (q == null || q.isBlank()) return new SearchPage("", List.of());
      return new SearchPage(q, store.search(new SearchQuery(q, null, null, null, SearchPage.SHOWN)));
    });
  }

  String searchJson(@Nullable String q) {
    return readers.with(store -> {
      ArrayNode a = JSON.createArrayNode();
      if (q != null && !q.isBlank()) {
        for (SearchHit h : store.search(new SearchQuery(q, null, null, null, SearchQuery.MAX_LIMIT))) a.add(JSON.valueToTree(h));
      }
      return a.toString();
    });
  }

  String searchCsv(@Nullable String q) {
    return readers.with(store -> {
      StringBuilder b = new StringBuilder("article_id,title,url,source,published,score,copies\n");
      if (q != null && !q.isBlank()) {
        for (SearchHit h : store.search(new SearchQuery(q, null, null, null, SearchQuery.MAX_LIMIT))) {
          b.append(h.articleId()).append(',').append(csv(h.title())).append(',').append(csv(h.url())).append(',')
              .append(csv(h.source())).append(',').append(csv(h.published())).append(',')
              .append(String.format(Locale.ROOT, "%.3f", h.score())).append(',').append(h.copies()).append('\n');
        }
      }
      return b.toString();
    });
  }

  /** An actor's page: its 200 latest events; its timeline and counterparts counted by the store over all its events. */
  ActorPage actor(String code) {
    return readers.with(store -> {
      String c = code(code);
      List<StoredEvent> events = store.latestEvents(c, 200);
      Map<String, Integer> weights = store.counts().counterparts(c);
      ObjectNode net = JSON.createObjectNode();
      net.put("center", c);
      ObjectNode nodes = net.putObject("counterparts");
      weights.forEach(nodes::put);
      List<EventCounts.Day> days = store.counts().byDay(c);
      return new ActorPage(c, events, timeline(days), total(days), net.toString(), weights.size());
    });
  }

  StoryPage story(String id) {
    return readers.with(store -> {
      long n;
      try {
        n = Long.parseLong(id);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a story is a number: " + id);
      }
      StoryDetail d = store.story(n);
      if (d == null) throw new java.util.NoSuchElementException("no story " + n);
      return new StoryPage(d);
    });
  }

  PairPage pair(String a, String b) {
    return readers.with(store -> {
      String x = code(a);
      String y = code(b);
      List<StoredEvent> all = new ArrayList<>(store.events(new EventQuery(null, x, y, null, null, null, null, 200)));
      all.addAll(store.events(new EventQuery(null, y, x, null, null, null, null, 200)));
      all.sort(java.util.Comparator.comparing((StoredEvent e) -> e.date() == null ? "" : e.date()).reversed());
      List<EventCounts.Day> days = new ArrayList<>(store.counts().byDay(x, y));
      if (!x.equals(y)) days.addAll(store.counts().byDay(y, x));
      return new PairPage(x, y, all.subList(0, Math.min(200, all.size())), timeline(days), total(days), store.counts().count(x, y),
          x.equals(y) ? 0 : store.counts().count(y, x));
    });
  }

  /**
   * Where the period's events took place: the place the text gives, else the target's country (where the act
   * lands), else the source's.
   */
  MapPage map(@Nullable String daysParam) {
    return readers.with(store -> {
      int days;
      try {
        days = daysParam == null ? 30 : Math.max(1, Math.min(3650, Integer.parseInt(daysParam)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("days is a number of days: " + daysParam);
      }
      Instant since = LocalDate.now(ZoneOffset.UTC).minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
      Map<String, Integer> counts = new TreeMap<>();
      int n = 0;
      for (StoredEvent e : store.events(new EventQuery(null, null, null, null, null, since, null, 100_000))) {
        String where = e.placeCountry() != null ? e.placeCountry() : e.targetCountry() != null ? e.targetCountry() : e.sourceCountry();
        if (where == null) continue;
        counts.merge(where, 1, Integer::sum);
        n++;
      }
      List<WorldMap.Country> countries = WorldMap.countries(counts);
      return new MapPage(days, countries, (int) countries.stream().filter(WorldMap.Country::marked).count(), n);
    });
  }

  SourcesPage sources() {
    return readers.with(store -> {
      List<SourceRow> rows = new ArrayList<>();
      java.time.Instant now = java.time.Instant.now();
      java.util.Set<String> quiet = new java.util.HashSet<>();
      var polls = store.sourcePolls().bySource();
      for (org.sitrep.watch.SourceSilence q : org.sitrep.watch.SourceSilence.find(polls, now, 3, 3)) quiet.add(q.source() + " " + q.kind());
      polls.forEach((source, ps) -> {
        String lastNew = null;
        for (var p : ps) if (p.error() == null && p.newDocuments() > 0) lastNew = p.at().toString();
        int failing = 0;
        for (int i = ps.size() - 1; i >= 0 && ps.get(i).error() != null; i--) failing++;
        String lastError = ps.isEmpty() ? null : ps.get(ps.size() - 1).error();
        String state = quiet.contains(source + " FAILING") ? "failing" : quiet.contains(source + " SILENT") ? "silent" : "ok";
        rows.add(new SourceRow(source, ps.size(), lastNew, failing, lastError, state));
      });
      return new SourcesPage(rows);
    });
  }

  private static String code(String s) {
    String c = s.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{3}")) throw new IllegalArgumentException("an actor is a three-letter code: " + s);
    return c;
  }

  /** Events per day by QuadClass, as the chart reads them: {"days": [...], "series": {"verbal cooperation": [...]}}. */
  static String timeline(List<EventCounts.Day> counts) {
    Map<String, int[]> byDay = new TreeMap<>();
    for (EventCounts.Day d : counts) byDay.computeIfAbsent(d.day(), k -> new int[5])[d.quadClass()] += d.events();
    ObjectNode o = JSON.createObjectNode();
    ArrayNode days = o.putArray("days");
    byDay.keySet().forEach(days::add);
    ObjectNode series = o.putObject("series");
    for (int q = 1; q <= 4; q++) {
      ArrayNode s = series.putArray(QUAD[q]);
      for (int[] c : byDay.values()) s.add(c[q]);
    }
    return o.toString();
  }

  /** The events the timeline holds. */
  static int total(List<EventCounts.Day> counts) {
    return counts.stream().mapToInt(EventCounts.Day::events).sum();
  }


  /** An article's address as a link: http and https only, anything else ("javascript:", "data:") becomes "#". */
  public static String safeUrl(@Nullable String url) {
    if (url == null) return "#";
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : "#";
  }

  /** A query parameter's value, URL-encoded. */
  public static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** "1 article", "3 articles", "12,400 articles". */
  public static String count(long n, String one) {
    return org.sitrep.batch.Summary.count(n, one);
  }

  public static String count(long n, String one, String many) {
    return org.sitrep.batch.Summary.count(n, one, many);
  }

  public static String quad(int q) {
    return q >= 1 && q <= 4 ? QUAD[q] : "";
  }

  private static String csv(@Nullable String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
