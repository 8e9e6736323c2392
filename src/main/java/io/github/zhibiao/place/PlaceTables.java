package io.github.zhibiao.place;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.zhibiao.Place;
import io.github.zhibiao.table.Table;
import io.github.zhibiao.table.Table.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's tables, read from UTF-8 resources next to this class.
 *
 * <p>A missing file or a malformed row fails loudly with an {@link IllegalStateException} that
 * names the file and the line ({@code places.tsv:17: expected 8 fields, found 7}). Nothing is
 * logged and skipped.
 */
final class PlaceTables {
  static final String PLACES = "places.tsv";
  static final String ABBREVIATIONS = "abbreviations.tsv";
  static final String COMPOUNDS = "abbreviation-compounds.tsv";
  static final String ORDINARY_WORDS = "ordinary-words.txt";

  private static final ImmutableList<String> PLACE_COLUMNS = ImmutableList.of(
      "name", "full", "code", "level", "province", "province_code", "current", "kind");
  private static final ImmutableList<String> ABBREVIATION_COLUMNS =
      ImmutableList.of("abbreviation", "province", "strength");
  private static final ImmutableList<String> COMPOUND_COLUMNS =
      ImmutableList.of("compound", "provinces");

  /**
   * One reading of a surface form: the division it names and how it was written.
   *
   * <p>{@code code}, {@code prefecture} and {@code province} number the six-digit codes of the
   * division, of its prefecture (the first four digits and {@code 00}, whether or not the table
   * has such a division) and of its province: equal numbers for equal codes, one numbering per
   * table load. The scan compares them instead of strings.
   */
  record Reading(
      Place place, boolean current, boolean shortForm, int code, int prefecture, int province) {}

  /** A one-character province abbreviation. Weak ones start many ordinary words (新增, 青年). */
  record Abbreviation(char character, Place province, boolean strong) {}

  /**
   * A compound of abbreviations. {@code provinces} has one element per character of {@code
   * surface}: a province short name, {@code -} for a character that is not an abbreviation, or
   * {@code *} where the surface has the wildcard {@code *}.
   */
  record Compound(String surface, ImmutableList<String> provinces) {
    boolean isPattern() {
      return surface.indexOf('*') >= 0;
    }
  }

  /** Readings of every surface form, in table order. */
  final ImmutableMap<String, ImmutableList<Reading>> readings;

  /** The provincial-level units by code. */
  final ImmutableMap<String, Place> provincesByCode;

  final ImmutableMap<Character, Abbreviation> abbreviations;
  final ImmutableList<Compound> compounds;
  final ImmutableSet<String> ordinaryWords;

  /** The numbers of {@link Reading}: every code of the tables, and every prefecture code. */
  final ImmutableMap<String, Integer> codeNumbers;

  private PlaceTables(
      ImmutableMap<String, ImmutableList<Reading>> readings,
      ImmutableMap<String, Place> provincesByCode,
      ImmutableMap<Character, Abbreviation> abbreviations,
      ImmutableList<Compound> compounds,
      ImmutableSet<String> ordinaryWords,
      ImmutableMap<String, Integer> codeNumbers) {
    this.readings = readings;
    this.codeNumbers = codeNumbers;
    this.provincesByCode = provincesByCode;
    this.abbreviations = abbreviations;
    this.compounds = compounds;
    this.ordinaryWords = ordinaryWords;
  }

  /** Loads the bundled tables. */
  static PlaceTables load() {
    return load(PLACES, ABBREVIATIONS, COMPOUNDS, ORDINARY_WORDS);
  }

