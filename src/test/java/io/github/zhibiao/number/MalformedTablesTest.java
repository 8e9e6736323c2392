package io.github.zhibiao.number;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed unit, qualifier or idiom table fails loudly, naming the file and the line. */
class MalformedTablesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed-units-fields.tsv | malformed-units-fields.tsv:4: expected 4 fields, found 3",
      "malformed-units-factor.tsv | malformed-units-factor.tsv:3: factor is not a decimal: ten",
      "malformed-units-dimension.tsv | malformed-units-dimension.tsv:3: not a Dimension: WEIGHT",
      "malformed-units-duplicate.tsv | malformed-units-duplicate.tsv:3: duplicate surface 元"})
  void units_malformed_failWithFileAndLine(String file, String message) {
    assertThatThrownBy(() -> Tables.loadUnits(file))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void qualifiers_badPosition_failsWithFileAndLine() {
    assertThatThrownBy(() -> Tables.loadQualifiers("malformed-qualifiers-position.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-qualifiers-position.tsv:3: position must be 'before' or 'after': "
            + "behind");
  }

  @Test
  void idioms_duplicate_failsWithFileAndLine() {
    assertThatThrownBy(() -> Tables.loadIdioms("malformed-idioms.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("malformed-idioms.txt:4: duplicate phrase 一五一十");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed-unit-words-unit.txt | malformed-unit-words-unit.txt:3: does not begin with a "
          + "one-character unit: 目标",
      "malformed-unit-words-duplicate.txt | malformed-unit-words-duplicate.txt:4: duplicate word 项目"})
  void unitWords_malformed_failWithFileAndLine(String file, String message) {
    assertThatThrownBy(() -> Tables.loadUnitWords(file, Tables.loadUnits(Tables.UNITS)))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed-acronyms-case.txt | malformed-acronyms-case.txt:3: not two to 5 upper-case "
          + "letters: Gdp",
      "malformed-acronyms-duplicate.txt | malformed-acronyms-duplicate.txt:4: duplicate acronym CPI"})
  void acronyms_malformed_failWithFileAndLine(String file, String message) {
    assertThatThrownBy(() -> Tables.loadAcronyms(file))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void missingTable_failsNamingIt() {
    assertThatThrownBy(() -> Tables.loadUnits("no-such-table.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing bundled table no-such-table.tsv");
  }
}
