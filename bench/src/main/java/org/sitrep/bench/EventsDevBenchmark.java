package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.coding.ArticleCoder;
import org.sitrep.coding.CodingSettings;
import org.sitrep.coding.EventScore;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * Event-coding quality on the real articles of {@code ../shared/bench/events-dev}: precision, recall and
 * F1 on (source country, target country, CAMEO root) per article and overall (micro-averaged), with the
 * benchmark README's pairing rules (required/optional events, alternative codes); the strict variant
 * (full code and roles); and actor resolution (share of the gold actor mentions found with the right
 * country). With {@code --verbose}, every event coded and expected.
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.EventsDevBenchmark [--data ../shared/bench] [--verbose]</pre>
 */
public final class EventsDevBenchmark {
  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/bench");
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--verbose" -> verbose = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(data.resolve("article-extraction/ground-truth.json").toFile());
    ArticleCoder coder = ArticleCoder.create(CodingSettings.defaults());
    List<Path> files;
    try (Stream<Path> s = Files.list(data.resolve("events-dev"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    EventScore.Counts total = new EventScore.Counts(0, 0, 0, 0);
    EventScore.Counts strict = new EventScore.Counts(0, 0, 0, 0);
    int actorsGold = 0;
    int actorsFound = 0;
    System.out.printf(Locale.ROOT, "%-12s %5s %5s %5s %5s %7s %7s %7s%n", "article", "coded", "hits", "neutr", "false", "P", "R", "F1");
    for (Path f : files) {
      JsonNode gold = json.readTree(f.toFile());
      String id = gold.get("id").asText();
      String body = truth.get(id).get("articleBody").asText();
      List<String> paragraphs = Arrays.stream(body.split("\\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      Article article = new Article(id, gold.path("url").asText(null), null, null, List.of(),
          gold.get("published").asText(), null, null, "en", paragraphs, List.of());
      CodedArticle coded = coder.code(article);
      List<EventScore.Gold> expected = new ArrayList<>();
      List<EventScore.Gold> expectedStrict = new ArrayList<>();
      for (JsonNode e : gold.get("events")) {
        List<String> alts = new ArrayList<>();
        e.path("alt_cameo").forEach(a -> alts.add(a.asText()));
        expected.add(new EventScore.Gold(text(e.get("source").get("country")), text(e.get("target").get("country")),
            e.get("cameo").asText(), alts, e.get("required").asBoolean()));
        expectedStrict.add(new EventScore.Gold(strictKey(e.get("source")), strictKey(e.get("target")),
            e.get("cameo").asText(), alts, e.get("required").asBoolean()));
      }
      List<EventScore.Predicted> predicted = new ArrayList<>();
      List<EventScore.Predicted> predictedStrict = new ArrayList<>();
      for (Event e : coded.events()) {
        predicted.add(new EventScore.Predicted(e.source().actor().country(),
            e.target() == null ? null : e.target().actor().country(), e.cameo()));
        predictedStrict.add(new EventScore.Predicted(e.source().actor().country() + "/" + e.source().actor().role(),
            e.target() == null ? null : e.target().actor().country() + "/" + e.target().actor().role(), e.cameo()));
      }
      EventScore.Counts c = EventScore.score(expected, predicted);
      total = total.plus(c);
      strict = strict.plus(EventScore.scoreStrict(expectedStrict, predictedStrict));
      List<String> missedActors = new ArrayList<>();
      for (JsonNode a : gold.get("actors")) {
        actorsGold++;
        String mention = a.get("mention").asText();
        String country = text(a.get("country"));
        boolean found = false;
        String nearest = "not found";
        for (ActorMention m : coded.actors()) {
          if (m.mention().contains(mention) || containsWord(mention, m.mention())) {
            if (country != null && country.equals(m.actor().country())) {
              found = true;
              break;
            }
            nearest = "found as " + m.actor().code();
          }
        }
        if (found) {
          actorsFound++;
        } else {
          missedActors.add(String.format(Locale.ROOT, "    actor    %-40s %s %s: %s", mention, country, text(a.get("role")), nearest));
        }
      }
      System.out.printf(Locale.ROOT, "%-12s %5d %5d %5d %5d %7.3f %7.3f %7.3f%n", id.substring(0, 10), predicted.size(),
          c.hits(), c.neutral(), c.falsePositives(), c.precision(), c.recall(), c.f1());
      if (verbose) {
        missedActors.forEach(System.out::println);
        for (Event e : coded.events()) {
          System.out.printf(Locale.ROOT, "    coded    %s -> %s %s %s | %s%n", e.source().actor().code(),
              e.target() == null ? "-" : e.target().actor().code(), e.cameo(), e.modality().label(),
              e.evidence().length() > 110 ? e.evidence().substring(0, 110) : e.evidence());
        }
        for (JsonNode e : gold.get("events")) {
          System.out.printf(Locale.ROOT, "    %s %s -> %s %s %s | %s%n", e.get("required").asBoolean() ? "REQUIRED" : "optional",
              text(e.get("source").get("country")), text(e.get("target").get("country")), e.get("cameo").asText(),
              e.path("alt_cameo"), abbreviate(e.get("evidence").asText()));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-12s %5s %5d %5d %5d %7.3f %7.3f %7.3f%n", "overall", "", total.hits(), total.neutral(),
        total.falsePositives(), total.precision(), total.recall(), total.f1());
    System.out.printf(Locale.ROOT, "strict (full code and roles): P %.3f R %.3f F1 %.3f%n", strict.precision(), strict.recall(), strict.f1());
    System.out.printf(Locale.ROOT, "actors: %d of %d gold mentions found with the right country (%.3f)%n", actorsFound, actorsGold,
        (double) actorsFound / Math.max(1, actorsGold));
  }

  private static String abbreviate(String s) {
    return s.length() > 110 ? s.substring(0, 110) : s;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Country and the role alternatives, for the strict variant: "GBR/COP|MIL". */
  private static String strictKey(JsonNode participant) {
    String c = text(participant.get("country"));
    return c == null ? null : c + "/" + text(participant.get("role"));
  }

  /** Whether {@code words} holds {@code part} as whole words ("the US" holds "US"; "Busan" does not hold "US"). */
  static boolean containsWord(String words, String part) {
    return !part.isBlank() && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(part)
        + "(?![\\p{L}\\p{N}])").matcher(words).find();
  }
}
