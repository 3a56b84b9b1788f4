package id.pug.core.planning;

import id.pug.core.InvalidValueException;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared invariants of the programme → kegiatan → sub-kegiatan tree. */
final class Structure {
  private Structure() {}

  static void checkCode(Class<?> type, NomenclatureCode code, NomenclatureLevel level) {
    InvalidValueException.check(
        code.level() == level, type, "code", code, "be a " + level.label() + " code");
  }

  static void checkLevels(
      Class<?> type, List<PerformanceIndicator> indicators, IndicatorLevel level) {
    for (PerformanceIndicator indicator : indicators) {
      InvalidValueException.check(
          indicator.level() == level,
          type,
          "indicators",
          indicator.name() + " (" + indicator.level() + ")",
          "be " + level + " (" + level.indonesian() + ") indicators");
    }
  }

  static void checkChildren(
      Class<?> type, String field, NomenclatureCode parent, List<NomenclatureCode> children) {
    Set<NomenclatureCode> seen = new HashSet<>();
    for (NomenclatureCode child : children) {
      InvalidValueException.check(
          child.parent().map(parent::equals).orElse(false),
          type,
          field,
          child,
          "lie directly under " + parent);
      InvalidValueException.check(seen.add(child), type, field, child, "not repeat a code");
    }
  }
}
