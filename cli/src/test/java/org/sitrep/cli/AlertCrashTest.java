package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notification log across a kill -9: a watch process killed after its webhook received a notification but
 * before the delivery was recorded sends it again on restart, under the same idempotency key (the documented
 * at-least-once case), and nothing after that; nothing is lost.
 */
class AlertCrashTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>%1$s</title><meta property=\"og:site_name\" content=\"%2$s\">"
      + "<meta property=\"og:url\" content=\"https://%2$s/%3$s\">"
      + "<meta property=\"article:published_time\" content=\"%4$sT09:00:00+00:00\"></head><body><article><h1>%1$s</h1>"
      + "<p>%5$s</p><p>Officials said the matter would be raised at the next meeting of the council.</p></article></body></html>";

  @Test
  void a_notification_sent_but_not_recorded_when_killed_is_sent_again_once_with_the_same_key() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Files.writeString(pages.resolve("a.html"), PAGE.formatted("Latvia accuses Russia", "balticwire.example", "a.html", today,
        "Latvia accused Russia of jamming satellite navigation signals over the Baltic Sea."));
    String db = dir.resolve("crash.db").toString();
    assertThat(ExtractCommandTest.run("ingest", pages.toString(), "--db", db, "--no-progress").status()).isZero();

    List<String> keys = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstArrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      ex.getRequestBody().readAllBytes();
      keys.add(ex.getRequestHeaders().getFirst("Idempotency-Key"));
      if (keys.size() == 1) {
        firstArrived.countDown();
        try {
          release.await(30, TimeUnit.SECONDS); // holds the first answer until the sender is dead
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    receiver.start();
    try {
      Path list = dir.resolve("baltic.yaml");
      Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11\"]\n"
          + "alerts:\n  webhook: http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\n  retries: 0\n");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process watch = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          "org.sitrep.cli.SitrepCommand", "watch", "--watchlist", list.toString(), "--db", db)
          .redirectErrorStream(true).redirectOutput(dir.resolve("watch.log").toFile()).start();
      assertThat(firstArrived.await(60, TimeUnit.SECONDS)).as("the webhook was called").isTrue();
      watch.destroyForcibly(); // SIGKILL while the receiver has the notification and the sender has not recorded it
      assertThat(watch.waitFor(30, TimeUnit.SECONDS)).isTrue();
      release.countDown();

      var restart = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db);
      assertThat(restart.status()).as(restart.err()).isZero();
      assertThat(keys).hasSize(2);
      assertThat(keys.get(1)).as("the same notification, for the receiver to drop").isEqualTo(keys.get(0));
      var again = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db);
      assertThat(again.status()).isZero();
      assertThat(keys).as("delivered once recorded: nothing more").hasSize(2);
      assertThat(ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--log").out())
          .contains("delivered").doesNotContain("pending");
    } finally {
      receiver.stop(0);
    }
  }
}