  /** Loads tables from the named resources next to this class (tests use broken copies). */
  static PlaceTables load(String places, String abbreviations, String compounds, String words) {
    Map<String, List<Reading>> byName = new LinkedHashMap<>();
    Map<String, Integer> codeNumbers = new HashMap<>();
    Map<String, Place> provinces = new LinkedHashMap<>();
    Map<String, String> provinceShortNames = new LinkedHashMap<>();
    for (Row row : Table.rows(PlaceTables.class, places, PLACE_COLUMNS)) {
      Place.Level level = level(row, 3);
      String code = code(row, 2);
      String provinceCode = code(row, 5);
      if (!provinceCode.endsWith("0000")) {
        throw row.error("not a province code: " + provinceCode);
      }
      Place place = new Place(row.field(1), code, level, row.field(4), provinceCode);
      String kind = row.field(7);
      if (!kind.equals("full") && !kind.equals("alias") && !kind.equals("short")) {
        throw row.error("kind must be full, alias or short: " + kind);
      }
      // An alias keeps the division's suffix (延边州, 务川县) and is read like a full name.
      Reading reading =
          new Reading(
              place,
              flag(row, 6, "y", "n"),
              kind.equals("short"),
              number(codeNumbers, code),
              number(codeNumbers, code.substring(0, 4) + "00"),
              number(codeNumbers, provinceCode));
      byName.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(reading);
      if (level == Place.Level.PROVINCE) {
        if (!code.equals(provinceCode)) {
          throw row.error("a province is its own province: " + code + " vs " + provinceCode);
        }
        provinces.putIfAbsent(code, place);
        provinceShortNames.putIfAbsent(row.field(4), code);
      }
    }
    ImmutableMap.Builder<String, ImmutableList<Reading>> readings = ImmutableMap.builder();
    byName.forEach((name, list) -> readings.put(name, ImmutableList.copyOf(list)));

    Map<Character, Abbreviation> abbreviationMap = new LinkedHashMap<>();
    for (Row row : Table.rows(PlaceTables.class, abbreviations, ABBREVIATION_COLUMNS)) {
      String key = row.field(0);
      if (key.length() != 1) {
        throw row.error("an abbreviation is one character: " + key);
      }
      Place province = provinces.get(provinceShortNames.get(row.field(1)));
      if (province == null) {
        throw row.error("unknown province: " + row.field(1));
      }
      Abbreviation a = new Abbreviation(key.charAt(0), province, flag(row, 2, "strong", "weak"));
      if (abbreviationMap.put(a.character(), a) != null) {
        throw row.error("duplicate abbreviation " + key);
      }
    }

    List<Compound> compoundList = new ArrayList<>();
    for (Row row : Table.rows(PlaceTables.class, compounds, COMPOUND_COLUMNS)) {
      String surface = row.field(0);
      ImmutableList<String> parts = ImmutableList.copyOf(row.field(1).split(",", -1));
      if (parts.size() != surface.length()) {
        throw row.error("expected one province per character of " + surface);
      }
      for (int i = 0; i < parts.size(); i++) {
        String p = parts.get(i);
        boolean wildcard = surface.charAt(i) == '*';
        if (wildcard != p.equals("*")
            || (!wildcard && !p.equals("-") && !provinceShortNames.containsKey(p))) {
          throw row.error("bad province for '" + surface.charAt(i) + "': " + p);
        }
      }
      compoundList.add(new Compound(surface, parts));
    }

    Set<String> wordSet = new LinkedHashSet<>();
    for (Row row : Table.words(PlaceTables.class, words)) {
      if (!wordSet.add(row.field(0))) {
        throw row.error("duplicate word " + row.field(0));
      }
    }
    return new PlaceTables(
        readings.build(),
        ImmutableMap.copyOf(provinces),
        ImmutableMap.copyOf(abbreviationMap),
        ImmutableList.copyOf(compoundList),
        ImmutableSet.copyOf(wordSet),
        ImmutableMap.copyOf(codeNumbers));
  }

  /** The number of {@code code}, the next free one if it has none yet. */
  private static int number(Map<String, Integer> numbers, String code) {
    Integer n = numbers.get(code);
    if (n == null) {
      n = numbers.size();
      numbers.put(code, n);
    }
    return n;
  }

  /** A six-digit GB/T 2260 code in column {@code i}. */
  private static String code(Row row, int i) {
    String c = row.field(i);
    if (c.length() != 6 || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw row.error("not a six-digit code: " + c);
    }
    return c;
  }

  private static Place.Level level(Row row, int i) {
    try {
      return Place.Level.valueOf(row.field(i));
    } catch (IllegalArgumentException e) {
      throw row.error("not a level: " + row.field(i));
    }
  }

  /** Reads a two-valued field: true for {@code yes}, false for {@code no}, else fails. */
  private static boolean flag(Row row, int i, String yes, String no) {
    if (row.field(i).equals(yes)) return true;
    if (row.field(i).equals(no)) return false;
    throw row.error("expected " + yes + " or " + no + ": " + row.field(i));
  }
}
