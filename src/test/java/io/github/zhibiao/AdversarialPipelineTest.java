package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.zhibiao.stats.Totals;
import io.github.zhibiao.text.NormalizedText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rest of the pipeline on megabytes of pathological repetition (AdversarialInputTest covers
 * findQuantities and audit): {@code normalize}, and {@code extract} with indicator typing, periods
 * and places, then {@code Totals}. Each stays well inside a generous bound and never throws.
 */
class AdversarialPipelineTest {
  private static final Zhibiao DEFAULT = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();
  private static final int SIZE = 1_000_000;
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1);
  }

  @ParameterizedTest(name = "''{0}'' repeated")
  @ValueSource(strings = {"1", "万", "一", "1万", "约", "%", "1.", "第一", "二〇", "1万元",
      "约1万元以上，", "1\n\n", "广西", "广西：1亿元\n", "“", "今年", "1-", "同比增长1%", "其中"})
  void normalize_megabytesOfRepetition_fastAndMapsBack(String unit) {
    String text = repeat(unit);
    NormalizedText n = assertTimeoutPreemptively(BOUND, () -> DEFAULT.normalize(text),
        () -> "normalize on '" + unit + "' x " + text.length() / unit.length());
    assertThat(n.original()).isSameAs(text);
    int last = 0;
    for (int i = 0; i < n.text().length(); i += 997) {
      int o = n.toOriginal(i);
      assertThat(o).isBetween(last, text.length());
      last = o;
    }
  }

  @ParameterizedTest(name = "''{0}'' repeated")
  @ValueSource(strings = {"1", "万", "一", "1万", "约", "%", "1.", "第一", "二〇", "1万元",
      "1\n\n", "广西：1亿元\n", "1-", "同比增长1%"})
  void extract_megabytesOfRepetition_fastAndNoThrow(String unit) {
    String text = repeat(unit);
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      Document d = assertTimeoutPreemptively(BOUND,
          () -> z.extract(text, LocalDate.of(2018, 8, 5)),
          () -> "extract on '" + unit + "' x " + text.length() / unit.length());
      assertThat(d.text()).isSameAs(text);
      int previous = -1;
      for (Indicator i : d.indicators()) {
        assertThat(i.span().start()).isGreaterThan(previous);
        assertThat(i.span().end()).isLessThanOrEqualTo(text.length());
        previous = i.span().start();
      }
      if (z == DEFAULT) {
        assertTimeoutPreemptively(BOUND, () -> Totals.standard().of(Map.of("a", d)));
      }
    }
  }

  /**
   * A figure and a period every five characters and no clause break (second read of 2026-12-08):
   * the search for a same time of another year opening the figure's clause read every period of
   * the clause, which was the whole text (26 s for a million characters, 148 s for two million).
   */
  @org.junit.jupiter.api.Test
  void extract_figuresAndPeriodsWithoutClauseBreaks_linear() {
    String text = "七八年三月".repeat(400_000);
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DEFAULT.extract(text));
    assertThat(d.indicators()).hasSize(400_000);
  }

  @org.junit.jupiter.api.Test
  void extract_manyLinesThatLookLikeADateline_linear() {
    // Each 北京地区停电 line ends in 电 like 新华社北京电 and is checked for an agency in 社; a
    // search back from the line's end to the document's start made three megabytes take 40 s.
    String unit = "北京地区停电\n\n投资5亿元。\n\n";
    String text = unit.repeat(3_000_000 / unit.length());
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> DEFAULT.extract(text, LocalDate.of(2018, 8, 5)));
    assertThat(d.indicators()).hasSize(text.length() / unit.length());
    assertThat(d.indicators().get(0).text()).isEqualTo("5亿元");
  }

  /** The documented bound: a run of {@link Zhibiao#MAX_DIGITS} digits is parsed, one more is not. */
  @org.junit.jupiter.api.Test
  void digitRuns_atTheLimitParsed_beyondItRejectedUnparsed() {
    assertThat(Zhibiao.MAX_DIGITS).isEqualTo(64);
    String limit = "9".repeat(Zhibiao.MAX_DIGITS);
    List<Quantity> found = DEFAULT.findQuantities("总额" + limit + "元。");
    assertThat(found).extracting(Quantity::text).containsExactly(limit + "元");
    assertThat(found.get(0).value()).isEqualTo(new java.math.BigDecimal(limit));

    String over = "9".repeat(Zhibiao.MAX_DIGITS + 1);
    assertThat(DEFAULT.findQuantities("总额" + over + "元。")).isEmpty();
    assertThat(DEFAULT.audit("总额" + over + "元。")).extracting(Rejection::reason)
        .containsExactly(RejectionReason.TOO_LONG);
    Document d = DEFAULT.extract("总额" + over + "元。" + "9".repeat(1_000_000) + "亿元");
    assertThat(d.quantities()).isEmpty();
    assertThat(d.indicators()).isEmpty();
  }
}
