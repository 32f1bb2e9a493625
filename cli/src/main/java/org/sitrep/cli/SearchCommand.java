package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over stored articles, best match first.",
        "QUERY: words, \"quoted phrases\", AND, OR, NOT, prefix*  (e.g. 'putin AND \"north korea\"');",
        "anything else, punctuation included, is searched as typed (search U.S. tariffs).",
        "Copies of an article (syndicated, lightly edited) are one hit, with their number.",
        "",
        "Examples:",
        "  sitrep search north korea",
        "  sitrep search '\"hong kong\" AND protest*' --since 2019-11-01 --source-outlet scmp.com",
        "  sitrep search tariffs --format csv --limit 1000 > tariffs.csv"})
final class SearchCommand implements Callable<Integer> {
  enum Format { table, json, jsonl, csv }

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for; several words are one query.")
  List<String> query;

  @Option(names = "--since", paramLabel = "DATE", description = "Published at or after (2024-06-01 or an ISO instant).")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Published before (2024-07-01 or an ISO instant).")
  @Nullable String until;

  @Option(names = "--source-outlet", paramLabel = "OUTLET", description = "Only this outlet (site name or host).")
  @Nullable String outlet;

  @Option(names = "--limit", description = "Most hits to print (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", description = "table (default), json, jsonl or csv.")
  Format format = Format.table;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SearchHit> hits;
    try (SqliteStore db = store.openExisting()) {
      hits = db.search(new SearchQuery(String.join(" ", query), instant(since, "--since"), instant(until, "--until"), outlet, limit));
    }
    switch (format) {
      case json -> {
        ArrayNode a = new ObjectMapper().createArrayNode();
        hits.forEach(h -> a.add(json(h)));
        out.println(a.toPrettyString());
      }
      case jsonl -> hits.forEach(h -> out.println(json(h).toString()));
      case csv -> {
        out.println("articleId,title,url,source,published,score,snippet,copies");
        hits.forEach(h -> out.println(String.join(",", String.valueOf(h.articleId()), csv(h.title()), csv(h.url()),
            csv(h.source()), csv(h.published()), String.format(Locale.ROOT, "%.3f", h.score()), csv(h.snippet()),
            String.valueOf(h.copies()))));
      }
      case table -> {
        out.printf(Locale.ROOT, "%-7s %-25s %-7s %s%n", "id", "published", "score", "title / snippet");
        for (SearchHit h : hits) {
          out.printf(Locale.ROOT, "%-7d %-25s %-7.2f %s%n", h.articleId(), h.published() == null ? "" : h.published(),
              h.score(), (h.title() == null ? "(untitled)" : h.title())
                  + (h.copies() == 0 ? "" : h.copies() == 1 ? " (+1 copy)" : " (+" + h.copies() + " copies)"));
          out.printf(Locale.ROOT, "%-41s %s%n", "", h.snippet().replace('\n', ' '));
        }
        spec.commandLine().getErr().println(hits.size() == 1 ? "1 hit" : hits.size() + " hits");
      }
    }
    out.flush();
    return 0;
  }

  private static ObjectNode json(SearchHit h) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("articleId", h.articleId());
    o.put("title", h.title());
    o.put("url", h.url());
    o.put("source", h.source());
    o.put("published", h.published());
    o.put("score", h.score());
    o.put("snippet", h.snippet());
    o.put("copies", h.copies());
    return o;
  }

  static String csv(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  static @Nullable Instant instant(@Nullable String s, String flag) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        try {
          return Instant.parse(s);
        } catch (DateTimeParseException e3) {
          throw new IllegalArgumentException(flag + " takes a date (2024-06-01) or an ISO date-time, not '" + s + "'");
        }
      }
    }
  }
}
