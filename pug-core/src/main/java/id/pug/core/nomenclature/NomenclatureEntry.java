package id.pug.core.nomenclature;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.provenance.Source;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One named code of a nomenclature list: {@code 2.08.02.2.01} "Pelembagaan Pengarusutamaan Gender
 * (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class NomenclatureEntry {
  NomenclatureEntry() {}

  /**
   * A builder for an entry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NomenclatureEntry}; required: code, name and at least one source. */
  public static final class Builder extends ImmutableNomenclatureEntry.Builder {
    Builder() {}
  }

  /**
   * The code.
   *
   * @return the canonical code
   */
  public abstract NomenclatureCode code();

  /**
   * The name, as the source writes it (upper case for urusan and programs in most lists).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The code exactly as the source wrote it, when that differs from the canonical form ({@code
   * 2.08.02.02.01.0001}).
   *
   * @return the original code
   */
  public abstract Optional<String> originalCode();

  /**
   * Remarks on the entry.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Where the entry comes from.
   *
   * @return at least one source
   */
  public abstract ImmutableList<Source> sources();

  /**
   * The level of the code.
   *
   * @return the level
   */
  public NomenclatureLevel level() {
    return code().level();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        !name().isBlank(), NomenclatureEntry.class, "name", name(), "not be blank");
    InvalidValueException.check(
        !sources().isEmpty(),
        NomenclatureEntry.class,
        "sources",
        sources(),
        "name at least one source");
  }

  /**
   * The code and name.
   *
   * @return for example {@code "2.08 URUSAN PEMERINTAHAN BIDANG ..."}
   */
  @Override
  public String toString() {
    return code() + " " + name();
  }
}
