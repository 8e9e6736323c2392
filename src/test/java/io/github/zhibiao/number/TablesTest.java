package io.github.zhibiao.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled tables: they load, and the raw files are consistent. */
class TablesTest {

  @Test
  void bundled_loads_allTablesNonEmpty() {
    Tables t = Tables.load();
    assertThat(t.units).isNotEmpty();
    assertThat(t.qualifiers).isNotEmpty();
    assertThat(t.idioms).isNotEmpty();
    assertThat(Tables.bundled()).isSameAs(Tables.bundled());
    assertThat(t.units.get("元").unit()).isEqualTo(new Unit("元", Dimension.MONEY));
    assertThat(t.units.get("‰").factor()).isEqualByComparingTo("0.1");
    assertThat(t.units.get("个百分点").unit().dimension()).isEqualTo(Dimension.PERCENTAGE_POINT);
  }

  @Test
  void units_everyDimensionButNoneAndRate_hasAUnit() {
    Set<Dimension> covered = EnumSet.noneOf(Dimension.class);
    for (Tables.UnitEntry e : Tables.bundled().units.values()) covered.add(e.unit().dimension());
    Set<Dimension> expected = EnumSet.allOf(Dimension.class);
    expected.remove(Dimension.NONE);
    expected.remove(Dimension.RATE);
    assertThat(covered).containsAll(expected).doesNotContain(Dimension.NONE, Dimension.RATE);
  }

  @Test
  void units_rawFile_noDuplicateSurfaces_consistentCanonicals_positiveFactors() throws IOException {
    List<String[]> rows = rows(Tables.UNITS, 4);
    assertThat(rows).hasSizeGreaterThan(50);
    Set<String> surfaces = new HashSet<>();
    Map<String, String> dimensionOfCanonical = new HashMap<>();
    for (String[] r : rows) {
      assertThat(surfaces.add(r[0])).as("duplicate unit surface %s", r[0]).isTrue();
      Dimension d = Dimension.valueOf(r[2].toUpperCase(Locale.ROOT));
      String previous = dimensionOfCanonical.putIfAbsent(r[1], d.name());
      assertThat(previous == null || previous.equals(d.name()))
          .as("canonical %s has dimensions %s and %s", r[1], previous, d).isTrue();
      assertThat(new BigDecimal(r[3]).signum()).as("factor of %s", r[0]).isPositive();
      // Magnitudes are never part of a unit surface (2262亿元 is 2262, 亿, 元).
      assertThat(r[0]).as("surface %s", r[0]).doesNotStartWith("万").doesNotStartWith("亿");
    }
    assertThat(surfaces).hasSameSizeAs(Tables.bundled().units.keySet());
  }

  @Test
  void qualifiers_rawFile_everyEnumExists_noDuplicateWords() throws IOException {
    List<String[]> rows = rows(Tables.QUALIFIERS, 3);
    assertThat(rows).isNotEmpty();
    Set<String> keys = new HashSet<>();
    Set<Qualifier> used = EnumSet.noneOf(Qualifier.class);
    for (String[] r : rows) {
      Qualifier q = Qualifier.valueOf(r[2].toUpperCase(Locale.ROOT));
      used.add(q);
      assertThat(r[1]).isIn("before", "after");
      assertThat(keys.add(r[0] + "\t" + r[1])).as("duplicate qualifier %s", r[0]).isTrue();
      assertThat(q).as("qualifier word %s", r[0]).isNotEqualTo(Qualifier.EXACT);
    }
    assertThat(used).containsAll(EnumSet.complementOf(EnumSet.of(Qualifier.EXACT)));
    assertThat(Tables.bundled().qualifiers).hasSize(rows.size());
    // Longest first, so that 大约 is tried before 约.
    List<Tables.QualifierEntry> loaded = Tables.bundled().qualifiers;
    for (int i = 1; i < loaded.size(); i++) {
      assertThat(loaded.get(i).word().length())
          .isLessThanOrEqualTo(loaded.get(i - 1).word().length());
    }
  }

  @Test
  void idioms_rawFile_noDuplicates_eachContainsANumeral() throws IOException {
    List<String[]> rows = rows(Tables.IDIOMS, 1);
    Set<String> seen = new HashSet<>();
    for (String[] r : rows) {
      assertThat(seen.add(r[0])).as("duplicate idiom %s", r[0]).isTrue();
      assertThat(r[0].chars().anyMatch(c -> Numerals.isNumeralChar((char) c)))
          .as("idiom %s has no numeral, so it is never looked up", r[0]).isTrue();
    }
    assertThat(rows).isNotEmpty();
    assertThat(Tables.bundled().idioms)
        .containsExactlyElementsOf(rows.stream().map(r -> r[0]).toList());
  }

  /** Reads a bundled table as the loader documents it: '#' comments, blank lines, a header. */
  private static List<String[]> rows(String file, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Tables.class.getResourceAsStream(file)) {
      assertThat(in).as("bundled table %s", file).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = columns > 1;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("%s: %s", file, line).hasSize(columns);
        rows.add(f);
      }
    }
    return rows;
  }
}
