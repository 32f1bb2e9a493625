package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the web dashboard over a store, read-only, on this machine until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web dashboard over the store (read-only): overview with events by day, search with CSV and",
        "JSON export, actor pages (events over time by kind, counterparts), alerts. Listens on 127.0.0.1 only.",
        "",
        "Examples:",
        "  sitrep serve",
        "  sitrep serve --db data/sitrep.db --port 8080"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port = 7070;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(store.db)) {
      throw new IllegalArgumentException("no store at " + store.db + "; run 'sitrep ingest' first or give --db");
    }
    PrintWriter err = spec.commandLine().getErr();
    Dashboard dashboard = Dashboard.start(store.db, "127.0.0.1", port);
    err.printf("sitrep serve: the dashboard of %s is at http://127.0.0.1:%d/ (Ctrl-C stops it)%n", store.db, dashboard.port());
    err.flush();
    untilStopped(dashboard, () -> { });
    return 0;
  }

  /** Blocks until the process is stopped (Ctrl-C), then closes the dashboard and runs {@code then}. */
  static void untilStopped(Dashboard dashboard, Runnable then) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dashboard.close();
      then.run();
      stopped.countDown();
    }));
    stopped.await();
  }
}
