package id.pug.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code pug} command: its subcommands do the work. */
@Command(
    name = "pug",
    mixinStandardHelpOptions = true,
    versionProvider = PugCommand.Version.class,
    description = "Indonesia's gender-mainstreaming (PUG/PPRG) rules and indicators.",
    subcommands = {ValidateCommand.class, RulesCommand.class, SipdCommand.class, IkgCommand.class})
public final class PugCommand implements Runnable {
  /** Exit code: the input could not be read or the arguments are wrong. */
  public static final int EXIT_INPUT = 2;

  @Spec CommandSpec spec = CommandSpec.create();

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    CommandLine line = new CommandLine(new PugCommand());
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, Messages::date);
    line.registerConverter(Path.class, Messages::path);
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          // What is wrong, the command's synopsis, and where the full help is: a few lines
          CommandLine command = e.getCommandLine();
          err.println("pug: " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, err);
          err.print(command.getHelp().fullSynopsis());
          err.println(
              "Try '"
                  + command.getCommandSpec().qualifiedName()
                  + " --help' for more information.");
          err.flush();
          return EXIT_INPUT;
        });
    return line.execute(args);
  }

  /** Without a subcommand: print the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version, from the jar's manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PugCommand.class.getPackage().getImplementationVersion();
      return new String[] {"pug " + (version == null ? "(development build)" : version)};
    }
  }
}
