package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabytes of pathological repetition: the finders stay linear (well inside a generous bound)
 * and never throw.
 */
class AdversarialInputTest {
  private static final Zhibiao DEFAULT = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();
  private static final int SIZE = 1_500_000;
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1);
  }

  @ParameterizedTest(name = "''{0}'' repeated")
  @ValueSource(strings = {"1", "万", "一", "1万", "约", "%", "1.", "第一", "二〇", "１", "1,000,",
      "1\n", "一\n\n", "约1万元以上", "１２，", "十三五", "百分之", "翻一", "1-", "3至", " 1", "亿元"})
  void findQuantitiesAndAudit_megabytesOfRepetition_fastAndNoThrow(String unit) {
    String text = repeat(unit);
    assertThat(text.length()).isGreaterThanOrEqualTo(SIZE);
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      List<Quantity> found = assertTimeoutPreemptively(BOUND, () -> z.findQuantities(text),
          () -> "findQuantities on '" + unit + "' x " + text.length() / unit.length());
      List<Rejection> rejected = assertTimeoutPreemptively(BOUND, () -> z.audit(text),
          () -> "audit on '" + unit + "' x " + text.length() / unit.length());
      int lastEnd = 0;
      for (Quantity q : found) {
        assertThat(q.span().start()).isGreaterThanOrEqualTo(lastEnd);
        assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
        lastEnd = q.span().end();
      }
      for (Rejection r : rejected) {
        assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
      }
    }
  }

  @Test
  void normalize_megabytesOfDoubledLines_fast() {
    // Short doubled lines are each checked by the (cubic) doubled-run repair; many of them. Each
    // ends a sentence, so that no column break joins them.
    String text = "发布发布108108个项目个项目。。\n".repeat(60_000);
    String normalized = assertTimeoutPreemptively(BOUND, () -> DEFAULT.normalize(text).text());
    assertThat(normalized.length()).isEqualTo("发布108个项目。\n".length() * 60_000);
    assertThat(normalized.substring(0, 20)).isEqualTo("发布108个项目。\n发布108个项目。\n");
    List<Quantity> found = assertTimeoutPreemptively(BOUND, () -> DEFAULT.findQuantities(text));
    assertThat(found).hasSize(60_000);
    assertThat(found.get(1).text()).isEqualTo("108108个");
  }

  @Test
  void normalize_manyLinesAndOneDeletionAtTheEnd_fast() {
    // Line widths leave out deleted characters. Looking for the next deletion afresh from each
    // of the million lines would scan to the end of the text each time.
    String text = "一\n".repeat(1_000_000) + "山西：发布发布108108个混改项目个混改项目";
    String normalized = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> DEFAULT.normalize(text).text());
    assertThat(normalized).isEqualTo("一".repeat(1_000_000) + "山西：发布108个混改项目");
  }

  @Test
  void audit_hundredDigitNumber_rejectedTooLong() {
    String digits = "7".repeat(100);
    String text = "总额" + digits + "元。";
    assertThat(DEFAULT.findQuantities(text)).isEmpty();
    List<Rejection> rejected = DEFAULT.audit(text);
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).reason()).isEqualTo(RejectionReason.TOO_LONG);
    assertThat(rejected.get(0).span().start()).isEqualTo(2);
    assertThat(rejected.get(0).span().end()).isGreaterThanOrEqualTo(102);
  }

  @Test
  void audit_hundredFullWidthDigits_rejectedTooLong() {
    String digits = "７".repeat(100);
    List<Rejection> rejected = DEFAULT.audit(digits);
    assertThat(rejected).extracting(Rejection::reason).containsExactly(RejectionReason.TOO_LONG);
    assertThat(rejected.get(0).text()).isEqualTo(digits);
  }
}
