package id.pug.examples;

import id.pug.core.agency.AgencyCatalog;
import id.pug.core.agency.AgencyNameCatalog;
import id.pug.core.agency.AgencyRole;
import id.pug.core.law.Citation;
import id.pug.core.law.Regulation;
import id.pug.core.law.RegulationCatalog;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.region.Region;
import id.pug.core.region.RegionCatalog;
import id.pug.core.region.RegionCode;
import java.time.LocalDate;

/**
 * The README's Java quick start, kept here so that it compiles and runs in CI ({@code ReadmeTest}
 * checks that the README shows exactly these lines).
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // quick-start:begin
    RegulationCatalog law = RegulationCatalog.shipped();
    for (Regulation r : law.inForceOn(LocalDate.of(2026, 2, 10))) {
      System.out.println(r.shortName() + " — " + r.title().orElse(r.scope()));
    }
    Citation basis = law.parseCitation("Permendagri No. 67 Tahun 2011 Pasal 4 ayat (1)");
    System.out.println(basis.format()); // Permendagri 67/2011 Pasal 4 ayat (1)

    RegionCatalog regions = RegionCatalog.kalimantan();
    Region city = regions.findByName("KOTA BANJARBARU").orElseThrow();
    RegionCode code = regions.parseCode("63.72"); // checked against the list, not by range
    System.out.println(city.name() + ", women: " + city.population().orElseThrow().female());
    AgencyCatalog.kalimantan()
        .in(code, AgencyRole.WOMEN_EMPOWERMENT_CHILD_PROTECTION)
        .forEach(a -> System.out.println(a.shortName() + " " + a.roles()));

    System.out.println(AgencyNameCatalog.shipped().recognize("DP3AP2KB").orElseThrow().roles());
    NomenclatureCode sub = NomenclatureCode.parse("2.08.02.02.01.0001"); // level digit "02" → "2"
    System.out.println(sub + " is a " + sub.level() + " under " + sub.parent().orElseThrow());
    // quick-start:end
  }
}
