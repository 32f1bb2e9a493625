package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.format.StoredEventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: stored events, aggregated over articles, most mentioned first. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Coded events in the store, aggregated GDELT-style over articles, most mentioned first.",
        "Actors are ISO 3166 alpha-3 codes or CAMEO known groups (NAT, UNO, EEC), or a country's name.",
        "",
        "Examples:",
        "  sitrep events --actor RUS --cameo 04 --since 2024-06-01",
        "  sitrep events --source China --target Philippines --modality happened",
        "  sitrep events --cameo 19 --format csv > fights.csv"})
final class EventsCommand implements Callable<Integer> {
  enum Format { table, json, jsonl, csv }

  @Option(names = "--actor", paramLabel = "CODE", description = "Either side is this country or group (RUS, or Russia).")
  @Nullable String actor;

  @Option(names = "--source", paramLabel = "CODE", description = "The source actor is this country or group.")
  @Nullable String source;

  @Option(names = "--target", paramLabel = "CODE", description = "The target actor is this country or group.")
  @Nullable String target;

  @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO root or code prefix: 4 or 04 (consult), 042 (visit).")
  @Nullable String cameo;

  @Option(names = "--modality", description = "happened, reported, alleged, denied, planned or hypothetical.")
  @Nullable String modality;

  @Option(names = "--since", paramLabel = "DATE", description = "Events dated on or after this day (2024-06-01 or an ISO "
      + "instant): the text's date for the act, else its article's publication day.")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Events dated before this day (2024-07-01 or an ISO instant).")
  @Nullable String until;

  @Option(names = "--limit", description = "Most events to print (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--format", description = "table (default), json, jsonl or csv.")
  Format format = Format.table;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (modality != null && !List.of("happened", "reported", "alleged", "denied", "planned", "hypothetical").contains(modality)) {
      throw new IllegalArgumentException("--modality takes happened, reported, alleged, denied, planned or hypothetical, not '"
          + modality + "'");
    }
    String code = cameo == null ? null : cameo.strip();
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("--cameo takes a CAMEO root or code prefix of digits (4, 04, 042), not '" + cameo + "'");
    }
    if (code != null && code.length() == 1) code = "0" + code; // root 4 is 04
    List<StoredEvent> events;
    try (SqliteStore db = store.openExisting()) {
      events = db.events(new EventQuery(ActorCodes.of(actor, "--actor"), ActorCodes.of(source, "--source"),
          ActorCodes.of(target, "--target"), code, modality, SearchCommand.instant(since, "--since"),
          SearchCommand.instant(until, "--until"), limit));
    }
    switch (format) {
      case json -> {
        ArrayNode a = new ObjectMapper().createArrayNode();
        events.forEach(e -> a.add(StoredEventJson.toTree(e)));
        out.println(a.toPrettyString());
      }
      case jsonl -> events.forEach(e -> out.println(StoredEventJson.toTree(e).toString()));
      case csv -> {
        out.println("id,source,target,cameo,modality,date,numMentions,numArticles,numSources,goldstein,evidence,sourceUrl");
        for (StoredEvent e : events) {
          out.println(String.join(",", String.valueOf(e.id()), SearchCommand.csv(code(e.sourceCountry(), e.sourceRole())),
              SearchCommand.csv(code(e.targetCountry(), e.targetRole())), SearchCommand.csv(e.cameo()), e.modality(),
              SearchCommand.csv(e.date()), String.valueOf(e.numMentions()), String.valueOf(e.numArticles()),
              String.valueOf(e.numSources()), e.goldstein() == null ? "" : String.valueOf(e.goldstein()),
              SearchCommand.csv(e.evidence()), SearchCommand.csv(e.sourceUrl())));
        }
      }
      case table -> {
        if (!events.isEmpty()) out.println(HEADER);
        events.forEach(e -> out.println(line(e)));
        spec.commandLine().getErr().println(events.isEmpty()
            ? "0 events match; actors are ISO 3166 alpha-3 codes (RUS), CAMEO groups (NAT) or country names, --cameo a root"
                + " or prefix (4, 042), dates filter on the event's date"
            : org.sitrep.batch.Summary.count(events.size(), "event"));
      }
    }
    out.flush();
    return 0;
  }

  private static final org.sitrep.coding.CameoCodebook NAMES = org.sitrep.coding.CameoCodebook.bundled();

  static final String HEADER = String.format(Locale.ROOT, "%-8s    %-8s %-4s %-20s %-12s %-10s %3s  %s", "source",
      "target", "code", "event", "modality", "date", "n", "evidence");

  /** One event on one line of at most 120 characters: source, target, code and name, modality, date, mentions, evidence. */
  static String line(StoredEvent e) {
    String name = NAMES.get(e.cameo()).name();
    if (name.length() > 20) name = name.substring(0, 19) + "…";
    String date = e.date() == null ? "" : e.date().length() > 10 ? e.date().substring(0, 9) + "…" : e.date();
    String head = String.format(Locale.ROOT, "%-8s -> %-8s %-4s %-20s %-12s %-10s %3d  ", code(e.sourceCountry(), e.sourceRole()),
        code(e.targetCountry(), e.targetRole()), e.cameo(), name, e.modality(), date, e.numMentions());
    String ev = e.evidence() == null ? "" : e.evidence().replace('\n', ' ');
    int room = Math.max(10, 120 - head.length());
    if (ev.length() > room) ev = ev.substring(0, room - 1) + "…";
    return head + ev;
  }

  private static String code(@Nullable String country, @Nullable String role) {
    if (country == null && role == null) return "-";
    return (country == null ? "---" : country) + (role == null ? "" : " " + role);
  }

  private static @Nullable String upper(@Nullable String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
