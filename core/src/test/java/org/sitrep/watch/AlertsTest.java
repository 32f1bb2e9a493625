package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.RawDocument;
import org.sitrep.store.AlertLog;
import org.sitrep.store.PreparedArticle;
import org.sitrep.store.SqliteStore;

/**
 * Alert semantics after Alertmanager's: grouping (a burst inside group_wait is one notification), the group
 * interval, silences, webhook delivery (signature, idempotency key, retries on 5xx/429 and network errors, none
 * on other 4xx), and the persisted log across a restart.
 */
class AlertsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private HttpServer receiver;
  private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
  private final List<String> signatures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
  /** Status codes the receiver answers in turn; 200 once they run out. */
  private final List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger calls = new AtomicInteger();

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = LocalDate.now(ZoneOffset.UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
    void advance(Duration d) { now = now.plus(d); }
  }

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      calls.incrementAndGet();
      byte[] body = ex.getRequestBody().readAllBytes();
      int status = answers.isEmpty() ? 200 : answers.remove(0);
      if (status == 200) {
        received.add(JSON.readTree(body));
        signatures.add(ex.getRequestHeaders().getFirst("X-Sitrep-Signature"));
        keys.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
        // the signature is checked as a receiver would: HMAC-SHA256 of the raw body under the shared secret
        assertThat(ex.getRequestHeaders().getFirst("X-Sitrep-Signature"))
            .isEqualTo(WebhookSink.signature("s3cret".getBytes(StandardCharsets.UTF_8), body));
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private URI hook() {
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
  }

  private static Watchlist list(AlertSettings settings) {
    WatchRule rule = new WatchRule("Accusations against Russia", java.util.Set.of(), java.util.Set.of(), java.util.Set.of("RUS"),
        List.of("11"), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, null, null, null);
    return new Watchlist("Baltic", List.of(rule), settings);
  }

  private static AlertSettings settings(Duration groupWait, Duration groupInterval) {
    return new AlertSettings(groupWait, groupInterval, Duration.ofHours(4), null, null, 3, Duration.ofMillis(1), 3, 3);
  }

  /** Stores one article whose one event is {@code country} accusing Russia, dated today. */
  private static void accusation(SqliteStore store, String country, int n) {
    accusation(store, country, n, LocalDate.now(ZoneOffset.UTC));
  }

  private static void accusation(SqliteStore store, String country, int n, LocalDate day) {
    String today = day.toString();
    String text = country + " accused Russia of jamming signals, case " + n + ".";
    Article a = new Article("a" + country + n + ".html", "https://wire" + n + ".example/" + country + ".html", country + " accuses Russia " + n,
        null, List.of(), today + "T08:00:00Z", null, "Wire", "en", List.of(text), List.of());
    ActorMention src = new ActorMention(country, 0, 3, 0, new Actor(null, country, "GOV"), "country metonym");
    ActorMention tgt = new ActorMention("Russia", 13, 19, 0, new Actor(null, "RUS", "GOV"), "country metonym");
    Event e = new Event(src, tgt, "112", "11", "Accuse", "ACCUSE", -2.0, 3, Event.Modality.HAPPENED, null, List.of(), today,
        Event.DateBasis.PUBLICATION, null, 0, text, "accuse");
    CodedArticle coded = new CodedArticle(a, List.of(src, tgt), List.of(), List.of(), List.of(e), List.of());
    RawDocument raw = RawDocument.of(a.source(), a.source(), text.getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT);
    store.put(PreparedArticle.of(raw, a, coded));
    store.flush();
  }

  private AlertSink webhook() {
    return new WebhookSink(hook(), "s3cret", 3, Duration.ofMillis(1));
  }

  @Test
  void a_burst_inside_group_wait_is_one_webhook_listing_every_item() {
    HandClock clock = new HandClock();
    try (SqliteStore store = SqliteStore.open(dir.resolve("a.db"))) {
      Alerts alerts = new Alerts(store, list(settings(Duration.ofSeconds(30), Duration.ofMinutes(5))), List.of(webhook()), clock);
      accusation(store, "LVA", 1);
      assertThat(alerts.run(7).delivered()).isZero(); // waits for more
      clock.advance(Duration.ofSeconds(10));
      accusation(store, "EST", 2);
      accusation(store, "LTU", 3);
      assertThat(alerts.run(7).delivered()).isZero();
      clock.advance(Duration.ofSeconds(25)); // 35 s after the first
      Alerts.Round r = alerts.run(7);
      assertThat(r.delivered()).isEqualTo(1);
      assertThat(received).hasSize(1);
      JsonNode n = received.get(0);
      assertThat(n.get("version").asInt()).isEqualTo(1);
      assertThat(n.get("count").asInt()).isEqualTo(3);
      assertThat(n.get("items")).hasSize(3);
      assertThat(n.get("items").get(0).get("event").get("evidence").asText()).contains("LVA accused Russia");
      assertThat(n.get("items").get(0).get("event").get("sourceUrl").asText()).startsWith("https://wire1.example/");
      assertThat(n.get("items").get(0).get("event").get("modality").asText()).isEqualTo("happened");
      assertThat(keys.get(0)).isEqualTo(n.get("key").asText()).hasSize(64);

      // one more within the group interval waits for it; then it is told alone
      accusation(store, "POL", 4);
      clock.advance(Duration.ofMinutes(1));
      assertThat(alerts.run(7).delivered()).isZero();
      clock.advance(Duration.ofMinutes(4));
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      assertThat(received).hasSize(2);
      assertThat(received.get(1).get("count").asInt()).isEqualTo(1);
      // nothing new: nothing sent, however often it runs
      clock.advance(Duration.ofHours(1));
      assertThat(alerts.run(7).delivered()).isZero();
      assertThat(received).hasSize(2);
    }
  }

  @Test
  void a_silence_mutes_its_rule_until_it_ends_and_what_it_muted_is_recorded() {
    HandClock clock = new HandClock();
    try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
      Watchlist list = list(settings(Duration.ZERO, Duration.ZERO));
      Alerts alerts = new Alerts(store, list, List.of(webhook()), clock);
      long id = store.alerts().addSilence("Baltic", "Accusations against Russia", clock.now, clock.now.plus(Duration.ofHours(2)), "drill");
      accusation(store, "LVA", 1);
      Alerts.Round r = alerts.run(7);
      assertThat(r.silenced()).isEqualTo(1);
      assertThat(r.delivered()).isZero();
      assertThat(store.alerts().muted(id)).isEqualTo(1);
      clock.advance(Duration.ofHours(3)); // the silence has ended: new matches are told again, the muted one is not
      accusation(store, "EST", 2);
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      assertThat(received).hasSize(1);
      assertThat(received.get(0).get("items").get(0).get("summary").asText()).contains("EST GOV");
    }
  }

  @Test
  void a_webhook_failing_with_5xx_and_429_is_retried_until_it_recovers_and_a_4xx_is_not() {
    HandClock clock = new HandClock();
    try (SqliteStore store = SqliteStore.open(dir.resolve("r.db"))) {
      Alerts alerts = new Alerts(store, list(settings(Duration.ZERO, Duration.ZERO)), List.of(webhook()), clock);
      answers.addAll(List.of(503, 429, 500));
      accusation(store, "LVA", 1);
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      assertThat(calls.get()).isEqualTo(4); // three failures, then delivered within one round
      assertThat(received).hasSize(1);

      // failing beyond the retries: kept pending with its error, sent the next round under the same key
      answers.addAll(List.of(502, 502, 502, 502));
      accusation(store, "EST", 2);
      Alerts.Round failed = alerts.run(7);
      assertThat(failed.delivered()).isZero();
      assertThat(failed.failures()).singleElement().asString().contains("HTTP 502").contains("retried next round");
      AlertLog.Notification pending = store.alerts().pending().get(0);
      assertThat(pending.attempts()).isEqualTo(1);
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      assertThat(keys.get(1)).isEqualTo(pending.idempotency());

      // a 4xx other than 429 is not retried: given up and recorded
      int before = calls.get();
      answers.add(410);
      accusation(store, "LTU", 3);
      Alerts.Round gone = alerts.run(7);
      assertThat(calls.get() - before).isEqualTo(1);
      assertThat(gone.failures()).singleElement().asString().contains("HTTP 410").contains("given up");
      assertThat(store.alerts().recent(1).get(0).state()).isEqualTo("failed");
      assertThat(alerts.run(7).delivered()).isZero();
    }
  }

  @Test
  void a_network_error_is_retried_with_growing_pauses() {
    List<Duration> pauses = new ArrayList<>();
    // a port nothing listens on
    URI nowhere = URI.create("http://127.0.0.1:" + freePort() + "/hook");
    WebhookSink sink = new WebhookSink(nowhere, null, 4, Duration.ofMillis(100), pauses::add);
    AlertLog.Notification n = new AlertLog.Notification(1, "k", "Baltic", "r", "new-match", "key", "{}", Instant.now(),
        "pending", 0, null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sink.deliver(n))
        .isInstanceOf(AlertSink.DeliveryFailure.class).hasMessageContaining("after 5 attempts");
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void after_a_crash_between_sending_and_recording_the_notification_is_sent_again_under_the_same_key() {
    HandClock clock = new HandClock();
    Path db = dir.resolve("k.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      accusation(store, "LVA", 1);
      // this sink delivers, then the process "dies" before the delivery is recorded
      AlertSink dying = n -> {
        webhook().deliver(n);
        throw new IllegalStateException("killed");
      };
      Alerts alerts = new Alerts(store, list(settings(Duration.ZERO, Duration.ZERO)), List.of(dying), clock);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> alerts.run(7)).hasMessage("killed");
    }
    assertThat(received).hasSize(1);
    try (SqliteStore store = SqliteStore.open(db)) { // the restart
      Alerts alerts = new Alerts(store, list(settings(Duration.ZERO, Duration.ZERO)), List.of(webhook()), clock);
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      assertThat(alerts.run(7).delivered()).isZero();
    }
    // at least once: the same notification twice, with one key for the receiver to drop the repeat
    assertThat(received).hasSize(2);
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
  }

  @Test
  void a_source_gone_quiet_for_three_times_its_usual_interval_or_failing_is_told_once_per_episode() {
    HandClock clock = new HandClock();
    Instant t0 = clock.now.minus(Duration.ofHours(6));
    try (SqliteStore store = SqliteStore.open(dir.resolve("q.db"))) {
      var polls = store.sourcePolls();
      // hourly news for two hours, then nothing for four; a second feed that fails three times running
      for (int h = 0; h <= 5; h++) {
        polls.record(new org.sitrep.store.SourcePolls.Poll("https://wire.example/rss", t0.plus(Duration.ofHours(h)), h <= 2 ? 4 : 0, null));
      }
      for (int h = 3; h <= 5; h++) {
        polls.record(new org.sitrep.store.SourcePolls.Poll("https://gone.example/feed", t0.plus(Duration.ofHours(h)), 0, "HTTP 404"));
      }
      // a steady feed: new items every hour up to now is never silent
      for (int h = 0; h <= 6; h++) {
        polls.record(new org.sitrep.store.SourcePolls.Poll("https://steady.example/rss", t0.plus(Duration.ofHours(h)), 2, null));
      }
      Alerts alerts = new Alerts(store, list(settings(Duration.ZERO, Duration.ZERO)), List.of(webhook()), clock);
      assertThat(alerts.run(7).delivered()).isEqualTo(1);
      JsonNode n = received.get(0);
      assertThat(n.get("kind").asText()).isEqualTo("source-silence");
      assertThat(n.get("items")).hasSize(2);
      assertThat(n.toString()).contains("wire.example").contains("silent").contains("gone.example").contains("failing")
          .doesNotContain("steady.example");
      // the same episodes are not told again; a feed recovering and going quiet again is a new episode
      clock.advance(Duration.ofHours(1));
      assertThat(alerts.run(7).delivered()).isZero();
      // quiet for less than three usual intervals: not yet silent
      assertThat(SourceSilence.find(java.util.Map.of("s", List.of(
          new org.sitrep.store.SourcePolls.Poll("s", t0, 1, null),
          new org.sitrep.store.SourcePolls.Poll("s", t0.plus(Duration.ofHours(1)), 1, null),
          new org.sitrep.store.SourcePolls.Poll("s", t0.plus(Duration.ofHours(2)), 1, null))),
          t0.plus(Duration.ofHours(4)), 3, 3)).isEmpty();
    }
  }

  @Test
  void a_spike_still_present_is_told_again_each_repeat_interval_and_not_in_between() {
    HandClock clock = new HandClock();
    LocalDate today = LocalDate.ofInstant(clock.now, ZoneOffset.UTC);
    try (SqliteStore store = SqliteStore.open(dir.resolve("p.db"))) {
      accusation(store, "LVA", 1, today.minusDays(10)); // history: one a fortnight
      String[] accusers = {"EST", "LTU", "POL", "FIN"};
      for (int i = 0; i < accusers.length; i++) accusation(store, accusers[i], i + 2, today); // then four today
      WatchRule spiky = new WatchRule("Accusations against Russia", java.util.Set.of(), java.util.Set.of(), java.util.Set.of("RUS"),
          List.of("11"), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, null, null,
          new Spike.Settings(1, 7, 3, 3));
      AlertSettings settings = new AlertSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(1), null, null, 3,
          Duration.ofMillis(1), 0, 0);
      Alerts alerts = new Alerts(store, new Watchlist("Baltic", List.of(spiky), settings), List.of(webhook()), clock);
      alerts.run(30); // the new matches and the spike
      long spikes = received.stream().filter(n -> n.get("kind").asText().equals("spike")).count();
      assertThat(spikes).isEqualTo(1);
      clock.advance(Duration.ofMinutes(30));
      alerts.run(30);
      assertThat(received.stream().filter(n -> n.get("kind").asText().equals("spike")).count()).as("not within the hour").isEqualTo(1);
      clock.advance(Duration.ofMinutes(35));
      alerts.run(30);
      assertThat(received.stream().filter(n -> n.get("kind").asText().equals("spike")).count()).as("again after it").isEqualTo(2);
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
