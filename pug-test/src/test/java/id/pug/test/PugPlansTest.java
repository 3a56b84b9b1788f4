package id.pug.test;

import static id.pug.test.PugAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.io.PlanFormatException;
import id.pug.rules.PprgCatalogue;
import id.pug.rules.packs.PolicyPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PugPlansTest {
  private static final Path PLANS = Path.of("..", "examples", "plans");

  @TempDir Path dir;

  @Test
  void validate_theExamplePlans() {
    assertThat(PugPlans.validate(PLANS.resolve("kapuas-2025.json"))).hasNoErrors();
    assertThat(PugPlans.validate(PLANS.resolve("kapuas-2025-broken.json")))
        .hasViolation("PPRG-INST-002")
        .atPath("pokja.decree")
        .citing("Permendagri 67/2011");
  }

  @Test
  void validate_withAPackAsOfADate() {
    assertThat(
            PugPlans.validate(
                PLANS.resolve("kapuas-2025.json"),
                PprgCatalogue.ruleSet().plus(PolicyPacks.babel2016()),
                LocalDate.of(2025, 6, 30)))
        .hasViolation("BABEL-PPRG-001")
        .forAgency("dp3appkb");
  }

  @Test
  void load_failsWithEveryProblemListed() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"pug.plan.v0\"}");
    assertThatThrownBy(() -> PugPlans.load(bad))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("bad.json line 1");
  }
}
