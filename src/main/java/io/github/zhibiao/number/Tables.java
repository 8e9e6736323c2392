package io.github.zhibiao.number;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /** A unit surface: what is written, and what it means. */
  record UnitEntry(String surface, Unit unit, BigDecimal factor) {}

  /** A qualifying word and whether it stands before the number or after the unit. */
  record QualifierEntry(String word, boolean before, Qualifier qualifier) {}

  final ImmutableMap<String, UnitEntry> units;
  final ImmutableList<QualifierEntry> qualifiers;
  final ImmutableList<String> idioms;

  private Tables(
      ImmutableMap<String, UnitEntry> units,
      ImmutableList<QualifierEntry> qualifiers,
      ImmutableList<String> idioms) {
    this.units = units;
    this.qualifiers = qualifiers;
    this.idioms = idioms;
  }

  /** The bundled tables, loaded on first use. */
  static Tables bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Tables BUNDLED = load();
  }

  static Tables load() {
    return new Tables(loadUnits(UNITS), loadQualifiers(QUALIFIERS), loadIdioms(IDIOMS));
  }

  /** Loads a unit table such as {@value #UNITS}, a resource next to this class. */
  static ImmutableMap<String, UnitEntry> loadUnits(String file) {
    Map<String, Unit> canonical = new HashMap<>();
    Map<String, UnitEntry> entries = new LinkedHashMap<>();
    for (Row row : rows(file, 4)) {
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
    for (Row row : rows(file, 3)) {
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

  /** Loads an idiom list such as {@value #IDIOMS}, a resource next to this class. */
  static ImmutableList<String> loadIdioms(String file) {
    List<String> idioms = new ArrayList<>();
    for (Row row : rows(file, 1)) {
      if (idioms.contains(row.field(0))) {
        throw row.error("duplicate phrase " + row.field(0));
      }
      idioms.add(row.field(0));
    }
    return ImmutableList.copyOf(idioms);
  }

  /** One data line of a table file. */
  private record Row(String file, int line, String[] fields) {
    String field(int i) {
      return fields[i];
    }

    <E extends Enum<E>> E enumField(int i, Class<E> type) {
      try {
        return Enum.valueOf(type, fields[i].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error("not a " + type.getSimpleName() + ": " + fields[i]);
      }
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  /**
   * Reads a table: UTF-8, '#' comment lines, blank lines ignored. A TSV table's first data line is
   * its header and is skipped; every other line must have exactly {@code columns} fields.
   */
  private static List<Row> rows(String file, int columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Tables.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled table " + file);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = columns > 1;
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] fields = text.split("\t", -1);
        Row row = new Row(file, line, fields);
        if (fields.length != columns) {
          throw row.error("expected " + columns + " fields, found " + fields.length);
        }
        for (String f : fields) {
          if (f.isEmpty() || !f.strip().equals(f) || f.indexOf('\u3000') >= 0) {
            throw row.error("empty field or stray white space: '" + text + "'");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled table " + file, e);
    }
    return rows;
  }
}
