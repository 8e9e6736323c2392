package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import io.github.zhibiao.text.NormalizedText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the finders on random text built from the characters that matter to them:
 * digits of both widths, Chinese numerals, units, qualifiers, punctuation, white space and
 * surrogates (paired and unpaired).
 */
class FinderPropertiesTest {
  private static final Zhibiao DEFAULT = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();

  /** The alphabet, as tokens: some are several characters long (个百分点, a surrogate pair). */
  static final List<String> ALPHABET = List.of(
      "0", "1", "2", "3", "5", "8", "9", "０", "１", "２", "５", "９",
      "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿",
      "元", "亩", "%", "％", "个", "年", "月", "日", "个百分点",
      "约", "余", "多", "以上", "左右",
      "，", "。", "、", "（", "）", "“", "”", "~", "～", "-", ".", "．", ",", "，",
      " ", "\n", "\u3000", "\t",
      "\uD83D\uDE00", "\uD800", "\uDC00", "第", "分之", "翻", "番", "点", "至", "亿元", "万元");

  /** Characters whose every occurrence audit and findQuantities together must account for. */
  static final String NUMERAL_CHARS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十百千万亿";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(ALPHABET).list().ofMinSize(0).ofMaxSize(40)
        .map(tokens -> String.join("", tokens));
  }

  @Provide
  Arbitrary<String> singleLineTexts() {
    return texts().map(t -> t.replace("\n", ""));
  }

  @Property(tries = 1000)
  void findQuantities_anyText_spansValidOrderedAndDisjoint(@ForAll("texts") String text) {
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      assertValidQuantities(text, z.findQuantities(text));
    }
  }

  @Property(tries = 1000)
  void audit_anyText_rejectionsValidAndOrdered(@ForAll("texts") String text) {
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      List<Rejection> rejected = z.audit(text);
      int lastStart = 0;
      for (Rejection r : rejected) {
        assertValidSpan(text, r.span());
        assertThat(r.text()).isEqualTo(r.span().slice(text));
        assertThat(r.span().start()).as("rejections in text order: %s", rejected)
            .isGreaterThanOrEqualTo(lastStart);
        lastStart = r.span().start();
      }
      // A run is either reported or rejected, never both.
      for (Quantity q : z.findQuantities(text)) {
        for (Rejection r : rejected) {
          assertThat(q.span().overlaps(r.span()))
              .as("quantity %s '%s' overlaps rejection %s", q.span(), q.text(), r).isFalse();
        }
      }
    }
  }

  /**
   * Embedding is neutral when the text stands alone on its line, between paragraphs that end in
   * 。: no character can merge across a blank line after 。. The text is kept on one line because
   * column-break joining depends on document-wide statistics (the usual line width and whether
   * the document is double-spaced), which extra lines legitimately change.
   */
  @Property(tries = 1000)
  void findQuantities_embeddedBetweenParagraphs_sameResultsShifted(
      @ForAll("singleLineTexts") String text) {
    String prefix = "前言。\n\n";
    String suffix = "\n\n。后记";
    String embedded = prefix + text + suffix;
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      assertThat(summarize(z.findQuantities(embedded), prefix.length()))
          .as("'%s' embedded", text)
          .containsExactlyElementsOf(summarize(z.findQuantities(text), 0));
      assertThat(summarizeRejections(z.audit(embedded), prefix.length()))
          .as("audit of '%s' embedded", text)
          .containsExactlyElementsOf(summarizeRejections(z.audit(text), 0));
    }
  }

  /**
   * Every digit or numeral character that survives normalization lies inside a reported quantity
   * or a rejection. (Characters the normalizer deletes, the second copy of a doubled headline,
   * are not part of the scanned text.)
   */
  @Property(tries = 1000)
  void auditAndFind_anyText_coverEveryNumeral(@ForAll("texts") String text) {
    assertCoverage(text);
  }

  /** Found by the property above (shrunk sample {@code 0以上十}): 上 of 以上 is used twice. */
  @Example
  void findQuantities_boundWordBeforeNumeral_quantitiesDisjoint() {
    for (String text : List.of("0以上十", "增长3%以上十个", "5000万元以上百家企业")) {
      assertValidQuantities(text, ALL_NUMBERS.findQuantities(text));
      assertValidQuantities(text, DEFAULT.findQuantities(text));
    }
  }

  /**
   * Found by {@code audit_anyText_rejectionsValidAndOrdered} (shrunk sample {@code .零-十0}): the
   * code 零- took the hyphen that is the sign of the number after it.
   */
  @Example
  void audit_codeBeforeASignedNumber_spansDisjoint() {
    for (String text : List.of(".零-十0", "A1-5亿元", "PM2.5-10%")) {
      for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
        for (Quantity q : z.findQuantities(text)) {
          for (Rejection r : z.audit(text)) {
            assertThat(q.span().overlaps(r.span()))
                .as("%s: quantity %s overlaps rejection %s", text, q, r).isFalse();
          }
        }
      }
    }
  }

  @Example
  void auditAndFind_everySuffixOfSeedSentences_terminateAndStayValid() throws IOException {
    List<String> sentences = new ArrayList<>(List.of(
        "全区重大项目总投资约２２６２亿元，同比增长８．５％。",
        "完成投资额4400余万\n\n元，同比增长２８．９％",
        "山西：发布发布108108个混改项目个混改项目",
        "2018年1-5月，全省规模以上工业增加值同比增长7.3%，比上年同期提高1.5个百分点。",
        "十九届二中全会提出，到2020年实现“十三五”规划目标，GDP比2010年翻一番，约二三十个城市。",
        "（二十九）推进“一带一路”建设，PM2.5浓度下降15%～20%，新增就业1.2万人，3万4000元。",
        "近千家企业、上百个项目、数百亿元投资，30万～50万元，9～16亿，335.5 亿元，千分之三。"));
    Path seeds = Path.of("seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String doc = Files.readString(p, StandardCharsets.UTF_8);
          sentences.add(doc.substring(0, Math.min(doc.length(), 400)));
        }
      }
    }
    int checked = 0;
    for (String sentence : sentences) {
      for (int i = 0; i <= sentence.length(); i++) {
        String suffix = sentence.substring(i);
        for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
          assertValidQuantities(suffix, z.findQuantities(suffix));
          for (Rejection r : z.audit(suffix)) {
            assertValidSpan(suffix, r.span());
          }
        }
        assertCoverage(suffix);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  // ---------------------------------------------------------------- helpers

  private static void assertValidSpan(String text, Span span) {
    assertThat(span.start()).isBetween(0, span.end());
    assertThat(span.end()).isLessThanOrEqualTo(text.length());
  }

  private static void assertValidQuantities(String text, List<Quantity> found) {
    int lastEnd = 0;
    for (Quantity q : found) {
      assertValidSpan(text, q.span());
      assertThat(q.span().length()).as("empty quantity %s in '%s'", q, text).isPositive();
      assertThat(q.text()).isEqualTo(q.span().slice(text));
      assertThat(q.span().start()).as("quantities in order and disjoint: %s", found)
          .isGreaterThanOrEqualTo(lastEnd);
      lastEnd = q.span().end();
    }
  }

  static void assertCoverage(String text) {
    NormalizedText normalized = DEFAULT.normalize(text);
    BitSet kept = new BitSet(text.length());
    for (int i = 0; i < normalized.text().length(); i++) kept.set(normalized.toOriginal(i));
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      BitSet covered = new BitSet(text.length());
      List<Quantity> found = z.findQuantities(text);
      List<Rejection> rejected = z.audit(text);
      for (Quantity q : found) covered.set(q.span().start(), q.span().end());
      for (Rejection r : rejected) covered.set(r.span().start(), r.span().end());
      for (int i = 0; i < text.length(); i++) {
        if (NUMERAL_CHARS.indexOf(text.charAt(i)) >= 0 && kept.get(i)) {
          assertThat(covered.get(i))
              .as("'%s' at %d of '%s' (allNumbers=%s) is neither found nor rejected: %s %s",
                  text.charAt(i), i, text, z.reportsAllNumbers(), found, rejected)
              .isTrue();
        }
      }
    }
  }

  private static List<String> summarize(List<Quantity> found, int shift) {
    List<String> out = new ArrayList<>();
    for (Quantity q : found) {
      out.add((q.span().start() - shift) + "-" + (q.span().end() - shift) + " " + q.text() + " "
          + q.value() + " " + q.low() + " " + q.high() + " " + q.unit() + " " + q.unitText() + " "
          + q.qualifier());
    }
    return out;
  }

  private static List<String> summarizeRejections(List<Rejection> rejected, int shift) {
    List<String> out = new ArrayList<>();
    for (Rejection r : rejected) {
      out.add((r.span().start() - shift) + "-" + (r.span().end() - shift) + " " + r.text() + " "
          + r.reason());
    }
    return out;
  }
}
