package id.pug.io.sipd;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.pug.core.InvalidValueException;
import id.pug.core.agency.Agency;
import id.pug.core.agency.AgencyId;
import id.pug.core.budget.ArgCategory;
import id.pug.core.budget.ArgTag;
import id.pug.core.budget.BudgetLine;
import id.pug.core.budget.BudgetLineId;
import id.pug.core.budget.FundingSource;
import id.pug.core.budget.Location;
import id.pug.core.money.Rupiah;
import id.pug.core.nomenclature.NomenclatureCode;
import id.pug.core.nomenclature.NomenclatureLevel;
import id.pug.core.planning.IndicatorLevel;
import id.pug.core.planning.IndicatorValue;
import id.pug.core.planning.PerformanceIndicator;
import id.pug.core.pprg.GapId;
import id.pug.core.pprg.GbsId;
import id.pug.core.pprg.KakId;
import id.pug.core.refdata.CsvReader;
import id.pug.core.refdata.CsvRow;
import id.pug.core.refdata.TextSource;
import id.pug.core.region.RegionCode;
import id.pug.io.json.PlanJson;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Imports a SIPD-style export of sub-kegiatan budget lines (CSV, UTF-8, header required) onto
 * pug-core {@link BudgetLine}s.
 *
 * <p>Columns are SIPD's field names ({@code shared/reference/data/sipd_field_dictionary.csv},
 * WP-SIPD table {@code data_sub_keg_bl} and its linked tables):
 *
 * <ul>
 *   <li>required: {@code kode_skpd}, {@code nama_skpd}, {@code kode_sub_giat}, {@code pagu};
 *   <li>optional: {@code kode_sbl} (the line's key; rows sharing it are one line, each adding a
 *       funding source or a location), {@code nama_sub_giat}, {@code kode_giat} and {@code
 *       kode_bidang_urusan} (checked against the sub-kegiatan code), {@code kodedana}, {@code
 *       namadana}, {@code pagudana} (a funding source), {@code nama_lokasi}, {@code camatteks},
 *       {@code lurahteks} (a location), {@code outputteks}, {@code satuanoutput}, {@code
 *       targetoutput}, {@code targetoutputteks} (the output indicator and its target for the year);
 *   <li>other SIPD fields of the dictionary are accepted and not used (names, ids, {@code
 *       pagumurni}, {@code pagu_n_lalu}, {@code waktu_awal}, priority labels…); a column that is
 *       neither is an error, so a typo is never ignored;
 *   <li>pug's own columns, because how SIPD flags ARG is not confirmed in pug's sources ({@code
 *       domain.md} §5.3): {@code arg_kategori} ({@code SPECIFIC_TARGET}, {@code EQUALITY}, {@code
 *       INSTITUTIONALISATION}, or the Indonesian names), {@code gap_id}, {@code gbs_id}, {@code
 *       kak_id}, {@code arg_label}.
 * </ul>
 *
 * <p>Amounts are whole rupiah: {@code 70590400}, {@code 70.590.400}, {@code Rp70.590.400}, {@code
 * 70.590.400,00}, and — as SQL exports write decimals — {@code 70590400.00}. A row with a bad value
 * is rejected with its line number and every problem in it; the other rows are imported. A later
 * row of a {@code kode_sbl} may leave the line's own columns blank, but one that gives another
 * {@code kode_skpd}, {@code kode_sub_giat}, {@code pagu}, {@code nama_sub_giat}, output or ARG tag
 * than the line's first row is rejected, so that nothing it says is lost. Values a plan file cannot
 * hold ({@link PlanJson}'s limits: a text of more than {@value PlanJson#DEFAULT_MAX_STRING_LENGTH}
 * characters, a {@code targetoutput} of more than {@value PlanJson#MAX_NUMBER_LENGTH} characters or
 * {@value PlanJson#MAX_DECIMAL_SCALE} places after the point) reject their row too, so that every
 * import can be written as a plan and read back. A file that cannot be read at all (a required
 * column missing, an unknown column, a broken quote) throws {@link
 * id.pug.core.refdata.ReferenceDataException} naming the file, line and column. Stateless and
 * thread-safe.
 */
public final class SipdBudgetImport {
  private SipdBudgetImport() {}

  /** The columns every export must have. */
  public static final ImmutableSet<String> REQUIRED =
      ImmutableSet.of("kode_skpd", "nama_skpd", "kode_sub_giat", "pagu");

  /** The SIPD columns pug reads when present. */
  public static final ImmutableSet<String> READ =
      ImmutableSet.of(
          "kode_sbl",
          "nama_sub_giat",
          "kode_giat",
          "kode_bidang_urusan",
          "kodedana",
          "namadana",
          "pagudana",
          "nama_lokasi",
          "camatteks",
          "lurahteks",
          "outputteks",
          "satuanoutput",
          "targetoutput",
          "targetoutputteks");

  /** pug's own ARG columns. */
  public static final ImmutableSet<String> ARG =
      ImmutableSet.of("arg_kategori", "gap_id", "gbs_id", "kak_id", "arg_label");

  /** SIPD dictionary columns accepted and not used. */
  public static final ImmutableSet<String> IGNORED =
      ImmutableSet.of(
          "id_sub_bl",
          "kode_urusan",
          "nama_urusan",
          "nama_bidang_urusan",
          "kode_program",
          "nama_program",
          "nama_giat",
          "kode_sub_skpd",
          "nama_sub_skpd",
          "id_skpd",
          "id_sub_skpd",
          "pagumurni",
          "pagu_n_lalu",
          "pagu_n_depan",
          "pagu_keg",
          "id_dana",
          "nama_dana",
          "id_lokasi",
          "waktu_awal",
          "waktu_akhir",
          "output_sub_giat",
          "sasaran",
          "indikator",
          "satuan",
          "id_label_pusat",
          "label_pusat",
          "id_label_prov",
          "label_prov",
          "id_label_kokab",
          "label_kokab",
          "iddana",
          "idoutputbl",
          "idkabkota",
          "daerahteks",
          "idcamat",
          "idlurah",
          "iddetillokasi");

  private static final Pattern SQL_DECIMAL = Pattern.compile("(\\d+)\\.0{1,2}");

  /** The columns whose values go into the plan. */
  private static final ImmutableSet<String> USED =
      ImmutableSet.<String>builder().addAll(REQUIRED).addAll(READ).addAll(ARG).build();

  /** How much of a bad value a problem shows. */
  private static final int SHOWN = 100;

  /**
   * Imports an export.
   *
   * @param csv the CSV text
   * @param region the region whose export it is (SIPD's budget-line records carry no region)
   * @param fiscalYear the fiscal year of the export (SIPD's budget-line records carry none)
   * @return the lines, agencies and rejected rows
   * @throws id.pug.core.refdata.ReferenceDataException if the file cannot be read as a SIPD export
   */
  public static SipdImport read(TextSource csv, RegionCode region, Year fiscalYear) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Set<String> optional = new LinkedHashSet<>(READ);
    optional.addAll(ARG);
    optional.addAll(IGNORED);
    ImmutableList<CsvRow> rows = CsvReader.read(csv, REQUIRED, optional);
    Map<String, BudgetLine.Builder> lines = new LinkedHashMap<>();
    Map<String, Row> firstRows = new LinkedHashMap<>();
    Map<AgencyId, String> agencyNames = new LinkedHashMap<>();
    Map<AgencyId, Set<NomenclatureCode>> agencyUrusan = new LinkedHashMap<>();
    List<SipdRejectedRow> rejected = new ArrayList<>();
    for (CsvRow row : rows) {
      Row parsed = new Row(row, fiscalYear);
      if (!parsed.problems.isEmpty() || parsed.agency == null || parsed.code == null) {
        rejected.add(
            SipdRejectedRow.of(row.file(), row.line(), String.join("; ", parsed.problems)));
        continue;
      }
      String key = parsed.key;
      Row first = firstRows.get(key);
      if (first != null) {
        String conflict = first.conflictWith(parsed);
        if (conflict != null) {
          rejected.add(SipdRejectedRow.of(row.file(), row.line(), conflict));
          continue;
        }
        BudgetLine.Builder line = lines.get(key);
        Objects.requireNonNull(line, key);
        parsed.funding.ifPresent(line::addFundingSource);
        parsed.location.ifPresent(line::addLocation);
        continue;
      }
      try {
        BudgetLine.Builder line = parsed.toBuilder();
        line.build();
        lines.put(key, line);
        firstRows.put(key, parsed);
        AgencyId agency = parsed.agency;
        agencyNames.putIfAbsent(agency, parsed.agencyName);
        parsed
            .code
            .bidangUrusan()
            .ifPresent(
                u -> agencyUrusan.computeIfAbsent(agency, a -> new LinkedHashSet<>()).add(u));
      } catch (InvalidValueException e) {
        rejected.add(SipdRejectedRow.of(row.file(), row.line(), String.valueOf(e.getMessage())));
      }
    }
    ImmutableSipdImport.Builder result = SipdImport.builder().region(region).fiscalYear(fiscalYear);
    for (BudgetLine.Builder line : lines.values()) {
      result.addLine(line.build());
    }
    agencyNames.forEach(
        (id, name) ->
            result.putAgency(
                id,
                Agency.builder()
                    .name(name)
                    .region(region)
                    .addAllUrusan(agencyUrusan.getOrDefault(id, Set.of()))
                    .addNote("imported from a SIPD export (kode_skpd " + id + ")")
                    .build()));
    return result.addAllRejected(rejected).build();
  }

  /** One CSV row, parsed, with every problem found in it. */
  private static final class Row {
    final List<String> problems = new ArrayList<>();
    final Year year;
    String key = "";
    @Nullable AgencyId agency;
    String agencyName = "";
    @Nullable NomenclatureCode code;
    Optional<String> name = Optional.empty();
    Rupiah pagu = Rupiah.ZERO;
    Optional<FundingSource> funding = Optional.empty();
    Optional<Location> location = Optional.empty();
    Optional<PerformanceIndicator> output = Optional.empty();
    Optional<ArgTag> tag = Optional.empty();

    Row(CsvRow row, Year year) {
      this.year = year;
      parse(row);
    }

    private void problem(String column, String value, String expectation) {
      String shown =
          value.length() <= SHOWN
              ? value
              : value.substring(0, SHOWN) + "…(" + value.length() + " characters)";
      problems.add(column + " \"" + shown + "\" " + expectation);
    }

    private void parse(CsvRow row) {
      for (int i = 0; i < row.header().size(); i++) {
        String column = row.header().get(i);
        int length = row.values().get(i).length();
        if (length > PlanJson.DEFAULT_MAX_STRING_LENGTH && USED.contains(column)) {
          problems.add(
              column
                  + " has "
                  + length
                  + " characters, more than the "
                  + PlanJson.DEFAULT_MAX_STRING_LENGTH
                  + " a plan file holds");
        }
      }
      String skpd = row.optional("kode_skpd").orElse("");
      try {
        agency = AgencyId.of(skpd);
      } catch (InvalidValueException e) {
        problem("kode_skpd", skpd, "is not an SKPD code (letters, digits and . _ : / # -)");
      }
      agencyName = row.optional("nama_skpd").orElse("");
      if (agencyName.isBlank()) {
        problems.add("nama_skpd is empty");
      }
      String codeText = row.optional("kode_sub_giat").orElse("");
      try {
        code = NomenclatureCode.parse(codeText);
        if (code.level() != NomenclatureLevel.SUB_KEGIATAN) {
          problem(
              "kode_sub_giat",
              codeText,
              "is a " + code.level().label() + " code, not a sub-kegiatan code");
        }
      } catch (InvalidValueException e) {
        problem("kode_sub_giat", codeText, "is not a nomenclature code such as 2.08.02.2.01.0001");
      }
      NomenclatureCode parsedCode = code;
      if (parsedCode != null) {
        row.optional("kode_giat")
            .filter(
                g -> !parsedCode.parent().map(p -> p.format().equals(normalise(g))).orElse(false))
            .ifPresent(
                g -> problem("kode_giat", g, "is not the kegiatan of sub-kegiatan " + codeText));
        row.optional("kode_bidang_urusan")
            .filter(
                b ->
                    !parsedCode.bidangUrusan().map(u -> u.format().equals(b.strip())).orElse(false))
            .ifPresent(
                b -> problem("kode_bidang_urusan", b, "is not the bidang urusan of " + codeText));
      }
      name = row.optional("nama_sub_giat");
      String paguText = row.optional("pagu").orElse("");
      Optional<Rupiah> amount = rupiah("pagu", paguText);
      amount.ifPresent(a -> pagu = a);
      if (amount.isPresent() && amount.get().isNegative()) {
        problem("pagu", paguText, "is negative");
      }
      key = row.optional("kode_sbl").orElse(skpd + "/" + codeText);
      fundingSource(row);
      location(row);
      output(row);
      argTag(row);
    }

    private String normalise(String code) {
      try {
        return NomenclatureCode.parse(code).format();
      } catch (InvalidValueException e) {
        return code;
      }
    }

    private Optional<Rupiah> rupiah(String column, String text) {
      String t = text.strip();
      var sql = SQL_DECIMAL.matcher(t);
      try {
        return Optional.of(Rupiah.parse(sql.matches() ? sql.group(1) : t));
      } catch (InvalidValueException e) {
        problem(column, text, "is not whole rupiah (write 70590400 or Rp70.590.400)");
        return Optional.empty();
      }
    }

    private void fundingSource(CsvRow row) {
      Optional<String> fundName = row.optional("namadana");
      Optional<String> fundAmount = row.optional("pagudana");
      if (fundName.isEmpty() && fundAmount.isEmpty()) {
        return;
      }
      if (fundName.isEmpty()) {
        problems.add("pagudana is given without namadana");
        return;
      }
      Rupiah value = fundAmount.flatMap(a -> rupiah("pagudana", a)).orElse(pagu);
      try {
        FundingSource.Builder source = FundingSource.builder().name(fundName.get()).amount(value);
        row.optional("kodedana").ifPresent(source::code);
        funding = Optional.of(source.build());
      } catch (InvalidValueException e) {
        problems.add(String.valueOf(e.getMessage()));
      }
    }

    private void location(CsvRow row) {
      Optional<String> text = row.optional("nama_lokasi");
      Optional<String> district = row.optional("camatteks");
      Optional<String> village = row.optional("lurahteks");
      if (text.isEmpty() && district.isEmpty() && village.isEmpty()) {
        return;
      }
      location =
          Optional.of(
              Location.builder().description(text).district(district).village(village).build());
    }

    private void output(CsvRow row) {
      Optional<String> text = row.optional("outputteks");
      if (text.isEmpty()) {
        for (String column : List.of("satuanoutput", "targetoutput", "targetoutputteks")) {
          row.optional(column)
              .ifPresent(v -> problems.add(column + " is given without outputteks"));
        }
        return;
      }
      Optional<String> unit = row.optional("satuanoutput");
      if (unit.isEmpty()) {
        problems.add("outputteks \"" + text.get() + "\" has no satuanoutput (unit)");
        return;
      }
      IndicatorValue.Builder target = IndicatorValue.builder().year(year);
      boolean hasTarget = false;
      Optional<String> number = row.optional("targetoutput");
      if (number.isPresent()) {
        String digits = number.get().strip().replace(',', '.');
        try {
          BigDecimal total = new BigDecimal(digits);
          if (digits.length() > PlanJson.MAX_NUMBER_LENGTH
              || Math.abs((long) total.scale()) > PlanJson.MAX_DECIMAL_SCALE) {
            problem(
                "targetoutput",
                number.get(),
                "is a number a plan file cannot hold (at most "
                    + PlanJson.MAX_NUMBER_LENGTH
                    + " characters and "
                    + PlanJson.MAX_DECIMAL_SCALE
                    + " digits after the point)");
            return;
          }
          target.total(total);
          hasTarget = true;
        } catch (NumberFormatException e) {
          problem("targetoutput", number.get(), "is not a number");
          return;
        }
      }
      Optional<String> words = row.optional("targetoutputteks");
      if (words.isPresent()) {
        target.text(words.get());
        hasTarget = true;
      }
      PerformanceIndicator.Builder indicator =
          PerformanceIndicator.builder()
              .name(text.get())
              .unit(unit.get())
              .level(IndicatorLevel.OUTPUT);
      if (hasTarget) {
        indicator.addTarget(target.build());
      }
      output = Optional.of(indicator.build());
    }

    private void argTag(CsvRow row) {
      Optional<String> category = row.optional("arg_kategori");
      if (category.isEmpty()) {
        for (String column : List.of("gap_id", "gbs_id", "kak_id", "arg_label")) {
          row.optional(column)
              .ifPresent(v -> problems.add(column + " is given without arg_kategori"));
        }
        return;
      }
      Optional<ArgCategory> parsed = category(category.get());
      if (parsed.isEmpty()) {
        problem(
            "arg_kategori",
            category.get(),
            "is not an ARG category: SPECIFIC_TARGET, EQUALITY, INSTITUTIONALISATION (or "
                + "khusus target gender, kesetaraan gender, pelembagaan kesetaraan gender)");
        return;
      }
      try {
        ArgTag.Builder t = ArgTag.builder().category(parsed.get());
        row.optional("gap_id").ifPresent(v -> t.gap(GapId.of(v)));
        row.optional("gbs_id").ifPresent(v -> t.gbs(GbsId.of(v)));
        row.optional("kak_id").ifPresent(v -> t.kak(KakId.of(v)));
        row.optional("arg_label").ifPresent(t::label);
        tag = Optional.of(t.build());
      } catch (InvalidValueException e) {
        problems.add(String.valueOf(e.getMessage()));
      }
    }

    private static Optional<ArgCategory> category(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (ArgCategory c : ArgCategory.values()) {
        String indonesian = c.indonesian().toLowerCase(Locale.ROOT);
        if (t.equals(c.name().toLowerCase(Locale.ROOT))
            || t.equals(indonesian)
            || t.equals(indonesian.replace("anggaran ", ""))) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    BudgetLine.Builder toBuilder() {
      AgencyId agency = Objects.requireNonNull(this.agency, "agency");
      NomenclatureCode code = Objects.requireNonNull(this.code, "code");
      BudgetLine.Builder line =
          BudgetLine.builder()
              .id(BudgetLineId.of(key))
              .fiscalYear(year)
              .agency(agency)
              .subActivity(code)
              .amount(pagu)
              .name(name)
              .outputIndicator(output)
              .argTag(tag);
      funding.ifPresent(line::addFundingSource);
      location.ifPresent(line::addLocation);
      return line;
    }

    /**
     * Why a later row of the same line disagrees with its first row, or null. A later row may leave
     * the line's own columns blank; a value it gives must be the first row's, or it would be lost.
     */
    @Nullable String conflictWith(Row later) {
      if (!Objects.equals(later.agency, agency)
          || !Objects.equals(later.code, code)
          || !later.pagu.equals(pagu)) {
        return "kode_sbl "
            + key
            + " repeats with another kode_skpd, kode_sub_giat or pagu than its first row";
      }
      List<String> differing = new ArrayList<>();
      if (later.name.isPresent() && !later.name.equals(name)) {
        differing.add("nama_sub_giat");
      }
      if (later.output.isPresent() && !later.output.equals(output)) {
        differing.add("outputteks, satuanoutput, targetoutput or targetoutputteks");
      }
      if (later.tag.isPresent() && !later.tag.equals(tag)) {
        differing.add("arg_kategori, gap_id, gbs_id, kak_id or arg_label");
      }
      if (!differing.isEmpty()) {
        return "kode_sbl "
            + key
            + " repeats with another "
            + String.join("; another ", differing)
            + " than its first row";
      }
      return null;
    }
  }
}
