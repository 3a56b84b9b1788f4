package id.pug.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code pug} command line in a test and captures what it prints. */
final class Cli {
  private Cli() {}

  /**
   * The outcome of one run.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      exit = PugCommand.execute(args, o, e);
    }
    return new Run(exit, out.toString(), err.toString());
  }
}
