package org.sitrep.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep}: the top-level command; each stage's work is a subcommand. */
@Command(name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "Sitrep 0.1.0",
    description = "Self-hosted news monitoring: clean articles and who did what to whom, according to whom.",
    subcommands = {ExtractCommand.class, CodeCommand.class, EventsCommand.class, ExportCommand.class, IngestCommand.class, SearchCommand.class, StoriesCommand.class, StatsCommand.class, ReportCommand.class, WatchCommand.class, ServeCommand.class, HashPasswordCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs a command line, writing output and messages to the given streams; returns the exit status. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SitrepCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true); // "--format JSON" as well as "--format json"
    cli.setOut(out);
    cli.setErr(err);
    // wide enough that option names and settings (--set extract.timeoutMillis=5000) are not broken mid-word
    cli.setUsageHelpWidth(110);
    cli.setUsageHelpLongOptionsMaxWidth(40);
    // a mistyped command line gets the reason and where help is, not the whole help text
    cli.setParameterExceptionHandler((e, params) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("sitrep " + cmd.getCommandName().replace("sitrep", "").strip() + ": " + e.getMessage());
      cmd.getErr().println("Try 'sitrep " + (cmd.getCommandName().equals("sitrep") ? "" : cmd.getCommandName() + " ")
          + "--help' for its options and examples.");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof org.sitrep.store.StoreException) {
        cmd.getErr().println("sitrep: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli.execute(args);
  }
}
