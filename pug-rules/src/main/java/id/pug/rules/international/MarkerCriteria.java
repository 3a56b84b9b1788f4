package id.pug.rules.international;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.pug.core.PugStyle;
import id.pug.core.budget.ArgCategory;
import id.pug.core.nomenclature.NomenclatureCode;
import org.immutables.value.Value;

/**
 * The criteria pug uses to suggest an OECD DAC marker and a UN GEM value from a budget line's PPRG
 * evidence — pug's reading, configurable, and never confirmed: the DAC's minimum recommended
 * criteria of 2016 are named in pug's sources but their checklist text is not ({@code domain.md}
 * §8.2, UNCONFIRMED), and the GEM's coding definitions give no checklist at all (§8.3).
 *
 * <p>The defaults are conservative and follow the shape §8.2 reports for the DAC criteria (gender
 * analysis informing the design; an explicit gender-equality objective with a gender-specific
 * indicator; sex-disaggregated data):
 *
 * <ul>
 *   <li><b>significant</b> (DAC 1, GEM 2) — the line carries an ARG tag of a category in {@link
 *       #significantCategories()} (default: all three), its GAP is complete (all nine steps), an
 *       objective was reformulated (GAP step 6 or the GBS's objective), and at least one of its
 *       indicators is sex-disaggregated; each requirement can be switched off;
 *   <li><b>principal</b> (DAC 2, GEM 3) — all of that, and gender equality is visibly the main
 *       objective, which pug can only infer from the line's category being in {@link
 *       #principalCategories()} (default: specific target and equality; institutionalisation lines
 *       therefore stay at most significant) <em>and</em> its sub-kegiatan lying in one of {@link
 *       #principalProgrammes()} (default: 2.08.02 PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN
 *       PEREMPUAN and 2.08.03 PROGRAM PERLINDUNGAN PEREMPUAN, the women-specific programmes of
 *       urusan 2.08 in the 050-5889 nomenclature, {@code domain.md} §5.4);
 *   <li>a tagged line that misses a significance criterion: DAC 0 and GEM 1 (limited contribution);
 *   <li>an untagged line: DAC 0 and GEM 0, "no gender tag".
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PugStyle
public abstract class MarkerCriteria {
  MarkerCriteria() {}

  /**
   * A builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MarkerCriteria}; everything has a default. */
  public static final class Builder extends ImmutableMarkerCriteria.Builder {
    Builder() {}
  }

  /**
   * The defaults documented on the class.
   *
   * @return the default criteria
   */
  public static MarkerCriteria defaults() {
    return builder().build();
  }

  /**
   * The ARG categories whose lines can be marked significant.
   *
   * @return by default all three
   */
  @Value.Default
  public ImmutableSet<ArgCategory> significantCategories() {
    return Sets.immutableEnumSet(
        ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY, ArgCategory.INSTITUTIONALISATION);
  }

  /**
   * Whether a complete GAP (all nine steps) is required for significant and principal.
   *
   * @return by default true
   */
  @Value.Default
  public boolean requireCompleteGap() {
    return true;
  }

  /**
   * Whether a reformulated, gender-responsive objective (GAP step 6 or the GBS's objective) is
   * required for significant and principal.
   *
   * @return by default true
   */
  @Value.Default
  public boolean requireGenderObjective() {
    return true;
  }

  /**
   * Whether at least one sex-disaggregated indicator (of the GAP, GBS, line or KAK) is required for
   * significant and principal.
   *
   * @return by default true
   */
  @Value.Default
  public boolean requireSexDisaggregatedIndicator() {
    return true;
  }

  /**
   * The ARG categories whose lines can be marked principal.
   *
   * @return by default specific target and equality
   */
  @Value.Default
  public ImmutableSet<ArgCategory> principalCategories() {
    return Sets.immutableEnumSet(ArgCategory.SPECIFIC_TARGET, ArgCategory.EQUALITY);
  }

  /**
   * The nomenclature codes (urusan, bidang, programme, kegiatan) under which a line's sub-kegiatan
   * must lie to be marked principal; empty means no line is ever marked principal.
   *
   * @return by default programmes 2.08.02 and 2.08.03
   */
  @Value.Default
  public ImmutableList<NomenclatureCode> principalProgrammes() {
    return ImmutableList.of(NomenclatureCode.parse("2.08.02"), NomenclatureCode.parse("2.08.03"));
  }

  /**
   * Whether pug's sources confirm these criteria.
   *
   * @return always false: they are pug's reading (§8.2, §8.3)
   */
  public final boolean confirmed() {
    return false;
  }

  /**
   * Whether a sub-kegiatan lies in one of {@link #principalProgrammes()}.
   *
   * @param code a nomenclature code
   * @return the programme it lies in, if any
   */
  public java.util.Optional<NomenclatureCode> principalProgrammeOf(NomenclatureCode code) {
    java.util.Objects.requireNonNull(code, "code");
    return principalProgrammes().stream()
        .filter(p -> p.equals(code) || p.isAncestorOf(code))
        .findFirst();
  }
}
