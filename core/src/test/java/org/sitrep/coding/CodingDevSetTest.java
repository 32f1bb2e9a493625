package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * Codes the development set ({@code coding/dev-set.txt}: short texts of our own, every CAMEO root,
 * every modality, passives, negation, quotes, metonyms, several countries per sentence) and checks
 * precision and recall on (source, target, root), and the modality of matched events; then each text
 * on its own.
 */
class CodingDevSetTest {

  record Case(String id, String published, List<String> paragraphs, List<String[]> expected) {}

  static List<Case> cases() throws IOException {
    String all;
    try (InputStream in = CodingDevSetTest.class.getResourceAsStream("/coding/dev-set.txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> out = new ArrayList<>();
    for (String block : all.split("\n## ")) {
      if (block.startsWith("#")) continue;
      String[] lines = block.split("\n");
      String id = lines[0].strip();
      String published = null;
      List<String> paragraphs = new ArrayList<>();
      List<String[]> expected = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.startsWith("published:")) published = l.substring(10).strip();
        else if (l.startsWith("=>")) expected.add(l.substring(2).strip().split("\\s+"));
        else if (!l.isEmpty()) paragraphs.add(l);
      }
      out.add(new Case(id, published, paragraphs, expected));
    }
    return out;
  }

  /** One text coded and scored: the counts, the modalities checked and right, and what went wrong. */
  record Result(EventScore.Counts counts, int modalityChecked, int modalityRight, String report) {
    boolean exact() {
      return counts.falsePositives() == 0 && counts.hits() == counts.required() && modalityRight == modalityChecked;
    }
  }

  static Result code(Case c) {
    CodedArticle coded = Coders.fresh().code(Coders.article(c.id(), c.published(), c.paragraphs()));
    List<EventScore.Gold> gold = new ArrayList<>();
    for (String[] e : c.expected()) {
      gold.add(new EventScore.Gold(dash(e[0]), dash(e[1]), e[2], List.of(), true));
    }
    List<EventScore.Predicted> pred = new ArrayList<>();
    for (Event e : coded.events()) {
      pred.add(new EventScore.Predicted(e.source().actor().country(),
          e.target() == null ? null : e.target().actor().country(), e.cameo()));
    }
    EventScore.Counts counts = EventScore.score(gold, pred);
    StringBuilder report = new StringBuilder();
    int checked = 0;
    int right = 0;
    for (String[] g : c.expected()) {
      for (Event e : coded.events()) {
        if (e.source().actor().country() != null && e.source().actor().country().equals(g[0]) && e.root().equals(g[2])
            && (e.target() == null ? "-" : e.target().actor().country()).equals(g[1])) {
          checked++;
          if (e.modality().label().equals(g[3])) right++;
          else report.append(String.format("  %s: modality %s, expected %s%n", c.id(), e.modality().label(), g[3]));
          break;
        }
      }
    }
    if (counts.falsePositives() > 0 || counts.hits() < counts.required()) {
      report.append(String.format("  %s: %d/%d found, %d false%n    expected %s%n    coded    %s%n", c.id(), counts.hits(),
          counts.required(), counts.falsePositives(),
          c.expected().stream().map(e -> String.join(" ", e)).toList(),
          coded.events().stream().map(e -> e.source().actor().country() + " "
              + (e.target() == null ? "-" : e.target().actor().country()) + " " + e.cameo() + " "
              + e.modality().label()).toList()));
    }
    return new Result(counts, checked, right, report.toString());
  }

  @Test
  void precisionAndRecallOnTheDevelopmentSet() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    EventScore.Counts total = new EventScore.Counts(0, 0, 0, 0);
    int modalityRight = 0;
    int modalityChecked = 0;
    StringBuilder report = new StringBuilder();
    for (Case c : cases) {
      Result r = code(c);
      total = total.plus(r.counts());
      modalityChecked += r.modalityChecked();
      modalityRight += r.modalityRight();
      report.append(r.report());
    }
    System.out.printf(Locale.ROOT, "dev set: %d texts, precision %.3f, recall %.3f, F1 %.3f (%d hits, %d false, %d expected);"
            + " modality right %d/%d%n%s", cases.size(), total.precision(), total.recall(), total.f1(), total.hits(),
        total.falsePositives(), total.required(), modalityRight, modalityChecked, report);
    assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
    assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
    assertThat((double) modalityRight / Math.max(1, modalityChecked)).as("modality").isGreaterThanOrEqualTo(0.80);
  }

  static List<String> ids() throws IOException {
    return cases().stream().map(Case::id).toList();
  }

  /**
   * Beyond the set's gate, each text is a behaviour of its own ("posted-envoy", "contest-not-assault"):
   * one coded wrongly, or with the wrong modality, fails here by name, so a change that trades one
   * behaviour for another is seen rather than averaged away.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void eachTextIsCodedAsExpected(String id) throws IOException {
    Case c = cases().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    Result r = code(c);
    assertThat(r.exact()).as(r.report()).isTrue();
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }
}
