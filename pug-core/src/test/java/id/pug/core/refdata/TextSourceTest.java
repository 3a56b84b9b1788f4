package id.pug.core.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pug.core.region.RegionCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextSourceTest {

  @Test
  void ofString_splitsLinesOnAnyTerminator() {
    TextSource source = TextSource.ofString("t.txt", "a\r\nb\nc\rd");

    assertThat(source.name()).isEqualTo("t.txt");
    assertThat(source.lines()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void ofString_keepsBlankLinesSoThatLineNumbersHold() {
    assertThat(TextSource.ofString("t.txt", "\n\nx\n").lines()).containsExactly("", "", "x");
  }

  @Test
  void ofString_skipsALeadingByteOrderMarkOnly() {
    assertThat(TextSource.ofString("t.txt", "\uFEFFa\n\uFEFFb").lines())
        .containsExactly("a", "\uFEFFb");
  }

  @Test
  void lines_areUnmodifiable() {
    TextSource source = TextSource.ofString("t.txt", "a");

    assertThatThrownBy(() -> source.lines().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_decodesUtf8() {
    byte[] bytes = "Palangka Raya – Kalimantan\n".getBytes(StandardCharsets.UTF_8);

    assertThat(TextSource.of("t.txt", new ByteArrayInputStream(bytes)).lines())
        .containsExactly("Palangka Raya – Kalimantan");
  }

  @Test
  void of_rejectsInvalidUtf8() {
    byte[] bytes = {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'};

    assertThatThrownBy(() -> TextSource.of("bad.csv", new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.file()).isEqualTo("bad.csv"))
        .hasMessageStartingWith("bad.csv")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void of_rejectsInvalidUtf8_atItsLine() {
    byte[] bytes = {'i', 'd', '\n', 'S', '1', '\n', (byte) 0xC3, (byte) 0x28, '\n'};

    assertThatThrownBy(() -> TextSource.of("bad.csv", new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            ReferenceDataException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageStartingWith("bad.csv line 3");
  }

  @Test
  void of_rejectsATruncatedMultiByteCharacter() {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x80};

    assertThatThrownBy(() -> TextSource.of("cut.csv", new ByteArrayInputStream(bytes)))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("cut.csv");
  }

  @Test
  void of_reportsAnUnreadableStream() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> TextSource.of("gone.csv", broken))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("gone.csv")
        .hasMessageContaining("disk gone")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void ofResource_namesTheResourceByItsPath() {
    TextSource source = TextSource.ofResource(RegionCatalog.class, "regions.csv");

    assertThat(source.name()).isEqualTo("id/pug/core/region/regions.csv");
    assertThat(source.lines().get(0)).startsWith("kode,");
  }

  @Test
  void ofResource_rejectsAMissingResource() {
    assertThatThrownBy(() -> TextSource.ofResource(RegionCatalog.class, "nope.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("id/pug/core/region/nope.csv")
        .hasMessageContaining("not found");
  }
}
