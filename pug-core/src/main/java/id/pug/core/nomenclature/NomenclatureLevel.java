package id.pug.core.nomenclature;

import id.pug.core.InvalidValueException;
import java.util.Objects;

/** The levels of the planning and budgeting nomenclature, from the broadest to the narrowest. */
public enum NomenclatureLevel {
  /** Urusan pemerintahan (one digit: {@code 2}). */
  URUSAN("urusan"),
  /** Bidang urusan ({@code 2.08}). */
  BIDANG_URUSAN("bidang_urusan"),
  /** Program ({@code 2.08.02}). */
  PROGRAM("program"),
  /** Kegiatan (activity; {@code 2.08.02.2.01}, with the level digit). */
  KEGIATAN("kegiatan"),
  /**
   * Sub-kegiatan (sub-activity, the unit of a budget line; {@code 2.08.02.2.01.01} or {@code
   * …0001}).
   */
  SUB_KEGIATAN("sub_kegiatan");

  private final String label;

  NomenclatureLevel(String label) {
    this.label = label;
  }

  /**
   * The label used in the data files' {@code level} column.
   *
   * @return for example {@code "sub_kegiatan"}
   */
  public String label() {
    return label;
  }

  /**
   * Parses a data-file label.
   *
   * @param text for example {@code "program"}
   * @return the level
   * @throws InvalidValueException for an unknown label
   */
  public static NomenclatureLevel parseLabel(String text) {
    Objects.requireNonNull(text, "text");
    for (NomenclatureLevel level : values()) {
      if (level.label.equals(text)) {
        return level;
      }
    }
    throw InvalidValueException.of(
        NomenclatureLevel.class,
        text,
        "be urusan, bidang_urusan, program, kegiatan or sub_kegiatan");
  }
}
