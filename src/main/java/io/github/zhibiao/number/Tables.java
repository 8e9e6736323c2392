package io.github.zhibiao.number;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Unit;
import io.github.zhibiao.table.Table;
import io.github.zhibiao.table.Table.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled tables of the number stage, read once from UTF-8 resources next to this class.
 *
 * <p>A missing file or a malformed row fails loudly: {@link IllegalStateException} naming the file
 * and the line. Nothing is logged and skipped.
 */
final class Tables {
  static final String UNITS = "units.tsv";
  static final String QUALIFIERS = "qualifiers.tsv";
  static final String IDIOMS = "idioms.txt";
  static final String UNIT_WORDS = "unit-words.txt";
  static final String ACRONYMS = "acronyms.txt";

  /** A unit surface: what is written, and what it means. */
  record UnitEntry(String surface, Unit unit, BigDecimal factor) {}

  /** A qualifying word and whether it stands before the number or after the unit. */
  record QualifierEntry(String word, boolean before, Qualifier qualifier) {}

  final ImmutableMap<String, UnitEntry> units;
  final ImmutableList<QualifierEntry> qualifiers;
  final ImmutableList<String> idioms;
  /** Words that begin with a one-character unit ({@value #UNIT_WORDS}). */
  final ImmutableList<String> unitWords;
  /** Metric acronyms that may stand right before a figure ({@value #ACRONYMS}). */
  final ImmutableSet<String> acronyms;

  private Tables(
      ImmutableMap<String, UnitEntry> units,
      ImmutableList<QualifierEntry> qualifiers,
      ImmutableList<String> idioms,
      ImmutableList<String> unitWords,
      ImmutableSet<String> acronyms) {
    this.units = units;
    this.qualifiers = qualifiers;
    this.idioms = idioms;
    this.unitWords = unitWords;
    this.acronyms = acronyms;
  }

  /** The bundled tables, loaded on first use. */
  static Tables bundled() {
    return Holder.BUNDLED;
  }

  private static final ImmutableList<String> UNIT_COLUMNS =
      ImmutableList.of("surface", "canonical", "dimension", "factor");
  private static final ImmutableList<String> QUALIFIER_COLUMNS =
      ImmutableList.of("word", "position", "qualifier");

  private static final class Holder {
    static final Tables BUNDLED = load();
  }

  static Tables load() {
    ImmutableMap<String, UnitEntry> units = loadUnits(UNITS);
    return new Tables(units, loadQualifiers(QUALIFIERS), loadIdioms(IDIOMS),
        loadUnitWords(UNIT_WORDS, units), loadAcronyms(ACRONYMS));
  }

  /** Loads a unit table such as {@value #UNITS}, a resource next to this class. */
  static ImmutableMap<String, UnitEntry> loadUnits(String file) {
    Map<String, Unit> canonical = new HashMap<>();
    Map<String, UnitEntry> entries = new LinkedHashMap<>();
    for (Row row : Table.rows(Tables.class, file, UNIT_COLUMNS)) {
      String surface = row.field(0);
      Dimension dimension = row.enumField(2, Dimension.class);
      BigDecimal factor;
      try {
        factor = new BigDecimal(row.field(3));
      } catch (NumberFormatException e) {
        throw row.error("factor is not a decimal: " + row.field(3));
      }
      Unit unit = canonical.computeIfAbsent(row.field(1), s -> new Unit(s, dimension));
      if (unit.dimension() != dimension) {
        throw row.error("canonical unit " + unit.symbol() + " has two dimensions");
      }
      if (entries.put(surface, new UnitEntry(surface, unit, factor)) != null) {
        throw row.error("duplicate surface " + surface);
      }
    }
    return ImmutableMap.copyOf(entries);
  }

  /** Loads a qualifier table such as {@value #QUALIFIERS}, a resource next to this class. */
  static ImmutableList<QualifierEntry> loadQualifiers(String file) {
    List<QualifierEntry> entries = new ArrayList<>();
    for (Row row : Table.rows(Tables.class, file, QUALIFIER_COLUMNS)) {
      String position = row.field(1);
      if (!position.equals("before") && !position.equals("after")) {
        throw row.error("position must be 'before' or 'after': " + position);
      }
      entries.add(
          new QualifierEntry(
              row.field(0), position.equals("before"), row.enumField(2, Qualifier.class)));
    }
    // Longest first, so that 大约 is tried before 约 and 将近 before 近.
    entries.sort((a, b) -> b.word().length() - a.word().length());
    return ImmutableList.copyOf(entries);
  }

  /**
   * Loads a list of words such as {@value #UNIT_WORDS}, each of which must begin with a
   * one-character unit of {@code units} and appear once.
   */
  static ImmutableList<String> loadUnitWords(String file, Map<String, UnitEntry> units) {
    List<String> words = new ArrayList<>();
    for (Row row : Table.words(Tables.class, file)) {
      String w = row.field(0);
      if (w.length() < 2 || !units.containsKey(w.substring(0, 1))) {
        throw row.error("does not begin with a one-character unit: " + w);
      }
      if (words.contains(w)) throw row.error("duplicate word " + w);
      words.add(w);
    }
    return ImmutableList.copyOf(words);
  }

  /**
   * Loads a list of acronyms such as {@value #ACRONYMS}: each of two to {@value #MAX_ACRONYM}
   * upper-case ASCII letters, and once.
   */
  static ImmutableSet<String> loadAcronyms(String file) {
    Set<String> words = new LinkedHashSet<>();
    for (Row row : Table.words(Tables.class, file)) {
      String w = row.field(0);
      if (w.length() < 2 || w.length() > MAX_ACRONYM
          || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        throw row.error("not two to " + MAX_ACRONYM + " upper-case letters: " + w);
      }
      if (!words.add(w)) throw row.error("duplicate acronym " + w);
    }
    return ImmutableSet.copyOf(words);
  }

  /** The longest acronym {@link #loadAcronyms} accepts. */
  static final int MAX_ACRONYM = 5;

  /** Loads an idiom list such as {@value #IDIOMS}, a resource next to this class. */
  static ImmutableList<String> loadIdioms(String file) {
    List<String> idioms = new ArrayList<>();
    for (Row row : Table.words(Tables.class, file)) {
      if (idioms.contains(row.field(0))) {
        throw row.error("duplicate phrase " + row.field(0));
      }
      idioms.add(row.field(0));
    }
    return ImmutableList.copyOf(idioms);
  }
}
