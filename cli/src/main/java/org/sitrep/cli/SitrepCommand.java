package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep}: the top-level command; each stage's work is a subcommand. */
@Command(name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "Sitrep 0.1.0",
    description = "Self-hosted news monitoring: clean articles and who did what to whom, according to whom.",
    subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    CommandLine cli = new CommandLine(new SitrepCommand());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        cmd.getErr().println("sitrep: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli.execute(args);
  }
}
