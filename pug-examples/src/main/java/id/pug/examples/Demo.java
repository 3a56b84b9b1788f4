package id.pug.examples;

import id.pug.examples.scenario.Scenario1KalbarRakor2026;
import id.pug.examples.scenario.Scenario2KaltengRakor2025;
import id.pug.examples.scenario.Scenario3BanjarbaruPokja2024;
import id.pug.examples.scenario.Scenario4KaltimActionPlan2019;
import id.pug.examples.scenario.Scenario5PaserArg2025;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The README's main demo: five scenarios drawn from the Kalimantan news reports that started pug
 * ({@code shared/seeds/}), one after the other, each a short section a person can follow.
 *
 * <ol>
 *   <li>Kalimantan Barat, Rakor PPPA–PPKB 2026: the IKG gap, its trajectory and levers, Forum
 *       PUSPA, measurable action items ({@link Scenario1KalbarRakor2026});
 *   <li>Kalimantan Tengah, Rakor kesetaraan gender 2025: the legal basis, the 14 kab/kota, a Pokja
 *       whose agencies partly lack focal points ({@link Scenario2KaltengRakor2025});
 *   <li>Kota Banjarbaru, Rakor Pokja PUG 2024: a Renja's GAP → GBS → KAK chain and the report when
 *       one link breaks ({@link Scenario3BanjarbaruPokja2024});
 *   <li>Kalimantan Timur, Bimtek Rencana Aksi Pokja PUG 2019: a Pokja action plan checked, the
 *       driver agencies and their roles ({@link Scenario4KaltimActionPlan2019});
 *   <li>Kabupaten Paser, Rakor PUG 2025: ARG-tagged lines, the ARG share and an audit report in
 *       Indonesian ({@link Scenario5PaserArg2025}).
 * </ol>
 *
 * <p>Run all five with {@code ./mvnw -q -B -ntp -pl pug-examples -am compile exec:java}; one with
 * {@code -Dexec.args="--scenario 3"}; the tour of pug's catalogues ({@link CatalogueTour}) with
 * {@code -Dexec.args="--tour"} or {@code -Dexec.args="--tour 2012-06-01"}.
 */
public final class Demo {
  private Demo() {}

  /** A scenario: its number, title and program. */
  record Scenario(int number, String title, Consumer<PrintStream> program) {}

  /** The five scenarios, in order. */
  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              1, "Kalimantan Barat, Rakor PPPA–PPKB 2026", Scenario1KalbarRakor2026::print),
          new Scenario(
              2,
              "Kalimantan Tengah, Rakor kesetaraan gender 2025",
              Scenario2KaltengRakor2025::print),
          new Scenario(
              3, "Kota Banjarbaru, Rakor Pokja PUG 2024", Scenario3BanjarbaruPokja2024::print),
          new Scenario(
              4,
              "Kalimantan Timur, Bimtek Rencana Aksi Pokja PUG 2019",
              Scenario4KaltimActionPlan2019::print),
          new Scenario(5, "Kabupaten Paser, Rakor PUG 2025", Scenario5PaserArg2025::print));

  private static final String USAGE =
      "Usage: Demo [--scenario 1-5] | [--tour [YYYY-MM-DD]]  (no argument: the five scenarios)";

  /**
   * Runs the demo.
   *
   * @param args none for the five scenarios; {@code --scenario N} for one; {@code --tour [DATE]}
   *     for the catalogue tour
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo with its arguments, printing to the given streams.
   *
   * @param args the arguments, as {@link #main}
   * @param out standard output
   * @param err standard error
   * @return 0, or 2 when the arguments are wrong
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      all(out);
      return 0;
    }
    if (args[0].equals("--scenario") && args.length == 2) {
      try {
        int n = Integer.parseInt(args[1]);
        if (n >= 1 && n <= SCENARIOS.size()) {
          SCENARIOS.get(n - 1).program().accept(out);
          return 0;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      err.println("--scenario takes a number from 1 to " + SCENARIOS.size() + ", was " + args[1]);
      return 2;
    }
    if (args[0].equals("--tour") && args.length <= 2) {
      try {
        LocalDate date =
            args.length == 2 ? LocalDate.parse(args[1]) : LocalDate.now(ZoneId.of("Asia/Jakarta"));
        CatalogueTour.run(out, date);
        return 0;
      } catch (DateTimeParseException e) {
        err.println("--tour takes a date such as 2026-02-10, was \"" + args[1] + "\"");
        return 2;
      }
    }
    err.println(USAGE);
    return 2;
  }

  /**
   * Prints the five scenarios.
   *
   * @param out where to print
   */
  public static void all(PrintStream out) {
    out.println("pug — Indonesia's gender-mainstreaming (PUG) and PPRG rules as a Java library");
    out.println(
        "Five scenarios from the Kalimantan reports that started pug. Figures marked illustrative");
    out.println("are examples; every other fact carries its source in pug's reference data.");
    for (Scenario scenario : SCENARIOS) {
      out.println();
      scenario.program().accept(out);
    }
    out.println();
    out.println(
        "More: --scenario N runs one scenario; --tour walks through pug's catalogues; RULES.md"
            + " lists the "
            + id.pug.rules.PprgCatalogue.rules().size()
            + " rules.");
  }
}
