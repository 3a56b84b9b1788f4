package id.pug.core.planning;

import com.google.common.collect.ImmutableList;
import id.pug.core.InvalidValueException;
import id.pug.core.PugStyle;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sub-kegiatan (sub-activity) in a planning document: the unit a budget line funds, with its
 * output (keluaran) indicators.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class SubActivity {
  SubActivity() {}

  /**
   * A builder for a sub-activity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubActivity}; required: a sub-kegiatan code. */
  public static final class Builder extends ImmutableSubActivity.Builder {
    Builder() {}
  }

  /**
   * The sub-kegiatan code.
   *
   * @return for example {@code 2.08.02.2.01.01}
   */
  public abstract NomenclatureCode code();

  /**
   * The name as the document writes it.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Output (keluaran) indicators.
   *
   * @return indicators at {@link IndicatorLevel#OUTPUT}
   */
  public abstract ImmutableList<PerformanceIndicator> indicators();

  /**
   * The indicative ceiling (pagu indikatif) the document sets, if any.
   *
   * @return the amount
   */
  public abstract Optional<Rupiah> indicativeCeiling();

  @Value.Check
  void check() {
    Structure.checkCode(SubActivity.class, code(), NomenclatureLevel.SUB_KEGIATAN);
    InvalidValueException.checkNotBlank(SubActivity.class, "name", name());
    Structure.checkLevels(SubActivity.class, indicators(), IndicatorLevel.OUTPUT);
    Rupiah.checkNotNegative(SubActivity.class, "indicativeCeiling", indicativeCeiling());
  }
}
