package id.pug.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.plan.RegionalPprgPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/plan-format.md} is a plan exactly as the writer writes it. */
class PlanFormatDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "plan-format.md");
  private static final String HEADING = "## A full small example";

  private static String example() throws IOException {
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    int heading = text.indexOf(HEADING);
    assertThat(heading).as("heading %s", HEADING).isNotNegative();
    int start = text.indexOf("```json\n", heading) + "```json\n".length();
    int end = text.indexOf("```", start);
    return text.substring(start, end);
  }

  @Test
  void example_readsAndIsWrittenBackUnchanged() throws IOException {
    RegionalPprgPlan plan = PlanJson.standard().read("plan-format.md", example());
    assertThat(PlanJson.standard().write(plan)).isEqualTo(example());
    assertThat(plan.danglingReferences()).isEmpty();
  }
}
