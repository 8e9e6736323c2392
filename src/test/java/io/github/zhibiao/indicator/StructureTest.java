package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Layout: headlines, paragraphs that continue across column breaks, sentences and clauses. */
class StructureTest {
  @Test
  void headlines_areShortLinesWithoutCommaOrFinalPunctuation() {
    String s = "广西：重大项目集中开工\n\n日前，广西举行重大项目集中开工仪式。\n";
    Structure st = Structure.of(s);
    assertThat(st.inHeadline(0)).isTrue();
    assertThat(st.inHeadline(s.indexOf("日前"))).isFalse();
    assertThat(st.headlineCount()).isEqualTo(1);
    assertThat(s.substring(st.headlineStart(0), st.headlineEnd(0))).isEqualTo("广西：重大项目集中开工");
    assertThat(st.nextLineIsBody(st.headlineEnd(0))).isTrue();
  }

  @Test
  void aLineEndingMidSentenceContinuesItsParagraph() {
    // PDF column break: 目前，道孚县农特产品加工园 / 区已完成…
    String s = "目前，道孚县农特产品加工园\n\n区已完成主体工程，入驻企业7家。\n\n另一段。";
    Structure st = Structure.of(s);
    int second = s.indexOf("区已完成");
    assertThat(st.paragraphStart(second)).isZero();
    assertThat(st.sentenceStart(second)).isZero();
    assertThat(st.paragraphStart(s.indexOf("另一段"))).isEqualTo(s.indexOf("另一段"));
  }

  @Test
  void aLineEndingInSemicolonContinuesItsParagraph_butEndsItsSentence() {
    String s = "投资超过1070亿元，同比增长49.9%；\n\n规模以上工业总产值超过5385亿元。";
    Structure st = Structure.of(s);
    int second = s.indexOf("规模");
    assertThat(st.paragraphStart(second)).isZero();
    assertThat(st.sentenceStart(second)).isEqualTo(s.indexOf("；") + 1);
  }

  @Test
  void bulletsStartParagraphs_clausesSplitAtCommas() {
    String s = "●甲地投资1亿元，乙地2亿元\n●丙地3亿元。";
    Structure st = Structure.of(s);
    assertThat(st.paragraphStart(s.indexOf("丙"))).isEqualTo(s.indexOf("●丙"));
    assertThat(st.clauseStart(s.indexOf("乙"))).isEqualTo(s.indexOf("乙"));
    assertThat(st.clauseEnd(s.indexOf("甲"))).isEqualTo(s.indexOf("乙"));
  }

  @Test
  void aDatelineIsAParagraphOfItsOwn() {
    String s = "新华社北京12月3日电（记者王希）国家统计局发布数据，前三季度GDP增长5%。";
    assertThat(Structure.datelineEnd(s, 0, s.length())).isEqualTo(s.indexOf("国家"));
    Structure st = Structure.of(s);
    assertThat(st.paragraphStart(s.indexOf("GDP"))).isEqualTo(s.indexOf("国家"));
    assertThat(st.sentenceStart(s.indexOf("国家"))).isEqualTo(s.indexOf("国家"));
    assertThat(st.inHeadline(0)).isFalse();
    String[] datelines = {"新华社北京12月3日电 国家", "本报讯（记者 李晓 通讯员 张三）日前", "中新社上海电 全市",
        "新华社北京十二月三日电 全国", "新华社三亚3日电 全市"};
    for (String d : datelines) {
      assertThat(Structure.datelineEnd(d, 0, d.length())).as(d).isEqualTo(d.length() - 2);
    }
    // counter-examples: a date and 电网, 通电 with a comma, a bare 电 without an agency in 社,
    // a line that opens with a date
    String[] others = {"北京12月3日电网负荷创新高", "项目已通电，", "北京电 全市", "3日电 全市", "12月3日讯 全市"};
    for (String o : others) {
      assertThat(Structure.datelineEnd(o, 0, o.length())).as(o).isZero();
    }
    // the agency in 社 must be on the line itself, not on a line before it
    String two = "中新社报道\n北京电 全市";
    int line = two.indexOf("北京");
    assertThat(Structure.datelineEnd(two, line, two.length())).isEqualTo(line);
    String agency = "上一行\n中新社上海电 全市";
    int start = agency.indexOf("中新社");
    assertThat(Structure.datelineEnd(agency, start, agency.length())).isEqualTo(agency.length() - 2);
  }

  @Test
  void oddInput_neverThrows() {
    for (String s : new String[] {"", "\n", "\n\n\n", "。", "●", "：", "a\rb", "\uD800"}) {
      Structure st = Structure.of(s);
      for (int p = 0; p <= s.length(); p++) {
        assertThat(st.sentenceStart(p)).isBetween(0, s.length());
        assertThat(st.paragraphEnd(p)).isBetween(0, s.length());
      }
    }
  }
}
