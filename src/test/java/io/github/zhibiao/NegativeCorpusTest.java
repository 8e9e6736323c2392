package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The negative corpus ({@code corpus/negative.txt}): years, dates, periods, ordinals, names, plans,
 * codes, idioms, articles, words and bare magnitudes are never quantities, whatever the engine.
 */
class NegativeCorpusTest {
  private static final Zhibiao DEFAULT = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();

  static List<String> items() {
    return Corpus.negatives();
  }

  @Test
  void corpus_isNotEmpty() {
    assertThat(items()).hasSizeGreaterThan(40).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void findQuantities_defaultEngine_findsNothing(String item) {
    assertThat(DEFAULT.findQuantities(item)).as(item).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void findQuantities_allNumbersEngine_findsNothing(String item) {
    assertThat(ALL_NUMBERS.findQuantities(item)).as(item).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void audit_everyNumeralOfItemIsRejected(String item) {
    // What is not a quantity must be accounted for: audit lists at least one rejection.
    assertThat(DEFAULT.audit(item)).as(item).isNotEmpty();
    assertThat(ALL_NUMBERS.audit(item)).as(item).isNotEmpty();
  }
}
