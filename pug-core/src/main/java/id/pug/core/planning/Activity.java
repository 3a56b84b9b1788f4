package id.pug.core.planning;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kegiatan (activity) in a planning document, with its result (hasil) indicators and its
 * sub-kegiatan.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class Activity {
  Activity() {}

  /**
   * A builder for an activity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}; required: a kegiatan code. Sub-activities must lie under it. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  /**
   * The kegiatan code.
   *
   * @return for example {@code 2.08.02.2.01}
   */
  public abstract NomenclatureCode code();

  /**
   * The name as the document writes it.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Result (hasil) indicators.
   *
   * @return indicators at {@link IndicatorLevel#RESULT}
   */
  public abstract ImmutableList<PerformanceIndicator> indicators();

  /**
   * The sub-kegiatan.
   *
   * @return the sub-activities, each under this kegiatan's code
   */
  public abstract ImmutableList<SubActivity> subActivities();

  @Value.Check
  void check() {
    Structure.checkCode(Activity.class, code(), NomenclatureLevel.KEGIATAN);
    InvalidValueException.checkNotBlank(Activity.class, "name", name());
    Structure.checkLevels(Activity.class, indicators(), IndicatorLevel.RESULT);
    Structure.checkChildren(
        Activity.class,
        "subActivities",
        code(),
        subActivities().stream().map(SubActivity::code).toList());
  }
}
