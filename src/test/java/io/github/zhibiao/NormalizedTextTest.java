package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.text.NormalizedText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Normalization only deletes characters or replaces one by one, and maps back exactly. The random
 * round trip compares {@link NormalizedText#toOriginal(int)} with a deliberately naive reference.
 */
class NormalizedTextTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static final List<String> ALPHABET = List.of(
      "0", "1", "2", "5", "9", "０", "１", "５", "９", "Ａ", "ｚ", "a", "Z",
      "一", "十", "万", "亿", "元", "亩", "个", "年", "约", "余", "发布", "项目",
      "%", "％", "﹪", ".", "．", ",", "，", "。", "、", "：", "～", "〜", "~", "－", "−", "-", "＋", "+",
      "（", "）", "“", "”", " ", "  ", "\u3000", "\u00A0", "\t", "\n", "\n\n", "\r\n",
      "\uD83D\uDE00", "\uD800", "\uDC00", "●", "1、");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(ALPHABET).list().ofMaxSize(50).map(t -> String.join("", t));
  }

  @Provide
  Arbitrary<String> multiLineTexts() {
    // Lines of similar width, so that column-break joining (which needs full lines) happens.
    return Arbitraries.of(ALPHABET).list().ofMinSize(3).ofMaxSize(12)
        .map(t -> String.join("", t)).list().ofMinSize(2).ofMaxSize(8)
        .map(lines -> String.join("\n", lines));
  }

  @Property(tries = 1000)
  void toOriginal_randomText_matchesNaiveReference(@ForAll("texts") String original) {
    checkAgainstReference(original);
  }

  @Property(tries = 1000)
  void toOriginal_randomMultiLineText_matchesNaiveReference(
      @ForAll("multiLineTexts") String original) {
    checkAgainstReference(original);
  }

  /**
   * The reference walks the original and the normalized text with two pointers: each normalized
   * character is matched to the next original character that is equal to it after naive folding
   * (full-width U+FF01..U+FF5E to ASCII, 〜 to ~, and the few other one-to-one folds the
   * normalizer documents: ﹪ to %, − to -, no-break space to space, and any white space to the one
   * space kept between two words joined across a column break, which replaces the first white
   * space character after the line's last word, {@code \r} of {@code \r\n} included); original
   * characters matching nothing are deleted ones.
   */
  private static void checkAgainstReference(String original) {
    NormalizedText n = ZHIBIAO.normalize(original);
    assertThat(n.original()).isSameAs(original);
    String t = n.text();
    assertThat(t.length()).isLessThanOrEqualTo(original.length());
    int j = 0;
    int previous = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      while (j < original.length() && !(original.charAt(j) == c || fold(original.charAt(j)) == c)) {
        j++;
      }
      assertThat(j).as("normalized char %d '%s' of '%s' (from '%s') comes from the original",
          i, c, esc(t), esc(original)).isLessThan(original.length());
      int mapped = n.toOriginal(i);
      assertThat(mapped).as("toOriginal(%d) of '%s' → '%s'", i, esc(original), esc(t))
          .isEqualTo(j);
      assertThat(mapped).as("mapped indices strictly increase").isGreaterThan(previous);
      char o = original.charAt(mapped);
      assertThat(o == c || fold(o) == c).as("'%s' maps to '%s'", c, o).isTrue();
      previous = mapped;
      j++;
    }
    assertThat(n.toOriginal(t.length())).isEqualTo(original.length());
    // Spans round-trip: the mapped span runs from the first character to the last.
    for (int s = 0; s <= t.length(); s++) {
      for (int e = s; e <= t.length(); e++) {
        Span span = n.toOriginal(s, e);
        if (s == e) {
          assertThat(span.length()).isZero();
          assertThat(span.start()).isEqualTo(n.toOriginal(s));
        } else {
          assertThat(span).isEqualTo(new Span(n.toOriginal(s), n.toOriginal(e - 1) + 1));
        }
        assertThat(span.end()).isLessThanOrEqualTo(original.length());
      }
    }
  }

  private static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
    return switch (c) {
      case '〜' -> '~';
      case '﹪' -> '%';
      case '−' -> '-';
      case '\u00A0', '\n', '\r', '\t', '\u3000', '\f' -> ' ';
      default -> c;
    };
  }

  private static String esc(String s) {
    return s.replace("\n", "\\n").replace("\u3000", "\\u3000");
  }

  // ---------------------------------------------------------------- examples

  @Example
  void normalize_doubledHeadline_repaired() {
    NormalizedText n = ZHIBIAO.normalize("山西：发布发布108108个混改项目个混改项目");
    assertThat(n.text()).isEqualTo("山西：发布108个混改项目");
    // "108个" maps to the original from the first '1' to '个': "108108个" (NormalizedText's
    // Javadoc example says [7, 17), which would be "108108个混改项"; [7, 14) is the right span).
    assertThat(n.toOriginal(5, 9)).isEqualTo(new Span(7, 14));
    assertThat(n.toOriginal(5, 9).slice(n.original())).isEqualTo("108108个");
    assertThat(n.isLengthPreserving()).isFalse();
  }

  @Example
  void normalize_deletionAtTheVeryEnd_isNotLengthPreserving() {
    // The repaired run ends the text: no kept character follows the deletion.
    NormalizedText n = ZHIBIAO.normalize("发布发布发布发布");
    assertThat(n.text()).isEqualTo("发布发布");
    assertThat(n.isLengthPreserving()).isFalse();
    assertThat(n.toOriginal(4)).isEqualTo(8);
    assertThat(ZHIBIAO.normalize("增长8% ").isLengthPreserving()).isTrue();
  }

  @Example
  void normalize_genuineReduplication_unchanged() {
    for (String s : List.of("常常看看", "1111", "研究研究", "看看常常", "讨论讨论")) {
      NormalizedText n = ZHIBIAO.normalize(s);
      assertThat(n.text()).as(s).isEqualTo(s);
      assertThat(n.isLengthPreserving()).as(s).isTrue();
    }
  }

  @Example
  void normalize_doubledHeadlineWithOneCharacterChunkAtEitherEnd_repaired() {
    // The quick check before the table looks for a chunk repeated at once at each end.
    assertThat(ZHIBIAO.normalize("全全年年经济经济增长增长").text()).isEqualTo("全年经济增长");
    assertThat(ZHIBIAO.normalize("经济增长经济增长快快").text()).isEqualTo("经济增长快");
    // After the 省份： prefix the first chunk is " 发布", beginning with a space.
    assertThat(ZHIBIAO.normalize("山西： 发布 发布108108个混改项目个混改项目").text())
        .isEqualTo("山西： 发布108个混改项目");
  }

  @Example
  void normalize_doubledHeadlineWhoseCopiesFoldDifferently_repaired() {
    // Only the second ％ of each pair follows a digit and folds; the copies still match.
    assertThat(ZHIBIAO.normalize("工业增长工业增长8585％％").text()).isEqualTo("工业增长85%");
    assertThat(ZHIBIAO.normalize("％增长8％增长8工业工业").text()).isEqualTo("％增长8工业");
  }

  @Example
  void normalize_lineDoubledOnlyAtItsEnds_unchanged() {
    // Passes the quick check (发布发布…项目项目) but the middle is not doubled.
    for (String s : List.of("发布发布了一批重大项目项目", "山西：发布发布了一批重大项目项目")) {
      assertThat(ZHIBIAO.normalize(s).text()).as(s).isEqualTo(s);
    }
  }

  @Example
  void normalize_nothingToChange_returnsTheOriginalString() {
    String s = "全年完成投资2262亿元，同比增长8.5%。\n\n一、工业生产";
    assertThat(ZHIBIAO.normalize(s).text()).isSameAs(s);
    assertThat(ZHIBIAO.normalize("").text()).isEmpty();
    // Changed 1:1 but nothing deleted: a new string, also where only a line break became a space.
    assertThat(ZHIBIAO.normalize("增长８％").text()).isEqualTo("增长8%");
    NormalizedText joined = ZHIBIAO.normalize("per\ncent");
    assertThat(joined.text()).isEqualTo("per cent");
    assertThat(joined.isLengthPreserving()).isTrue();
  }

  @Example
  void normalize_deletionsAtTheStartAndTheEnd_mapped() {
    NormalizedText n = ZHIBIAO.normalize("1 亿元");
    assertThat(n.text()).isEqualTo("1亿元");
    assertThat(List.of(n.toOriginal(0), n.toOriginal(1), n.toOriginal(3))).containsExactly(0, 2, 4);
    // The last doubled run reaches the end of the text; with a final line break it does not.
    NormalizedText h = ZHIBIAO.normalize("北京北京：：保障房开工保障房开工55万套55万套");
    assertThat(h.text()).isEqualTo("北京：保障房开工55万套");
    assertThat(h.toOriginal(11)).isEqualTo(19);
    assertThat(h.toOriginal(12)).isEqualTo(24);
    assertThat(h.toNormalized(20)).isEqualTo(12);
    NormalizedText l = ZHIBIAO.normalize("北京北京：：保障房开工保障房开工55万套55万套\n");
    assertThat(l.text()).isEqualTo("北京：保障房开工55万套\n");
    assertThat(l.toOriginal(12)).isEqualTo(24);
  }

  @Example
  void deletions_theRunsOfTheOriginalThatWereDeleted() {
    NormalizedText h = ZHIBIAO.normalize("北京北京：：保障房开工保障房开工55万套55万套");
    // the second copies; the last one reaches the end of the text, where the map has no entry
    assertThat(h.deletions())
        .containsExactly(new Span(2, 4), new Span(5, 6), new Span(11, 16), new Span(20, 24));
    assertThat(ZHIBIAO.normalize("1 亿元").deletions()).containsExactly(new Span(1, 2));
    assertThat(ZHIBIAO.normalize("4400余万\n\n元").deletions()).containsExactly(new Span(6, 8));
    assertThat(ZHIBIAO.normalize("增长８％").deletions()).isEmpty();
    assertThat(ZHIBIAO.normalize("").deletions()).isEmpty();
  }

  @Property(tries = 1000)
  void deletions_andTheKeptCharacters_partitionTheOriginal(
      @ForAll("multiLineTexts") String original) {
    NormalizedText n = ZHIBIAO.normalize(original);
    int[] owner = new int[original.length()]; // 1 kept, 2 deleted
    for (int i = 0; i < n.text().length(); i++) owner[n.toOriginal(i)] += 1;
    int lastEnd = -1;
    for (Span d : n.deletions()) {
      assertThat(d.start()).as("in order, not adjacent: %s", d).isGreaterThan(lastEnd);
      assertThat(d.end()).isGreaterThan(d.start());
      for (int k = d.start(); k < d.end(); k++) owner[k] += 2;
      lastEnd = d.end();
    }
    for (int k = 0; k < owner.length; k++) {
      assertThat(owner[k]).as("original index %d of %s", k, original).isIn(1, 2);
    }
  }

  @Example
  void normalize_columnWrappedParagraph_joined() {
    String original = "全区重大项目总投资约2262亿元，同比增长8.5%，其中工业项目\n"
        + "完成投资1200亿元，服务业项目完成投资800亿元，基础设施项目\n"
        + "完成投资262亿元，均比上年有较大幅度增长，为全年经济平稳运行\n"
        + "奠定了坚实基础。";
    NormalizedText n = ZHIBIAO.normalize(original);
    assertThat(n.text()).isEqualTo(original.replace("\n", ""));
    List<Quantity> found = ZHIBIAO.findQuantities(original);
    assertThat(found).extracting(Quantity::text)
        .containsExactly("约2262亿元", "8.5%", "1200亿元", "800亿元", "262亿元");
  }

  @Example
  void normalize_columnBreak_joinedOnlyAfterALineOfTheUsualWidth() {
    // The usual width is the 80th percentile of the line widths: that of b, c and d here, not
    // e's. a is narrower than 0.8 of it, so its break stays; the others are joined. Once with
    // short lines (the widths are counted), once with few wide ones (the widths are sorted).
    for (int scale : new int[] {1, 10}) {
      String a = ideographs(0, 10 * scale);
      String b = ideographs(10 * scale, 15 * scale);
      String c = ideographs(25 * scale, 15 * scale);
      String d = ideographs(40 * scale, 15 * scale);
      String e = ideographs(55 * scale, 20 * scale);
      assertThat(ZHIBIAO.normalize(String.join("\n", a, b, c, d, e)).text()).as("scale %d", scale)
          .isEqualTo(a + "\n" + b + c + d + e);
    }
  }

  /** Distinct ideographs, so that no line looks doubled and none starts a block. */
  private static String ideographs(int from, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) s.append((char) ('\u4E30' + from + k));
    return s.toString();
  }

  @Example
  void normalize_roundUpHeadlineBeforeABlankLine_keptApartFromItsBody() {
    // a double-spaced round-up: the first headline is the longest line, so it looks full, yet
    // joined it ran into its body (and its figures were counted twice)
    String original = "湖北：86个项目集中开工 总投资超400亿元\n\n日前，湖北省86个项目集中开工，总投资426.5亿元。\n\n"
        + "湖南：项目开工总投资超400亿元\n\n日前，湖南省项目集中开工，总投资520亿元。\n\n"
        + "江西：总投资426亿元项目开工\n\n日前，江西省项目集中开工，总投资426.5亿元。\n";
    assertThat(ZHIBIAO.normalize(original).text()).isEqualTo(original);
    // counter-example: a column-broken body line (no colon title) is still joined
    String body = "目前，道孚县农特产品加工园区的主体工程\n\n已经完成，入驻企业达到7家，带动就业\n\n"
        + "群众300人，项目总投资超过1.2亿元，其中\n\n中央投资5000万元。\n\n"
        + "另起一段，项目建设全面完成，全部投入使用。";
    assertThat(ZHIBIAO.normalize(body).text()).contains("主体工程已经完成", "带动就业群众");
    // counter-examples, joined: a colon after 据介绍, or a full line that ends in 达到, opens no headline
    String rest = "\n\n三万二千亿元，同比增长百分之五，利润总额增长百分之八\n\n点五，其中制造业利润增长百分之十，高于全部工业两个"
        + "\n\n百分点，工业经济运行总体平稳、稳中有进、质效提升。\n\n另起一段。";
    assertThat(ZHIBIAO.normalize("据介绍：前三季度全省规模以上工业企业实现营业收入达到" + rest).text())
        .contains("营业收入达到三万二千亿元");
    assertThat(ZHIBIAO.normalize("湖北：前三季度全省规模以上工业企业实现营业收入达到" + rest).text())
        .contains("营业收入达到三万二千亿元");
    assertThat(ZHIBIAO.normalize("据介绍：前三季度全省规模以上工业企业实现营业收入共计" + rest).text())
        .contains("营业收入共计三万二千亿元");
  }

  @Example
  void normalize_documentTitleOnTheFirstLine_keptApartFromItsBody() {
    // review 13: the title ran into the first metric (济和社会发展统计公报全年全市地区生产总值)
    for (String title : List.of("2023年全市国民经济和社会发展统计公报", "全市经济运行情况")) {
      String original = title + "\n全年全市地区生产总值4523.6亿元，比上年增长5.2%。";
      assertThat(ZHIBIAO.normalize(original).text()).isEqualTo(original);
      assertThat(ZHIBIAO.extract(original).indicators().get(0).metric()).isEqualTo("地区生产总值");
    }
    // counter-examples, joined: a first line that ends in another word; a title word on a later line
    // (only the first line can be a title, and this one has no year or 关于 and is as wide as the next)
    String column = "全市规模以上工业企业实现营业收入和利润总额均\n比上年有较大幅度增长，其中营业收入增长5%。";
    assertThat(ZHIBIAO.normalize(column).text()).isEqualTo(column.replace("\n", ""));
    // a body line ending in 情况, with no year or 关于 before it and as wide as the next (second read)
    String wrapped = "上半年全市规模以上工业企业生产经营情况\n总体平稳，实现工业增加值1200亿元，同比增长\n"
        + "6.5%，增速比一季度加快0.3个百分点，好于预期。";
    assertThat(ZHIBIAO.normalize(wrapped).text()).isEqualTo(wrapped.replace("\n", ""));
    String later = "全市规模以上工业企业实现营业收入同比增长的情况\n比上年有较大幅度改善的基本情况\n"
        + "较为平稳，营业收入增长5%。";
    assertThat(ZHIBIAO.normalize(later).text()).isEqualTo(later.replace("\n", ""));
  }

  @Example
  void normalize_numberSplitFromUnitAcrossColumnBreak_joined() {
    String original = "完成投资额4400余万\n\n元，同比增长２８．９％";
    assertThat(ZHIBIAO.normalize(original).text()).isEqualTo("完成投资额4400余万元，同比增长28.9%");
    Quantity q = ZHIBIAO.findQuantities(original).get(0);
    assertThat(q.text()).isEqualTo("4400余万\n\n元");
    assertThat(q.value()).isEqualByComparingTo("44000000");
  }

  @Example
  void normalize_paragraphBreakAfterFullStop_kept() {
    String original = "全年完成投资2262亿元，同比增长8.5%，增速比上年提高1.2个百分点。\n\n"
        + "全年新增就业1.2万人，城镇登记失业率控制在3%以内，完成全年目标任务。\n\n"
        + "一、工业生产";
    NormalizedText n = ZHIBIAO.normalize(original);
    assertThat(n.text()).isEqualTo(original);
    assertThat(n.text()).contains("。\n\n全年", "。\n\n一、");
  }

  @Example
  void normalize_straySpaceBeforeMagnitude_deleted() {
    NormalizedText n = ZHIBIAO.normalize("335.5 亿元");
    assertThat(n.text()).isEqualTo("335.5亿元");
    assertThat(n.toOriginal(5)).isEqualTo(6);
    assertThat(n.toOriginal(0, 7)).isEqualTo(new Span(0, 8));
  }

  @Example
  void normalize_fullWidthPercentAfterDigit_folds_proseCommaKept() {
    assertThat(ZHIBIAO.normalize("增长８％").text()).isEqualTo("增长8%");
    assertThat(ZHIBIAO.normalize("８．５％").text()).isEqualTo("8.5%");
    assertThat(ZHIBIAO.normalize("增长8%，利润").text()).isEqualTo("增长8%，利润");
    assertThat(ZHIBIAO.normalize("１２，５００元").text()).isEqualTo("12,500元");
    // ％ not after a digit stays full-width: it is not part of a number.
    assertThat(ZHIBIAO.normalize("％的").text()).isEqualTo("％的");
  }

  @Example
  void normalize_fullWidthDigitsAndLetters_foldAtTheEdgesOfTheirRanges() {
    // ０９ＡＺａｚ fold; their neighbours ／：＠［｀｛ do not; a no-break space becomes a space.
    assertThat(ZHIBIAO.normalize("／０９：＠ＡＺ［｀ａｚ｛\u00A0元").text()).isEqualTo("／09：＠AZ［｀az｛ 元");
  }

  @Example
  void normalize_everyNumberSymbol_foldsNextToDigits() {
    // One of each symbol the folding looks at (it skips all other characters up front).
    assertThat(ZHIBIAO.normalize("增长5﹪，下降−2，15〜20亿元，１２，５００元，＋３，－３，１．５％，８～９").text())
        .isEqualTo("增长5%，下降-2，15~20亿元，12,500元，+3，-3，1.5%，8~9");
  }

  @Example
  void toOriginal_outOfRange_throws() {
    NormalizedText n = ZHIBIAO.normalize("abc");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.toOriginal(4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.toOriginal(2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Example
  void toNormalized_isTheInverseOfToOriginal_onEverySeedAndDamagedText() throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>(List.of(
        "", "山西：发布发布108108个混改项目个混改项目", "完成投资额4400余万\n\n元，同比增长8.5%",
        "北京北京：：保障房开工保障房开工55万套", "  １２３  ", "a\n\nb"));
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
      for (var p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(java.nio.file.Files.readString(p));
      }
    }
    for (String t : texts) {
      assertInverse(t);
    }
  }

  @Property(tries = 500)
  void toNormalized_randomText_isTheInverseOfToOriginal(@ForAll("texts") String t) {
    assertInverse(t);
  }

  private static void assertInverse(String t) {
    {
      NormalizedText n = NormalizedText.of(t);
      int i = 0;
      for (int o = 0; o <= t.length(); o++) {
        // the definition: the smallest normalized index whose original position is at or after o
        while (i < n.text().length() && n.toOriginal(i) < o) i++;
        assertThat(n.toNormalized(o)).as("%s at %d", t.length() > 20 ? t.substring(0, 20) : t, o)
            .isEqualTo(i);
      }
    }
  }
}
