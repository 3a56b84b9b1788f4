package id.pug.core.planning;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A programme (program) in a planning document, with its outcome (capaian program) indicators and
 * its kegiatan.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Programme {
  Programme() {}

  /**
   * A builder for a programme.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}; required: a program code. Activities must lie under it. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  /**
   * The program code.
   *
   * @return for example {@code 2.08.02}
   */
  public abstract NomenclatureCode code();

  /**
   * The name as the document writes it.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Outcome (capaian program) indicators.
   *
   * @return indicators at {@link IndicatorLevel#OUTCOME}
   */
  public abstract ImmutableList<PerformanceIndicator> indicators();

  /**
   * The kegiatan.
   *
   * @return the activities, each under this programme's code
   */
  public abstract ImmutableList<Activity> activities();

  @Value.Check
  void check() {
    Structure.checkCode(Programme.class, code(), NomenclatureLevel.PROGRAM);
    InvalidValueException.checkNotBlank(Programme.class, "name", name());
    Structure.checkLevels(Programme.class, indicators(), IndicatorLevel.OUTCOME);
    Structure.checkChildren(
        Programme.class, "activities", code(), activities().stream().map(Activity::code).toList());
  }
}
