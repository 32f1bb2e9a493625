package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.config.SitrepConfig;
import org.sitrep.store.SqliteStore;
import org.sitrep.watch.Alerts;
import org.sitrep.watch.Watchlist;
import org.sitrep.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the web dashboard over a store, and the watchlists' alerts, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web dashboard over the store: overview with events by day, search with CSV and JSON",
        "export, stories, actor and actor-pair pages (events over time by kind, counterparts), map, sources,",
        "watchlists and alerts. With --watchlist, also runs those watchlists' alerts every web.alertEverySeconds and",
        "lets a logged-in user edit them and their silences. Listens on 127.0.0.1 unless --public; logging in needs",
        "web.passwordHash (see 'sitrep hash-password').",
        "",
        "Examples:",
        "  sitrep serve",
        "  sitrep serve --db data/sitrep.db --port 8080 --watchlist korea.yaml",
        "  sitrep serve --public --config sitrep.properties --watchlist korea.yaml"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port = 7070;

  @Option(names = "--watchlist", paramLabel = "FILE", description = "A watchlist (YAML) to show, edit and alert on; repeatable.")
  List<Path> watchlists = new ArrayList<>();

  @Option(names = "--public", description = "Listen on every interface, not only this machine; needs web.passwordHash.")
  boolean isPublic;

  @Mixin StoreOptions store = new StoreOptions();
  @Mixin ConfigOptions configOptions = new ConfigOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SitrepConfig config = configOptions.load();
    if (isPublic && config.web().passwordHash() == null) {
      throw new IllegalArgumentException("--public needs a password: set web.passwordHash (make one with 'sitrep hash-password')"
          + " in a --config file or with --set");
    }
    if (!Files.exists(store.db)) {
      throw new IllegalArgumentException("no store at " + store.db + "; run 'sitrep ingest' first or give --db");
    }
    PrintWriter err = spec.commandLine().getErr();
    String host = isPublic ? "0.0.0.0" : "127.0.0.1";
    Dashboard dashboard = Dashboard.start(new Dashboard.Settings(store.db, host, port, watchlists, config.web().passwordHash()));
    ScheduledExecutorService alerts = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sitrep-alerts");
      t.setDaemon(true);
      return t;
    });
    if (!watchlists.isEmpty()) {
      long every = config.web().alertEvery().toSeconds();
      alerts.scheduleWithFixedDelay(() -> alertRound(store.db, watchlists, err), 0, every, TimeUnit.SECONDS);
    }
    err.printf("sitrep serve: the dashboard of %s is at http://%s:%d/%s%s (Ctrl-C stops it)%n", store.db,
        isPublic ? "<this machine>" : host, dashboard.port(),
        watchlists.isEmpty() ? "" : "; alerts of " + watchlists.size() + " watchlist(s) every " + config.web().alertEvery().toSeconds() + " s",
        config.web().passwordHash() == null ? "; read-only (no web.passwordHash)" : "");
    err.flush();
    untilStopped(dashboard, alerts::shutdownNow);
    return 0;
  }

  /** One round of every watchlist's alerts; a watchlist that cannot be read is reported and the others still run. */
  static void alertRound(Path db, List<Path> watchlists, PrintWriter err) {
    for (Path file : watchlists) {
      try (SqliteStore store = SqliteStore.open(db, Duration.ofSeconds(30))) {
        Watchlist list = Watchlist.read(file);
        Alerts.Round round = new Alerts(store, list, Alerts.sinks(err, list, "watchlist " + file), Clock.systemUTC())
            .run(Alerts.LOOKBACK_DAYS);
        for (String f : round.failures()) err.println("sitrep serve: alert delivery failed: " + f);
      } catch (RuntimeException e) {
        err.println("sitrep serve: alerts of " + file + " not run this round: " + e.getMessage());
      }
      err.flush();
    }
  }

  /** Blocks until the process is stopped (Ctrl-C), then closes the dashboard and runs {@code then}. */
  static void untilStopped(Dashboard dashboard, Runnable then) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      then.run();
      dashboard.close();
      stopped.countDown();
    }));
    stopped.await();
  }
}
