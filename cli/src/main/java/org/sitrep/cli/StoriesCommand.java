package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stories}: the stories in the store, the most-told first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Stories in the store (articles grouped as the same news), the most-told first.")
final class StoriesCommand implements Callable<Integer> {
  enum Format { table, json, jsonl, csv }

  @Option(names = "--since", paramLabel = "DATE", description = "Only stories seen at or after (2024-06-01 or an ISO instant).")
  @Nullable String since;

  @Option(names = "--min-articles", paramLabel = "N", description = "Only stories told by at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles = 1;

  @Option(names = "--limit", description = "Most stories to print (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", description = "table (default), json, jsonl or csv.")
  Format format = Format.table;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<StorySummary> stories;
    try (SqliteStore db = store.openExisting()) {
      stories = db.stories(SearchCommand.instant(since, "--since"), minArticles, limit);
    }
    ObjectMapper json = new ObjectMapper();
    switch (format) {
      case json -> out.println(json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stories));
      case jsonl -> {
        for (StorySummary s : stories) {
          out.println(json.writeValueAsString(s));
        }
      }
      case csv -> {
        out.println("id,title,firstSeen,lastSeen,articles,outlets");
        for (StorySummary s : stories) {
          out.println(String.join(",", String.valueOf(s.id()), SearchCommand.csv(s.title()), s.firstSeen(), s.lastSeen(),
              String.valueOf(s.articles()), String.valueOf(s.outlets())));
        }
      }
      case table -> {
        for (StorySummary s : stories) {
          out.printf(Locale.ROOT, "story %d: %d article%s from %d outlet%s, %s to %s%n", s.id(), s.articles(),
              s.articles() == 1 ? "" : "s", s.outlets(), s.outlets() == 1 ? "" : "s", seconds(s.firstSeen()),
              seconds(s.lastSeen()));
          for (String h : s.headlines()) {
            out.println("    " + h);
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  /** "2026-12-06T04:12:09.123456Z" as "2026-12-06T04:12:09Z": stores written before times were cut to seconds. */
  static String seconds(String instant) {
    return instant.replaceFirst("(T\\d\\d:\\d\\d:\\d\\d)\\.\\d+", "$1");
  }
}
