package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every positive corpus form, embedded in ordinary prose, is found exactly where it was inserted,
 * with the same value, unit and qualifier as alone.
 *
 * <p>The prefixes and suffixes are chosen so that they cannot legitimately change the parse:
 *
 * <ul>
 *   <li>no prefix ends in a qualifier or in a character that joins one ({@code 约 近 超 逾 不 将 大 接
 *       上 数 几 最}), a numeral, a digit, a letter, {@code 第}, {@code + - / .} or a space;
 *   <li>no suffix starts with a qualifier ({@code 以上 以下 左右 上下 多 余 有余}), a unit or unit-like
 *       character ({@code 元 人 个 年 月 日 成 折 级 /}), a range sign ({@code 至 到 ~ ～ -}), a digit, a
 *       numeral, a letter or a space;
 *   <li>no suffix contains a closing quote, so that the prefix {@code “} never makes a quoted
 *       name ({@code “4321”} is a name by design);
 *   <li>brackets and list punctuation ({@code （…）}, {@code ：…、}) are kept for every form: a list
 *       marker ({@code （二十九）}, {@code 一、}) is a small whole number, never a figure with a
 *       magnitude, unit or qualifier such as {@code （1.8万）};
 *   <li>line breaks only stand next to the form on their own ({@code \n} before or after, never a
 *       number at the end of one line and an ideograph at the start of the next, which the
 *       normalizer joins as a column break by design).
 * </ul>
 */
class ContextWrappingTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static final List<String> PREFIXES =
      List.of("", "据统计，", "全年", "（", "“", "全省", "。", "，其中", "\n", "共", "实现营业收入",
          "全区重大项目总投资", "今年以来，", "；", "：", "、", "比上年增长", "达");

  static final List<String> SUFFIXES =
      List.of("", "，比上年增长", "。", "，其中", "的", "\n", "和", "；", "）", "，同比增长",
          "、", "。\n\n据统计", "，为历史最高");

  static Stream<Arguments> embeddings() {
    List<Arguments> out = new ArrayList<>();
    for (Corpus.Form f : Corpus.quantities()) {
      for (String prefix : PREFIXES) {
        for (String suffix : SUFFIXES) {
          out.add(Arguments.of(f, prefix, suffix));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in ''{1}''…''{2}''")
  @MethodSource("embeddings")
  void findQuantities_formInProse_spanIsExactlyTheInsertedRegion(
      Corpus.Form f, String prefix, String suffix) {
    String text = prefix + f.form() + suffix;
    Quantity alone = single(f.form());
    List<Quantity> found = ZHIBIAO.findQuantities(text);
    assertThat(found).as("'%s': audit %s", text, ZHIBIAO.audit(text)).hasSize(1);
    Quantity q = found.get(0);
    Span expected = new Span(prefix.length(), prefix.length() + f.form().length());
    assertThat(q.span()).as("span in '%s'", text).isEqualTo(expected);
    assertThat(q.text()).isEqualTo(expected.slice(text)).isEqualTo(f.form());
    assertThat(q.value()).as("value in '%s'", text).isEqualTo(alone.value());
    assertThat(q.low()).as("low in '%s'", text).isEqualTo(alone.low());
    assertThat(q.high()).as("high in '%s'", text).isEqualTo(alone.high());
    assertThat(q.unit()).as("unit in '%s'", text).isEqualTo(alone.unit());
    assertThat(q.qualifier()).as("qualifier in '%s'", text).isEqualTo(alone.qualifier());
    assertThat(q.unitText()).as("unitText in '%s'", text).isEqualTo(alone.unitText());
  }

  /** The form alone, which QuantityCorpusTest checks against the expected values. */
  private static Quantity single(String form) {
    List<Quantity> found = ZHIBIAO.findQuantities(form);
    assertThat(found).as("'%s' alone (see QuantityCorpusTest)", form).hasSize(1);
    return found.get(0);
  }
}
