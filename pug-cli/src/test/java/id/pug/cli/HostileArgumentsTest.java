package id.pug.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over 1,000 generated hostile command lines — unknown options and commands, missing and bad option
 * values, files that are missing, empty, binary, directories or unwritable, very long arguments,
 * repeated options and options of another command — each of which must exit with 2, say on standard
 * error in a few lines what argument or file is wrong, print no stack trace or exception class
 * name, and print nothing on standard output.
 */
class HostileArgumentsTest {
  private static final long SEED = Long.getLong("pug.hostile.seed", 20_260_211L);

  /** A multiple of the number of kinds. */
  private static final int COUNT = 1_200;

  /** The most lines a message may take: the problem, a suggestion, the synopsis and a hint. */
  private static final int MAX_LINES = 8;

  private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Za-z]+(Exception|Error)\\b");

  /** A kind of hostile command line. */
  enum Kind {
    UNKNOWN_OPTION,
    UNKNOWN_COMMAND,
    MISSING_VALUE,
    BAD_VALUE,
    NONEXISTENT_FILE,
    DIRECTORY_AS_FILE,
    EMPTY_FILE,
    BINARY_OR_FOREIGN_FILE,
    VERY_LONG_ARGUMENT,
    REPEATED_OPTION,
    OTHER_COMMANDS_OPTION,
    UNWRITABLE_OUTPUT
  }

  /** One command line, and what its message must name: one of these texts, or none if empty. */
  record Hostile(Kind kind, int index, ImmutableList<String> args, ImmutableList<String> names) {
    @Override
    public String toString() {
      StringBuilder shown = new StringBuilder();
      for (String arg : args) {
        shown
            .append(' ')
            .append(arg.length() > 60 ? arg.substring(0, 60) + "…(" + arg.length() + ")" : arg);
      }
      return kind + " seed " + SEED + " index " + index + ": pug" + shown;
    }
  }

  @TempDir Path dir;

  private Path plan = Path.of("");
  private Path csv = Path.of("");
  private Path ikg = Path.of("");
  private final List<Path> empty = new ArrayList<>();
  private final List<Path> foreign = new ArrayList<>();

  /** The options of each command that take a value, with a valid value. */
  private static final ImmutableMap<String, ImmutableMap<String, String>> OPTIONS =
      ImmutableMap.of(
          "validate",
          ImmutableMap.<String, String>builder()
              .put("--as-of", "2025-01-01")
              .put("--pack", "babel-2016")
              .put("--param", "PPRG-ARG-008.targetPercent=5")
              .put("--enable", "PPRG-ARG-008")
              .put("--disable", "PPRG-ARG-008")
              .put("--lang", "en")
              .put("--format", "json")
              .put("--output", "report.txt")
              .put("--trace", "trace.json")
              .buildOrThrow(),
          "rules",
          ImmutableMap.of(
              "--lang", "en", "--format", "json", "--pack", "babel-2016", "--as-of", "2025-01-01"),
          "sipd",
          ImmutableMap.of("--region", "62.03", "--year", "2025", "--output", "plan.json"),
          "ikg",
          ImmutableMap.of(
              "--input",
              "ikg.csv",
              "--output",
              "out.csv",
              "--mtf-floor",
              "0.005",
              "--mhpk20-floor",
              "0.01",
              "--zero-seats",
              "REJECT"));

  /** Bad values of options, by option. */
  private static final ImmutableMap<String, ImmutableList<String>> BAD_VALUES =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put(
              "--as-of",
              ImmutableList.of(
                  "2025-13-01",
                  "2025-02-30",
                  "yesterday",
                  "",
                  "2025/01/01",
                  "01-01-2025",
                  "+1000000000-01-01",
                  "2025-1-1"))
          .put("--lang", ImmutableList.of("fr", "", "i d", "e n", "english", "%n%s"))
          .put("--format", ImmutableList.of("pdf", "", "JSON", "text,json", "html5"))
          .put("--pack", ImmutableList.of("jakarta", "", "babel-2016 ", "BABEL-2016", "../x"))
          .put(
              "--param",
              ImmutableList.of(
                  "nonsense",
                  "=",
                  "PPRG-ARG-008.targetPercent=abc",
                  "PPRG-ARG-008.targetPercent=1e-999999999",
                  "PPRG-ARG-008.targetPercent=1e999999999",
                  "PPRG-ARG-008.targetPercent=-5",
                  "PPRG-ARG-008.targetPercent=NaN",
                  "PPRG-ARG-008.nope=5",
                  "X.Y=Z",
                  "PPRG-ARG-008.targetPercent"))
          .put(
              "--enable", ImmutableList.of("FOO", "PPRG-XXX-999", "", "pprg-arg-008", "PPRG-ARG-8"))
          .put("--disable", ImmutableList.of("BAR", "PPRG-ARG-000", " ", "PPRG ARG 008"))
          .put("--region", ImmutableList.of("6x", "", "62.999", "62,03", "620.3", "6"))
          .put(
              "--year",
              ImmutableList.of(
                  "abc", "1e3", "99999999999", "1000000000", "-1000000000", "", "2025.5"))
          .put("--mtf-floor", ImmutableList.of("NaN", "-1", "abc", "0", "2", "Infinity", ""))
          .put("--mhpk20-floor", ImmutableList.of("-0.5", "x", "1e400", "1.01"))
          .put("--zero-seats", ImmutableList.of("IGNORE", "", "reject"))
          .buildOrThrow();

  private static final ImmutableList<String> COMMANDS =
      ImmutableList.of("validate", "rules", "sipd", "ikg");

  @Test
  void everyHostileCommandLine_exitsTwo_namingWhatIsWrong_withoutAStackTrace() throws IOException {
    makeFiles();
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int i = 0; i < COUNT; i++) {
            Hostile hostile = hostile(i);
            counts.merge(hostile.kind(), 1, Integer::sum);
            String failure = check(hostile, Cli.run(hostile.args().toArray(String[]::new)));
            if (failure != null) {
              failures.add(hostile + ": " + failure);
            }
          }
        });
    assertThat(failures)
        .as(
            "%s of %s command lines broke the contract; the first:%n%s",
            failures.size(),
            COUNT,
            String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
        .isEmpty();
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(1_000);
    assertThat(counts).containsOnlyKeys(Kind.values());
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(100));
  }

  private void makeFiles() throws IOException {
    plan =
        Files.writeString(
            dir.resolve("plan.json"),
            "{\"format\": \"pug.plan.v1\", \"region\": \"62.03\", \"fiscalYear\": 2025}\n");
    csv =
        Files.writeString(
            dir.resolve("sipd.csv"),
            "kode_skpd,nama_skpd,kode_sub_giat,pagu\ndp3appkb,DP3APPKB,2.08.02.2.01.01,5\n");
    ikg =
        Files.writeString(
            dir.resolve("ikg.csv"),
            "region,year,mtf,mhpk20,pr_m,pr_f,se_m,se_f,tpak_m,tpak_f\n"
                + "JAWA BARAT,2018,0.198,0.279,78.00,22.00,36.55,28.63,82.96,42.25\n");
    empty.add(Files.writeString(dir.resolve("empty.json"), ""));
    empty.add(Files.writeString(dir.resolve("blank.csv"), "\n\n  \n"));
    empty.add(
        Files.write(
            dir.resolve("bom-only.json"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 4; i++) {
      byte[] bytes = new byte[256 + random.nextInt(4096)];
      for (int b = 0; b < bytes.length; b++) {
        bytes[b] = (byte) random.nextInt(256);
      }
      bytes[0] = (byte) 0xFF; // never valid UTF-8, whatever follows
      foreign.add(Files.write(dir.resolve("binary-" + i + ".bin"), bytes));
    }
    foreign.add(Files.writeString(dir.resolve("garbage.txt"), "just some text, not data\n"));
    foreign.add(Files.writeString(dir.resolve("array.json"), "[1, 2, 3]\n"));
    foreign.add(Files.writeString(dir.resolve("object.json"), "{}\n"));
    foreign.add(Files.write(dir.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16)));
    Files.createDirectory(dir.resolve("folder.json"));
  }

  /** The valid command line each hostile one starts from. */
  private List<String> valid(String command) {
    return new ArrayList<>(
        switch (command) {
          case "validate" -> List.of("validate", plan.toString());
          case "rules" -> List.of("rules");
          case "sipd" -> List.of("sipd", csv.toString(), "--region", "62.03", "--year", "2025");
          default -> List.of("ikg", "--input", ikg.toString());
        });
  }

  private static ImmutableMap<String, String> options(String command) {
    return Objects.requireNonNull(OPTIONS.get(command), command);
  }

  private static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }

  /** The input files a command reads: the position of the file argument, and its option. */
  private static boolean readsFiles(String command) {
    return !command.equals("rules");
  }

  /** Replaces the command's input file by another. */
  private List<String> withInput(String command, Path file) {
    List<String> args = valid(command);
    args.set(command.equals("ikg") ? 2 : 1, file.toString());
    return args;
  }

  private Hostile hostile(int index) {
    Kind kind = Kind.values()[index % Kind.values().length];
    SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
    String command = pick(COMMANDS, random);
    List<String> args = valid(command);
    List<String> names = new ArrayList<>();
    switch (kind) {
      case UNKNOWN_OPTION -> {
        String option =
            pick(
                List.of(
                    "--bogus",
                    "-x",
                    "--Format",
                    "---as-of",
                    "--as_of",
                    "--formats",
                    "-Z",
                    "--x=1",
                    "--ouput",
                    "-q"),
                random);
        args.add(
            random.nextBoolean() ? 1 : args.size(),
            option); // never between an option and its value
        names.add(option);
      }
      case UNKNOWN_COMMAND -> {
        String name =
            pick(
                List.of(
                    "valdate",
                    "Validate",
                    "VALIDATE",
                    "rule",
                    "sipd2",
                    "help",
                    "check",
                    "ikg-batch",
                    "%s",
                    "${env:HOME}",
                    "'; rm -rf /'",
                    "\uD83D\uDCA5"),
                random);
        args.set(0, name);
        names.add(name);
      }
      case MISSING_VALUE -> {
        String option = pick(options(command).keySet().asList(), random);
        int at = args.indexOf(option);
        if (at >= 0) { // sipd and ikg give some options already: drop them with their value
          args.remove(at + 1);
          args.remove(at);
        }
        args.add(option);
        names.add(option);
      }
      case BAD_VALUE -> {
        List<String> options =
            options(command).keySet().stream().filter(BAD_VALUES::containsKey).toList();
        String option = pick(options, random);
        String value = pick(Objects.requireNonNull(BAD_VALUES.get(option), option), random);
        set(args, option, value);
        // the option, its value, or the parameter it sets (--mtf-floor sets mtfFloor)
        names.addAll(
            List.of(option, option.replace("-", ""), "\"" + value + "\"", "'" + value + "'"));
        if (!value.isBlank()) {
          names.add(value);
        }
        int eq = value.indexOf('=');
        if (option.equals("--param") && eq > 0) { // the parameter, by its name
          names.add(value.substring(value.lastIndexOf('.', eq) + 1, eq));
        }
      }
      case NONEXISTENT_FILE -> {
        String name =
            pick(
                List.of(
                    "missing.json",
                    "no such dir/x.json",
                    "\u00fcn\u00efc\u00f6d\u00e9-\u6587\u4ef6.json",
                    "x".repeat(300) + ".json",
                    "-",
                    "./././missing.csv"),
                random);
        Path file = name.equals("-") ? Path.of(name) : dir.resolve(name);
        String reader = pick(List.of("validate", "sipd", "ikg"), random);
        args = withInput(reader, file);
        if (reader.equals("validate") && random.nextBoolean()) {
          args = new ArrayList<>(List.of("validate", plan.toString(), file.toString()));
        }
        names.add(file.toString());
      }
      case DIRECTORY_AS_FILE -> {
        Path folder = random.nextBoolean() ? dir : dir.resolve("folder.json");
        args = withInput(pick(List.of("validate", "sipd", "ikg"), random), folder);
        names.add(folder.toString());
      }
      case EMPTY_FILE -> {
        Path file = pick(empty, random);
        args = withInput(pick(List.of("validate", "sipd", "ikg"), random), file);
        names.add(file.toString());
      }
      case BINARY_OR_FOREIGN_FILE -> {
        Path file = pick(foreign, random);
        args = withInput(pick(List.of("validate", "sipd", "ikg"), random), file);
        names.add(file.toString());
      }
      case VERY_LONG_ARGUMENT -> {
        String piece = pick(List.of("a", "9", "\u00e9", "x-", "\u4e2d"), random);
        String value = piece.repeat(100_000 + random.nextInt(100_000));
        switch (random.nextInt(4)) {
          case 0 -> args.add(1, "--" + value);
          case 1 -> args.set(0, value);
          case 2 -> {
            if (readsFiles(command)) {
              args = withInput(command, Path.of(value));
            } else {
              set(args, "--lang", value);
            }
          }
          default -> {
            List<String> options =
                options(command).keySet().stream()
                    .filter(o -> !o.equals("--output") && !o.equals("--trace"))
                    .toList();
            String option = pick(options, random);
            set(
                args,
                option,
                option.equals("--param") ? "PPRG-ARG-008.targetPercent=" + value : value);
            names.addAll(List.of(option, option.replace("-", "")));
            if (option.equals("--param")) {
              names.add("targetPercent");
            }
          }
        }
        names.add(value.substring(0, 40));
      }
      case REPEATED_OPTION -> {
        String option = pick(options(command).keySet().asList(), random);
        if (List.of("--pack", "--param", "--enable", "--disable").contains(option)) {
          option = command.equals("validate") ? "--lang" : "--format"; // those repeat by design
        }
        String value = Objects.requireNonNull(options(command).get(option), option);
        for (int times = args.contains(option) ? 1 : 2; times > 0; times--) {
          args.add(option);
          args.add(value);
        }
        names.add(option);
      }
      case OTHER_COMMANDS_OPTION -> {
        List<String[]> others = new ArrayList<>();
        OPTIONS.forEach(
            (other, options) ->
                options.forEach(
                    (option, value) -> {
                      if (!options(command).containsKey(option)) {
                        others.add(new String[] {option, value});
                      }
                    }));
        if (!command.equals("validate")) {
          others.add(new String[] {"--verbose", ""});
        }
        String[] option = pick(others, random);
        args.add(option[0]);
        if (!option[1].isEmpty()) {
          args.add(option[1]);
        }
        names.add(option[0]);
      }
      case UNWRITABLE_OUTPUT -> {
        String writer = pick(List.of("validate", "sipd", "ikg"), random);
        args = valid(writer);
        Path target =
            pick(
                List.of(dir, dir.resolve("folder.json"), dir.resolve("no/such/dir/out.txt")),
                random);
        args.add(writer.equals("validate") && random.nextBoolean() ? "--trace" : "--output");
        args.add(target.toString());
        names.add(target.toString());
      }
    }
    return new Hostile(kind, index, ImmutableList.copyOf(args), ImmutableList.copyOf(names));
  }

  /** Gives an option a value, replacing the value a valid command line gives it. */
  private static void set(List<String> args, String option, String value) {
    int at = args.indexOf(option);
    if (at >= 0) {
      args.set(at + 1, value);
    } else {
      args.add(option);
      args.add(value);
    }
  }

  /** Checks one run; null when it kept the contract. */
  static @Nullable String check(Hostile hostile, Cli.Run run) {
    String err = run.err();
    if (run.exit() != PugCommand.EXIT_INPUT) {
      return "exit " + run.exit() + ", stderr: " + excerpt(err);
    }
    if (!run.out().isEmpty()) {
      return "printed on standard output: " + excerpt(run.out());
    }
    if (err.isBlank()) {
      return "printed nothing on standard error";
    }
    long lines = err.lines().count();
    if (lines > MAX_LINES) {
      return lines + " lines on standard error: " + excerpt(err);
    }
    if (err.contains("\tat ") || err.contains("at id.pug") || CLASS_NAME.matcher(err).find()) {
      return "a stack trace or an exception's class name on standard error: " + excerpt(err);
    }
    String lower = err.toLowerCase(Locale.ROOT);
    if (hostile.names().stream().noneMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)))) {
      return "standard error names none of " + hostile.names() + ": " + excerpt(err);
    }
    return null;
  }

  private static String excerpt(String text) {
    String shown = text.length() > 400 ? text.substring(0, 400) + "…" : text;
    return "«" + shown.replace("\n", "⏎") + "»";
  }
}
