package org.sitrep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.config.SitrepConfig;
import picocli.CommandLine.Option;

/** The configuration flags every command shares: a settings file and single overrides. */
final class ConfigOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (Java properties; keys as in the bundled defaults.properties).")
  @Nullable Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. --set extract.timeoutMillis=5000.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents worked on at once, one per core (default: run.threads, 0 = all cores).")
  @Nullable Integer threads;

  @Option(names = "--allow-private", description = "Allow fetching loopback and private addresses (link-local never).")
  boolean allowPrivate;

  SitrepConfig load() {
    Map<String, String> overrides = new LinkedHashMap<>(set);
    if (threads != null) {
      overrides.put("run.threads", threads.toString());
    }
    if (allowPrivate) {
      overrides.put("source.allowPrivate", "true");
    }
    return SitrepConfig.load(config, overrides);
  }
}
