package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;

/** The seed article, extracted then coded: the acceptance list of the coding issue, point by point. */
class SeedCodingTest {
  static CodedArticle coded;

  @BeforeAll
  static void code() throws Exception {
    Path dir = SharedData.require("examples");
    Path file;
    try (var files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().contains("putin-north-korea")).findFirst().orElseThrow();
    }
    RawDocument doc = RawDocument.of(file.toString(), "seed", Files.readAllBytes(file), RawDocument.Format.TEXT);
    coded = Coders.fresh().code(ArticleExtractor.withDefaults().extract(doc));
  }

  private static ActorMention actor(String mention) {
    return coded.actors().stream().filter(m -> m.mention().contains(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor mention containing '" + mention + "' in " + coded.actors()));
  }

  private static void assertActor(String mention, String country, String role) {
    ActorMention m = actor(mention);
    assertThat(m.actor().country()).as(mention + " country").isEqualTo(country);
    assertThat(m.actor().role()).as(mention + " role").isEqualTo(role);
  }

  @Test
  void actors() {
    assertActor("Vladimir Putin", "RUS", "GOV");
    assertThat(actor("Vladimir Putin").actor().name()).isEqualTo("Vladimir Putin");
    ActorMention mrPutin = coded.actors().stream().filter(m -> m.mention().equals("Putin")).findFirst().orElseThrow();
    assertThat(mrPutin.actor().code()).isEqualTo("RUS GOV");
    assertThat(mrPutin.actor().name()).isEqualTo("Vladimir Putin");
    assertActor("Kim Hong-kyun", "KOR", "GOV");
    assertActor("Kurt Campbell", "USA", "GOV");
    assertActor("Dmitry Peskov", "RUS", "GOV");
    ActorMention mrPeskov = coded.actors().stream().filter(m -> m.mention().equals("Peskov")).findFirst().orElseThrow();
    assertThat(mrPeskov.actor().name()).isEqualTo("Dmitry Peskov");
    ActorMention mrCampbell = coded.actors().stream().filter(m -> m.mention().equals("Campbell")).findFirst().orElseThrow();
    assertThat(mrCampbell.actor().code()).isEqualTo("USA GOV");
    assertActor("Kim Jong-un", "PRK", "GOV");
    ActorMention kremlin = coded.actors().stream().filter(m -> m.mention().equals("Kremlin")).findFirst().orElseThrow();
    assertThat(kremlin.actor().code()).isEqualTo("RUS GOV");
    assertActor("Pyongyang", "PRK", "GOV");
    assertActor("Kyiv", "UKR", "GOV");
    assertActor("Nato", "NAT", "IGO");
    assertActor("Vedomosti", "RUS", "MED");
    assertThat(coded.actors()).noneMatch(m -> m.mention().contains("Muzaffar")); // the author is not an actor
  }

  @Test
  void quotes() {
    assertThat(speaker("The two sides agreed")).isEqualTo("KOR GOV");
    assertThat(quote("We have the right").speaker().actor().name()).isEqualTo("Dmitry Peskov");
    assertThat(quote("Hard currency?").speaker().actor().name()).isEqualTo("Kurt Campbell");
  }

  private static Quote quote(String start) {
    return coded.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + start + " in " + coded.quotes()));
  }

  private static String speaker(String start) {
    return quote(start).speaker().actor().code();
  }

  @Test
  void dates() {
    assertThat(coded.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("on Monday");
      assertThat(d.value()).isEqualTo("2024-06-10");
    });
    assertThat(coded.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("last September");
      assertThat(d.value()).isEqualTo("2023-09");
    });
    assertThat(coded.dates()).anySatisfy(d -> {
      assertThat(d.text()).isEqualTo("in the coming weeks");
      assertThat(d.value()).startsWith("2024-06-14/2024-07");
    });
  }

  /** Every expected event, then the extra ones we code and reviewed; nothing else may be coded. */
  @Test
  void events() {
    List<Event> left = new ArrayList<>(coded.events());
    Event call = take(left, "KOR", "USA", "04");
    assertThat(call.cameo()).isEqualTo("041");
    assertThat(call.modality()).isEqualTo(Modality.HAPPENED);
    assertThat(call.date()).isEqualTo("2024-06-14");
    take(left, "KOR", "USA", "03", null, e -> "the article".equals(e.assertedBy().name()));
    // "'The two sides agreed to ...,' South Korea's foreign ministry said": the agreement as the ministry told it
    Event told = take(left, "KOR", "USA", "03", null, e -> "KOR".equals(e.assertedBy().country()));
    assertThat(told.assertedBy().role()).isEqualTo("GOV");
    Event visit = take(left, "RUS", "PRK", "04", "042");
    assertThat(visit.modality()).isEqualTo(Modality.PLANNED);
    assertThat(visit.assertedBy().name()).isEqualTo("Vedomosti");
    assertThat(visit.date()).startsWith("2024-06-14/");
    Event vietnam = take(left, "RUS", "VNM", "04", "042");
    assertThat(vietnam.modality()).isEqualTo(Modality.PLANNED);
    assertThat(vietnam.assertedBy().name()).isEqualTo("Vedomosti");
    Event relations = take(left, "RUS", "PRK", "03", null, e -> e.assertedBy() != null && "Dmitry Peskov".equals(e.assertedBy().name()));
    assertThat(relations.evidence()).contains("good relations");
    Event meeting = take(left, "RUS", "PRK", "04", "040");
    assertThat(meeting.date()).isEqualTo("2023-09");
    assertThat(meeting.place().country()).isEqualTo("RUS");
    Event agreement = take(left, "RUS", "PRK", "03", null, e -> "2023-09".equals(e.date()));
    assertThat(agreement.evidence()).contains("strengthen their cooperation");
    // nobody denies that the accusation was made: the claim it carries is what is denied
    assertThat(take(left, "USA", "PRK", "11", "112").deniedBy()).isEmpty();
    Event aid = take(left, "PRK", "RUS", "07", "072", e -> e.modality() == Modality.ALLEGED);
    assertThat(aid.assertedBy().country()).isEqualTo("USA");
    assertThat(aid.deniedBy()).extracting(a -> a.country()).containsExactlyInAnyOrder("PRK", "RUS");
    take(left, "PRK", "USA", "01", "016");
    take(left, "RUS", "USA", "01", "016");
    assertThat(take(left, "IRN", "RUS", "07").modality()).isEqualTo(Modality.REPORTED);
    assertThat(take(left, "PRK", "RUS", "07", null, e -> e.modality() == Modality.REPORTED).evidence()).contains("reportedly");
    assertThat(take(left, "USA", "UKR", "07").modality()).isEqualTo(Modality.HAPPENED);
    assertThat(take(left, "NAT", "UKR", "07").modality()).isEqualTo(Modality.HAPPENED);
    // Reviewed extras: "what Russia may be giving Pyongyang in return" is a hypothetical transfer;
    // "American and South Korean officials have expressed concern over ... Putin's potential visit" is a
    // pessimistic comment by each about Putin (named as the possessor of the visit).
    take(left, "USA", "RUS", "01", "012");
    take(left, "KOR", "RUS", "01", "012");
    // "American officials are concerned about what Russia may be giving Pyongyang": their worry about Russia
    // (a pessimistic comment on it, the clause's subject), and the transfer as their claim
    assertThat(take(left, "USA", "RUS", "01", "012").evidence()).startsWith("American officials are concerned");
    Event giving = take(left, "RUS", "PRK", "07");
    assertThat(giving.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(giving.assertedBy().country()).isEqualTo("USA");
    assertThat(left).as("events beyond the expected list").isEmpty();
    assertThat(coded.events()).noneMatch(e -> e.evidence().toLowerCase().contains("balloon"));
  }

  private static Event take(List<Event> left, String src, String tgt, String root) {
    return take(left, src, tgt, root, null, e -> true);
  }

  private static Event take(List<Event> left, String src, String tgt, String root, String code) {
    return take(left, src, tgt, root, code, e -> true);
  }

  private static Event take(List<Event> left, String src, String tgt, String root, String code,
      java.util.function.Predicate<Event> also) {
    Optional<Event> e = left.stream().filter(x -> src.equals(x.source().actor().country())
        && x.target() != null && tgt.equals(x.target().actor().country()) && x.root().equals(root)
        && (code == null || x.cameo().equals(code)) && also.test(x)).findFirst();
    assertThat(e).as(src + "->" + tgt + " " + root + (code == null ? "" : " (" + code + ")") + " among " + describe(left)).isPresent();
    left.remove(e.get());
    return e.get();
  }

  private static List<String> describe(List<Event> events) {
    return events.stream().map(x -> x.source().actor().country() + "->" + (x.target() == null ? "-" : x.target().actor().country())
        + " " + x.cameo() + " " + x.modality().label()).toList();
  }
}
