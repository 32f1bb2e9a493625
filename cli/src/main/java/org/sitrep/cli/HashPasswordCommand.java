package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.sitrep.web.PasswordHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep hash-password}: the Argon2id hash to put in web.passwordHash. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = {"Read a password (typed without echo, or one line of standard input) and print its Argon2id hash",
        "(PHC string) for the web.passwordHash setting of 'sitrep serve'. The password itself is stored nowhere.",
        "",
        "Examples:",
        "  sitrep hash-password",
        "  echo \"web.passwordHash=$(sitrep hash-password < secret.txt)\" > sitrep.properties"})
final class HashPasswordCommand implements Callable<Integer> {
  /** Shorter passwords are refused: the dashboard may face a network. */
  static final int MIN_LENGTH = 10;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Console console = System.console();
    String password;
    if (console != null) {
      char[] typed = console.readPassword("Password: ");
      char[] again = console.readPassword("Again: ");
      if (typed == null || again == null || !java.util.Arrays.equals(typed, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      password = new String(typed);
    } else {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      password = line == null ? "" : line;
    }
    if (password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a password of at least " + MIN_LENGTH + " characters, please");
    }
    spec.commandLine().getOut().println(PasswordHash.hash(password));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
