package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The anchored searches of the rules give exactly the matches (and groups) of a plain {@link
 * Matcher#find()} over the whole text.
 */
class AnchoredTest {
  private static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) out.add(describe(m));
    return out;
  }

  private static List<String> anchored(Anchored a, String text) {
    List<String> out = new ArrayList<>();
    a.forEachMatch(text, m -> out.add(describe(m)));
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append(m.group(g));
    return b.toString();
  }

  @Test
  void examples() {
    String text = "投资减少了3倍，产量降低两倍多；约3亿元左右，超过5万人以上，近百余家。2023年2月30日，13月";
    assertThat(anchored(DecreaseMultipleRule.NEAR_TIMES, text))
        .isEqualTo(plain(DecreaseMultipleRule.DECREASE_TIMES, text)).hasSize(2);
    assertThat(anchored(ApproximationRule.NEAR_MARKERS, text))
        .isEqualTo(plain(ApproximationRule.PAIR, text)).hasSize(3);
    assertThat(anchored(ImpossibleValueRule.NEAR_MONTH, text))
        .isEqualTo(plain(ImpossibleValueRule.DATE, text)).hasSize(2);
  }

  @Test
  void theLongestMatchesFitTheirWindows() {
    String text = "甲2023 年 12 月 31 日乙降低了123456.1234倍多丙约123456789012,123456789012,123456789012,"
        + "123456789012,123456789012万亿元人民币左右";
    assertThat(anchored(ImpossibleValueRule.NEAR_MONTH, text)).containsExactly(
        "1-17|12023|812|1331");
    assertThat(anchored(DecreaseMultipleRule.NEAR_TIMES, text))
        .isEqualTo(plain(DecreaseMultipleRule.DECREASE_TIMES, text)).hasSize(1);
    assertThat(anchored(ApproximationRule.NEAR_MARKERS, text))
        .isEqualTo(plain(ApproximationRule.PAIR, text)).hasSize(1);
  }

  @Property(tries = 3000)
  void decreaseTimes(@ForAll("times") String text) {
    assertThat(anchored(DecreaseMultipleRule.NEAR_TIMES, text))
        .isEqualTo(plain(DecreaseMultipleRule.DECREASE_TIMES, text));
  }

  @Property(tries = 3000)
  void approximations(@ForAll("approximations") String text) {
    assertThat(anchored(ApproximationRule.NEAR_MARKERS, text))
        .isEqualTo(plain(ApproximationRule.PAIR, text));
  }

  @Property(tries = 3000)
  void dates(@ForAll("dates") String text) {
    assertThat(anchored(ImpossibleValueRule.NEAR_MONTH, text))
        .isEqualTo(plain(ImpossibleValueRule.DATE, text));
  }

  private static Arbitrary<String> texts(String... pieces) {
    return Arbitraries.of(pieces).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> times() {
    return texts("降低", "减少", "下降", "减", "降", "少", "低", "了", "3", "12", ".", "5", "两", "十", "百", "倍",
        "多", "至", "不", "增", "，", "1234567");
  }

  @Provide
  Arbitrary<String> approximations() {
    return texts("大约", "约", "将近", "接近", "近", "超过", "逾", "至少", "不到", "不足", "3", "12", ",", ".", "500",
        "一", "百", "万", "亿", "余", "多", "元", "左右", "以上", "以下", "上下", "开外", "%", "，", "最", "123456789012",
        "两", "千", "〇", "不断", "至今", "大力");
  }

  @Provide
  Arbitrary<String> dates() {
    return texts("2023", "年", "12", "1", "3", "月", "日", "30", " ", "至", ".", "~", "-", "，", "份", "13",
        "\t", "\n", "\u3000", "岁", "本");
  }
}
