package id.pug.cli;

import id.pug.core.PugException;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCode;
import id.pug.io.json.PlanJson;
import id.pug.io.sipd.SipdBudgetImport;
import id.pug.io.sipd.SipdImport;
import id.pug.io.sipd.SipdRejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pug sipd}: turns a SIPD sub-kegiatan budget export (CSV) into a plan file. */
@Command(
    name = "sipd",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a SIPD-style sub-kegiatan budget export (CSV with SIPD field names) as a plan"
          + " (pug.plan.v1 JSON) holding its agencies and budget lines, ready to complete or validate.",
      "Every rejected row is reported on standard error with its line number and reason.",
      "Exit code 0: every row imported; 1: some rows rejected (the others are written);"
          + " 2: the file cannot be read or the arguments are wrong."
    })
final class SipdCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "The SIPD export (CSV, UTF-8).")
  @Nullable Path input;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "The region of the export, PP or PP.KK (for example 62.03).")
  @Nullable String region;

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description = "The fiscal year of the export.")
  int year;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the plan (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path file = Objects.requireNonNull(input, "input");
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      err.println(
          "pug sipd: --year must be a year from "
              + Year.MIN_VALUE
              + " to "
              + Year.MAX_VALUE
              + ", was "
              + year);
      return PugCommand.EXIT_INPUT;
    }
    SipdImport result;
    try (InputStream in = Files.newInputStream(file)) {
      result =
          SipdBudgetImport.read(
              TextSource.of(file.toString(), in),
              RegionCode.parse(Objects.requireNonNull(region, "region")),
              Year.of(year));
    } catch (IOException e) {
      err.println("pug sipd: cannot read " + file + ": " + Messages.describe(e));
      return PugCommand.EXIT_INPUT;
    } catch (PugException e) {
      err.println("pug sipd: " + e.getMessage());
      return PugCommand.EXIT_INPUT;
    }
    for (SipdRejectedRow row : result.rejected()) {
      err.println("pug sipd: rejected " + row);
    }
    String json = PlanJson.standard().write(result.toPlan());
    try {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(json);
        out.flush();
      } else {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("pug sipd: cannot write " + output + ": " + Messages.describe(e));
      return PugCommand.EXIT_INPUT;
    }
    err.println(
        "pug sipd: "
            + result.lines().size()
            + " budget lines of "
            + result.agencies().size()
            + " agencies imported, "
            + result.rejected().size()
            + " rows rejected");
    return result.isComplete() ? 0 : 1;
  }
}
