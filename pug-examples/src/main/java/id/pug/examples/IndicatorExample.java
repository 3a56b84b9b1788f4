package id.pug.examples;

import id.pug.core.indicator.IkgCalculator;
import id.pug.core.indicator.IkgComponent;
import id.pug.core.indicator.IkgComponents;
import id.pug.core.indicator.IkgLever;
import id.pug.core.indicator.IkgTargetSolution;
import java.util.List;

/**
 * The README's IKG example, kept here so that it compiles and runs in CI ({@code ReadmeTest} checks
 * that the README shows exactly these lines): Jawa Barat 2020, whose IKG components BPS published
 * (source S1).
 */
public final class IndicatorExample {
  private IndicatorExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // readme:begin
    IkgCalculator ikg = IkgCalculator.standard();
    IkgComponents westJava2020 =
        IkgComponents.ofPublished(0.155, 0.295, 79.17, 20.83, 40.59, 32.48, 81.90, 46.79);
    double value = ikg.compute(westJava2020).ikg(); // 0.4886
    List<IkgLever> levers = ikg.levers(westJava2020); // MTF first
    IkgTargetSolution mtf = ikg.solve(westJava2020, IkgComponent.MTF, 0.45); // MTF 0.089
    // readme:end
    System.out.printf(
        java.util.Locale.ROOT,
        "IKG %.4f; strongest lever %s; MTF for 0.45: %s%n",
        value,
        levers.get(0).component(),
        mtf.requiredValue()
            .map(v -> String.format(java.util.Locale.ROOT, "%.3f", v.proportion()))
            .orElse("unreachable"));
  }
}
