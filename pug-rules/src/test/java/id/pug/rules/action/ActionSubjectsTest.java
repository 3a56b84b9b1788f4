package id.pug.rules.action;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.pokja.ActionPlan;
import id.pug.rules.engine.TraceEntry;
import id.pug.rules.testing.Plans;
import id.pug.rules.testing.RuleRun;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An action is named by its plan and its number in it, counted from 1. */
class ActionSubjectsTest {

  @Test
  void actionsAreNumberedFromOne() {
    ActionPlan rad = Plans.kapuas().actionPlans().get(0);
    assertThat(rad.actions()).hasSizeGreaterThan(1);
    assertThat(
            RuleRun.of(ActionRules.RESPONSIBLE_AGENCY, Plans.kapuas()).entries().stream()
                .map(TraceEntry::subjectId))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, rad.actions().size())
                .mapToObj(n -> rad.id().value() + "#" + n)
                .toList());
  }
}
