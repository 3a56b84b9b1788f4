package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import id.pug.core.PugException;
import org.junit.jupiter.api.Test;

class ReferenceDataExceptionTest {

  @Test
  void message_namesFileLineAndElement() {
    ReferenceDataException e =
        new ReferenceDataException("regions.csv", 7, "column kode", "is wrong", null);

    assertThat(e).hasMessage("regions.csv line 7, column kode: is wrong").hasNoCause();
    assertThat(e.file()).isEqualTo("regions.csv");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.element()).contains("column kode");
    assertThat(e).isInstanceOf(PugException.class);
  }

  @Test
  void message_withoutElement() {
    assertThat(new ReferenceDataException("r.txt", 3, null, "bad", null))
        .hasMessage("r.txt line 3: bad")
        .satisfies(e -> assertThat(e.element()).isEmpty());
  }

  @Test
  void message_forTheWholeFile_hasNoLine() {
    assertThat(new ReferenceDataException("r.txt", 0, null, "is empty", null))
        .hasMessage("r.txt: is empty");
    assertThat(new ReferenceDataException("r.txt", 0, "key x", "bad", null))
        .hasMessage("r.txt key x: bad");
  }

  @Test
  void cause_isKept() {
    IllegalStateException cause = new IllegalStateException("root");

    assertThat(new ReferenceDataException("r.txt", 1, null, "bad", cause)).hasCause(cause);
  }
}
