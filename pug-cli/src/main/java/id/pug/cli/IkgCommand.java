package id.pug.cli;

import id.pug.core.PugException;
import id.pug.core.indicator.IkgBatch;
import id.pug.core.indicator.IkgBatchResult;
import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgConstants;
import id.pug.core.indicator.ZeroSeatPolicy;
import id.pug.core.refdata.TextSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pug ikg}: the IKG of every row of a CSV file of components. */
@Command(
    name = "ikg",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the Gender Inequality Index (IKG) for every row of a CSV file.",
      "Columns (header required, any order, other columns carried through): "
          + "region,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f — MTF and MHPK20 as proportions, "
          + "PR, SE and TPAK in percent.",
      "Writes the rows with an added ikg column (6 decimals). Exit code 0: all rows computed; "
          + "1: some rows are bad (reported on standard error with line, column and value); "
          + "2: the input cannot be read or the arguments are wrong."
    })
final class IkgCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE",
      description = "The CSV file of components (UTF-8).")
  @Nullable Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the result (default: standard output).")
  @Nullable Path output;

  @Option(
      names = "--mtf-floor",
      defaultValue = "0.005",
      paramLabel = "A",
      description =
          "Floor a on MTF, a proportion (default ${DEFAULT-VALUE}; inferred, not published by BPS).")
  double mtfFloor = IkgConstants.MTF_FLOOR;

  @Option(
      names = "--mhpk20-floor",
      defaultValue = "0.01",
      paramLabel = "B",
      description =
          "Floor b on MHPK20, a proportion (default ${DEFAULT-VALUE}; inferred, not published by BPS).")
  double mhpk20Floor = IkgConstants.MHPK20_FLOOR;

  @Option(
      names = "--zero-seats",
      defaultValue = "REPLACE_WITH_0_1_PERCENT",
      paramLabel = "POLICY",
      description =
          "What to do with a zero legislative share: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ZeroSeatPolicy zeroSeats = ZeroSeatPolicy.REPLACE_WITH_0_1_PERCENT;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path file = java.util.Objects.requireNonNull(input, "input");
    IkgCalculator calculator;
    try {
      calculator =
          IkgCalculator.with(
              IkgConstants.builder()
                  .mtfFloor(mtfFloor)
                  .mhpk20Floor(mhpk20Floor)
                  .zeroSeatPolicy(zeroSeats)
                  .build());
    } catch (PugException e) {
      err.println("pug ikg: " + e.getMessage());
      return PugCommand.EXIT_INPUT;
    }
    IkgBatchResult result;
    try (InputStream in = Files.newInputStream(file)) {
      result = IkgBatch.compute(TextSource.of(file.toString(), in), calculator);
    } catch (IOException e) {
      err.println("pug ikg: cannot read " + file + ": " + Messages.describe(e));
      return PugCommand.EXIT_INPUT;
    } catch (PugException e) {
      err.println("pug ikg: " + e.getMessage());
      return PugCommand.EXIT_INPUT;
    }
    result.problems().forEach(err::println);
    err.flush();
    String csv = result.toCsv();
    if (output == null) {
      spec.commandLine().getOut().print(csv);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(output, csv, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("pug ikg: cannot write " + output + ": " + Messages.describe(e));
        return PugCommand.EXIT_INPUT;
      }
    }
    return result.isComplete() ? 0 : 1;
  }
}
