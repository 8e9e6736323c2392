package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.IndicatorType;
import org.junit.jupiter.api.Test;

/** The keyword table loads, and a malformed one fails loudly with file and line. */
class KeywordsTest {
  private static final String HEADER = "# provenance\nphrase\trole\tvalue\n";

  @Test
  void bundledTableLoads_andTypesEveryMoneyType() {
    Keywords k = Keywords.bundled();
    assertThat(k.size).isGreaterThan(150);
    for (IndicatorType t : IndicatorType.values()) {
      if (t.isMoney() && t != IndicatorType.AMOUNT) {
        assertThat(typed(t)).as("a keyword for %s", t).isTrue();
      }
    }
  }

  private static boolean typed(IndicatorType t) {
    try (var in = Keywords.class.getResourceAsStream(Keywords.FILE)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return text.contains("\ttype\t" + t.id() + "\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unknownRole_failsWithLine() {
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + "总投资\ttype\tinvestment\n投资\tverb\t\n"))
        .isInstanceOf(IllegalStateException.class).hasMessage("k.tsv:4: unknown role 'verb'");
  }

  @Test
  void unknownType_failsWithLine() {
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + "总投资\ttype\tinvest\n"))
        .hasMessage("k.tsv:3: unknown indicator type 'invest'");
  }

  @Test
  void unknownStatus_wrongFieldCount_duplicate_missingHeader() {
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + "拟\tstatus\tsoon\n"))
        .hasMessage("k.tsv:3: unknown status 'soon'");
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + "拟\tstatus\n"))
        .hasMessage("k.tsv:3: expected 3 fields, found 2");
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + "拟\tstatus\tplan\n拟\tstatus\tplan\n"))
        .hasMessage("k.tsv:4: duplicate phrase '拟' in role status");
    assertThatThrownBy(() -> Keywords.parse("k.tsv", "拟\tstatus\tplan\n"))
        .hasMessageStartingWith("k.tsv:1: expected the header");
    assertThatThrownBy(() -> Keywords.parse("k.tsv", HEADER + " 拟\tstatus\tplan\n"))
        .hasMessage("k.tsv:3: empty field or stray white space: ' 拟\tstatus\tplan'");
  }

  @Test
  void aPhraseMayPlaySeveralRoles() {
    Keywords k = Keywords.parse("k.tsv", HEADER + "计划总投资\ttype\tinvestment\n计划总投资\tstatus\tplan\n");
    assertThat(k.trie.longestMatch("计划总投资", 0)).hasSize(2);
  }
}
