package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Place;
import io.github.zhibiao.place.PlaceTables.Reading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled tables load and are consistent; a malformed row fails with its file and line. */
class PlaceTablesTest {
  private static final PlaceTables BUNDLED = PlaceTables.load();

  /** A valid places table that knows only 北京. */
  private static final String MINIMAL_PLACES = "minimal-places.tsv";

  @Test
  void bundled_loads() {
    PlaceTables t = BUNDLED;
    assertThat(t.provincesByCode).hasSize(34);
    assertThat(t.readings.size()).isGreaterThan(7_000);
    assertThat(t.abbreviations).hasSize(39);
    assertThat(t.ordinaryWords).contains("合作", "和平", "新华", "长安", "开发", "城区", "郊区", "中山路");
  }

  @Test
  void bundled_everyReadingHasATodayProvince() {
    PlaceTables t = BUNDLED;
    for (List<Reading> readings : t.readings.values()) {
      for (Reading r : readings) {
        Place p = r.place();
        assertThat(t.provincesByCode).as("%s", p).containsKey(p.provinceCode());
        assertThat(t.provincesByCode.get(p.provinceCode()).province()).isEqualTo(p.province());
        if (r.current()) {
          assertThat(p.code().substring(0, 2))
              .as("%s", p)
              .isEqualTo(p.provinceCode().substring(0, 2));
        }
      }
    }
  }

  @Test
  void bundled_abbreviationsOfTheBrief() {
    PlaceTables t = BUNDLED;
    String expected = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新";
    for (char c : expected.toCharArray()) {
      assertThat(t.abbreviations).containsKey(c);
    }
    assertThat(t.abbreviations.get('蜀').province().code()).isEqualTo("510000");
    assertThat(t.abbreviations.get('陇').province().code()).isEqualTo("620000");
  }

  /** The raw file: a header after the provenance comments, no duplicate (name, code) row. */
  @Test
  void placesFile_provenanceAndNoDuplicates() throws IOException {
    List<String> comments = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    try (InputStream in = PlaceTables.class.getResourceAsStream(PlaceTables.PLACES)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          comments.add(line);
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(keys.add(f[0] + "\t" + f[2] + "\t" + f[3])).as(line).isTrue();
      }
    }
    String header = String.join("\n", comments);
    assertThat(header).contains("areacodes-result.csv", "CC0", "tools/build-places.py");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed-fields.tsv | malformed-fields.tsv:5: expected 8 fields, found 7",
        "malformed-code.tsv | malformed-code.tsv:4: not a six-digit code: 11010",
        "malformed-level.tsv | malformed-level.tsv:4: not a level: TOWN",
        "malformed-current.tsv | malformed-current.tsv:4: expected y or n: yes",
        "malformed-space.tsv | malformed-space.tsv:4: empty field or stray white space",
      })
  void load_malformedPlaces_failsWithFileAndLine(String file, String message) {
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    file,
                    PlaceTables.ABBREVIATIONS,
                    PlaceTables.COMPOUNDS,
                    PlaceTables.ORDINARY_WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void load_malformedOtherTables_failWithFileAndLine() {
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    PlaceTables.PLACES,
                    "malformed-abbreviation.tsv",
                    PlaceTables.COMPOUNDS,
                    PlaceTables.ORDINARY_WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-abbreviation.tsv:4: an abbreviation is one character: 京津");
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    PlaceTables.PLACES,
                    PlaceTables.ABBREVIATIONS,
                    "malformed-compound.tsv",
                    PlaceTables.ORDINARY_WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-compound.tsv:3: expected one province per character of 京津");
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    PlaceTables.PLACES,
                    PlaceTables.ABBREVIATIONS,
                    PlaceTables.COMPOUNDS,
                    "malformed-words.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-words.txt:3: duplicate word 合作");
  }

  @Test
  void load_unknownProvinceInAbbreviations_failsWithFileAndLine() {
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    MINIMAL_PLACES,
                    "malformed-abbreviation-province.tsv",
                    PlaceTables.COMPOUNDS,
                    PlaceTables.ORDINARY_WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-abbreviation-province.tsv:4: unknown province: 上海");
  }

  @Test
  void load_missingFile_fails() {
    assertThatThrownBy(
            () ->
                PlaceTables.load(
                    "no-such-table.tsv",
                    PlaceTables.ABBREVIATIONS,
                    PlaceTables.COMPOUNDS,
                    PlaceTables.ORDINARY_WORDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing bundled table no-such-table.tsv");
  }
}
