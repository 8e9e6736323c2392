package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Invariants of indicator typing on random text made of what it reads: figures, keywords, places,
 * periods, headlines, bullets, quotes and punctuation.
 */
class IndicatorPropertiesTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static final List<String> TOKENS = List.of(
      "100亿元", "8.5%", "3个百分点", "2倍", "12个", "45人", "650公顷", "约", "超过", "以上", "项目",
      "企业", "总投资", "增加值", "同比", "增长", "下降", "高于", "低于", "占", "的", "比重", "计划",
      "力争", "已", "到2025年", "2018年", "上半年", "1-9月", "截至", "6月底", "今年", "全省", "全国",
      "广西", "吉林", "海南：", "川渝", "婺城区", "道孚县", "援建", "“", "”", "《", "》", "、", "，",
      "。", "；", "：", "\n", "\n\n", "●", " ", "其中", "分别", "\uD800", "新增", "青年");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(60)
        .map(tokens -> String.join("", tokens));
  }

  @Property(tries = 1500)
  void extract_anyText_indicatorsAreTheQuantities(@ForAll("texts") String text) {
    for (LocalDate date : new LocalDate[] {null, LocalDate.of(2018, 8, 5)}) {
      Document d = ZHIBIAO.extract(text, date);
      assertThat(d.quantities()).isEqualTo(ZHIBIAO.findQuantities(text));
      Set<Span> quantitySpans = new HashSet<>();
      for (Quantity q : d.quantities()) quantitySpans.add(q.span());
      Set<Span> seen = new HashSet<>();
      int previous = -1;
      for (Indicator i : d.indicators()) {
        assertThat(i.span().start()).isGreaterThan(previous);
        previous = i.span().start();
        for (Span s : i.mentions()) {
          assertThat(quantitySpans).contains(s);
          assertThat(seen.add(s)).as("each mention in one indicator").isTrue();
        }
        if (!i.type().isSigned()) assertThat(i.value()).isEqualTo(i.quantity().value());
        if (i.value() != null && i.type().isSigned()) {
          assertThat(i.value().abs()).isEqualByComparingTo(i.quantity().value());
        }
        if (i.period() != null) {
          assertThat(i.period().span().slice(text)).isEqualTo(i.period().text());
        }
        assertThat(i.metric()).doesNotContain("\n");
      }
      // every quantity is accounted for: a primary mention or a repetition
      assertThat(seen).isEqualTo(quantitySpans);
    }
  }

  @Test
  @Timeout(20)
  void longTextWithoutPunctuation_staysLinear() {
    // one endless clause: each figure reads a bounded window, not the clause
    String text = "广西总投资100亿元同比增长8.5%高于全国3个百分点计划".repeat(40_000);
    Document d = ZHIBIAO.extract(text);
    assertThat(d.indicators()).hasSize(120_000);
  }

  @Test
  @Timeout(20)
  void manyHeadlinesAndBlankLines_stayLinear() {
    String text = "广西：项目100亿元\n\n\n\n".repeat(30_000) + "正文。";
    assertThat(ZHIBIAO.extract(text).indicators()).isNotEmpty();
  }
}
