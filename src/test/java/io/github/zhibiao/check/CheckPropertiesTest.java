package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every rule on random and adversarial text: never throws (fail-fast), every finding's span is
 * valid and its text is the slice of the original, and the work stays linear.
 */
class CheckPropertiesTest {
  private static final Checker ALL = Checker.builder().failFast().build();

  /** Tokens: digits of both widths, numerals, units, breaks, doubled runs, surrogates. */
  static final List<String> ALPHABET = List.of(
      "0", "1", "2", "3", "5", "9", "０", "２", "９", "O", "o", "○", ".", "．", "。", ",", "，",
      "零", "〇", "一", "二", "三", "六", "七", "九", "十", "百", "千", "万", "亿", "几", "两", "点",
      "元", "亿元", "千伏", "个", "项", "年", "月", "日", "底", "%", "％", "～", "~", "-", "—", "至",
      "、", "（", "(", "：", "山西：", "发布发布", "108108", "个混改项目个混改项目", "顾顾", "阳阳",
      " ", "\u3000", "\n", "\n\n", "\t", "截至", "第", "投资", "\uD83D\uDE00", "\uD800", "\uDC00");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(ALPHABET).list().ofMinSize(0).ofMaxSize(60)
        .map(tokens -> String.join("", tokens));
  }

  @Property(tries = 2000)
  void check_anyText_neverThrows_spansValid(@ForAll("texts") String text) {
    for (Checker checker : List.of(ALL,
        Checker.builder().failFast().spacesAroundNumbers(true).build())) {
      List<Finding> found = checker.check(text);
      Finding last = null;
      for (Finding f : found) {
        assertThat(f.span().start()).isBetween(0, text.length());
        assertThat(f.span().end()).isBetween(f.span().start(), text.length());
        assertThat(f.text()).isEqualTo(f.span().slice(text));
        assertThat(f.message()).isNotBlank();
        if (last != null) assertThat(last.compareTo(f)).isLessThanOrEqualTo(0);
        last = f;
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void check_megabyteOfSplitDigits_finishes() {
    String text = "1\n".repeat(500_000);
    assertThat(ALL.check(text)).allSatisfy(f -> assertThat(f.text()).isEqualTo(f.span().slice(text)));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void check_megabyteOfDoubledText_finishes() {
    String line = "山西：发布发布108108个混改项目个混改项目\n";
    String text = line.repeat(1_000_000 / line.length());
    List<Finding> found = ALL.check(text);
    assertThat(found).isNotEmpty()
        .allSatisfy(f -> assertThat(f.text()).isEqualTo(f.span().slice(text)));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void check_megabyteOfDigitsAndNumerals_finishes() {
    String text = "1".repeat(300_000) + "千" + "一百".repeat(200_000) + "0" + "九".repeat(100_000)
        + "年" + ".5".repeat(100_000) + "15～".repeat(50_000) + "30%";
    assertThat(ALL.check(text)).allSatisfy(f -> assertThat(f.text()).isEqualTo(f.span().slice(text)));
  }
}
