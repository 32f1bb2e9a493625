package org.sitrep.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CAMEO event codes with their names, Goldstein scores and QuadClass, and the PLOVER category of
 * each, read as data from the reference tables ({@code cameo-events.tsv}, {@code cameo-events-unscored.tsv},
 * {@code plover-mapping.tsv}; see their README for sources and licences). Sitrep does not bundle them:
 * the directory is the {@code coding.reference} setting, else {@code $SITREP_REFERENCE}, else
 * {@code shared/reference} beside the working directory or the installation. Without them events still
 * carry their codes, root and QuadClass (GDELT's rule: roots 01–05 → 1, 06–09 → 2, 10–14 → 3,
 * 15–20 → 4) but no names, Goldstein scores or PLOVER categories, and a warning says so.
 */
public final class CameoCodebook {
  private static final Logger LOG = LoggerFactory.getLogger(CameoCodebook.class);

  /** One code. */
  public record Code(String code, String name, @Nullable Double goldstein, int quadClass, @Nullable String plover) {}

  private final Map<String, Code> codes;
  private final @Nullable Path source;

  private CameoCodebook(Map<String, Code> codes, @Nullable Path source) {
    this.codes = codes;
    this.source = source;
  }

  /** A codebook with no tables: codes, roots and QuadClass only. */
  public static CameoCodebook empty() {
    return new CameoCodebook(Map.of(), null);
  }

  /** Where the tables were read from, or null when none were found. */
  public @Nullable Path source() {
    return source;
  }

  /** The reference directory to use for a setting (empty: the usual places), or null when none exists. */
  public static @Nullable Path locate(String setting) {
    List<Path> cands = new ArrayList<>();
    if (!setting.isBlank()) {
      cands.add(Path.of(setting));
    } else {
      String env = System.getenv("SITREP_REFERENCE");
      if (env != null && !env.isBlank()) cands.add(Path.of(env));
      String prop = System.getProperty("sitrep.reference");
      if (prop != null && !prop.isBlank()) cands.add(Path.of(prop));
      String shared = System.getProperty("sitrep.shared");
      if (shared != null) cands.add(Path.of(shared, "reference"));
      Path cwd = Path.of("").toAbsolutePath();
      for (Path p = cwd; p != null; p = p.getParent()) {
        cands.add(p.resolve("shared/reference"));
        cands.add(p.resolveSibling("shared").resolve("reference"));
      }
    }
    for (Path p : cands) {
      if (Files.isRegularFile(p.resolve("cameo-events.tsv"))) {
        return p;
      }
    }
    return null;
  }

  /** Loads the tables from {@code dir}. */
  public static CameoCodebook load(Path dir) throws IOException {
    Map<String, String> plover = ploverByCode(dir.resolve("plover-mapping.tsv"));
    Map<String, Code> codes = new HashMap<>();
    for (String file : List.of("cameo-events.tsv", "cameo-events-unscored.tsv")) {
      Path p = dir.resolve(file);
      if (!Files.exists(p)) continue;
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f.length < 4 || f[0].isBlank()) continue;
        String code = f[0].strip();
        Double g = f[2].isBlank() ? null : Double.valueOf(f[2].strip());
        int quad = f[3].isBlank() ? quadClass(code) : Integer.parseInt(f[3].strip());
        codes.put(code, new Code(code, f[1].strip(), g, quad, ploverOf(code, plover)));
      }
    }
    LOG.debug("read {} CAMEO codes from {}", codes.size(), dir);
    return new CameoCodebook(Map.copyOf(codes), dir);
  }

  /** Loads from the configured or usual place; an empty codebook, logged, when there is none. */
  public static CameoCodebook find(String setting) {
    Path dir = locate(setting);
    if (dir == null) {
      LOG.warn("CAMEO reference tables not found (set coding.reference or SITREP_REFERENCE): events get no "
          + "names, Goldstein scores or PLOVER categories");
      return empty();
    }
    try {
      return load(dir);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read CAMEO reference tables in {}: {}", dir, e.toString());
      return empty();
    }
  }

  /** Whether the tables were loaded. */
  public boolean loaded() {
    return !codes.isEmpty();
  }

  /** Whether a code is in the codebook (always true without tables, for well-formed codes). */
  public boolean known(String code) {
    return codes.isEmpty() ? code.matches("\\d{2,4}") : codes.containsKey(code);
  }

  /** The code's entry, or a bare one (code, root QuadClass) without tables. */
  public Code get(String code) {
    Code c = codes.get(code);
    return c != null ? c : new Code(code, "", null, quadClass(code), null);
  }

  /** GDELT's QuadClass of a code by its root. */
  public static int quadClass(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  private static final Pattern CODE_OR_RANGE = Pattern.compile("\\b(\\d{3,4})(?:-(\\d{3,4}))?\\b");
  private static final Pattern ALL_OF = Pattern.compile("all of (\\d\\d)(?: and (\\d\\d))?");

  /** code or "root:NN" → PLOVER category, from the mapping's cameo_codes column. */
  private static Map<String, String> ploverByCode(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(file)) return out;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) continue;
      String category = f[0].strip();
      String spec = f[4].replaceAll("\\(.*?\\)", "");
      Matcher all = ALL_OF.matcher(spec);
      while (all.find()) {
        out.put("root:" + all.group(1), category);
        if (all.group(2) != null) out.put("root:" + all.group(2), category);
      }
      Matcher m = CODE_OR_RANGE.matcher(spec.replaceAll("all of \\d\\d( and \\d\\d)?", ""));
      while (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        int width = m.group(1).length();
        for (int c = a; c <= b; c++) {
          out.put(String.format("%0" + width + "d", c), category);
        }
      }
    }
    return out;
  }

  private static @Nullable String ploverOf(String code, Map<String, String> map) {
    String p = map.get(code);
    if (p == null && code.length() == 4) p = map.get(code.substring(0, 3));
    if (p == null) p = map.get("root:" + code.substring(0, 2));
    return p;
  }
}
