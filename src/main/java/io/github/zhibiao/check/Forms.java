package io.github.zhibiao.check;

import io.github.zhibiao.Span;
import io.github.zhibiao.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Character classes and small helpers shared by the A (text-extraction) and E (number-form)
 * rules. Every method is linear in what it reads and never throws on any text.
 */
final class Forms {
  /** Chinese digits, in value order: 〇 and 零 are both zero. */
  private static final String CN_DIGITS = "〇一二三四五六七八九";

  private Forms() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An ASCII or full-width digit. */
  static boolean anyDigit(char c) {
    return digit(c) || (c >= '０' && c <= '９');
  }

  /** Whether a run of ASCII digits starts at {@code i}: a digit not after a digit or a point. */
  static boolean startsDigits(String s, int i) {
    return digit(s.charAt(i)) && !digit(at(s, i - 1)) && at(s, i - 1) != '.';
  }

  /** The end of the Arabic number at {@code from}: digits, group commas, one decimal part. */
  static int numberEnd(String s, int from) {
    int k = from;
    while (k < s.length() && (digit(s.charAt(k)) || ((s.charAt(k) == '.' || s.charAt(k) == ',')
        && digit(at(s, k + 1))))) {
      k++;
    }
    return k;
  }

  /** The Chinese digit of {@code d} (0 to 9): 〇, 一 … 九. */
  static char cnDigitChar(int d) {
    return CN_DIGITS.charAt(d);
  }

  /** The end of the run of ASCII digits at {@code i}. */
  static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && digit(s.charAt(j))) j++;
    return j;
  }

  static boolean han(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  /** The value of a Chinese digit ({@code 零} and {@code 〇} are 0, {@code 两} is 2), or -1. */
  static int cnDigit(char c) {
    if (c == '零') return 0;
    if (c == '两') return 2;
    return CN_DIGITS.indexOf(c);
  }

  /** 一 to 九: the Chinese digits that cannot be a zero look-alike. */
  static boolean cnNonZero(char c) {
    int v = CN_DIGITS.indexOf(c);
    return v > 0;
  }

  static boolean inlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }

  static char at(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
  }

  static boolean startsWithAny(String s, int i, String... words) {
    return startsWithAny(s, i, java.util.Arrays.asList(words));
  }

  static boolean startsWithAny(String s, int i, Iterable<String> words) {
    for (String w : words) {
      if (s.startsWith(w, i)) return true;
    }
    return false;
  }

  static boolean endsWithAny(String s, int end, String... words) {
    return endsWithAny(s, end, java.util.Arrays.asList(words));
  }

  static boolean endsWithAny(String s, int end, Iterable<String> words) {
    for (String w : words) {
      if (end >= w.length() && s.startsWith(w, end - w.length())) return true;
    }
    return false;
  }

  /** {@code v} in plain notation without trailing zeros: 3000, 0.46. */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) s = s.setScale(0);
    return s.toPlainString();
  }

  /** 1 to 99 in Chinese numerals (二十, 十五, 三十四); null outside that range. */
  static String chinese(int n) {
    if (n < 1 || n > 99) return null;
    if (n < 10) return String.valueOf(CN_DIGITS.charAt(n));
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(CN_DIGITS.charAt(tens))) + "十"
        + (ones == 0 ? "" : String.valueOf(CN_DIGITS.charAt(ones)));
  }

  /**
   * What normalization deleted: for each gap, {@code {i, from, to}} where the original characters
   * {@code [from, to)} were deleted just before normalized index {@code i} (a column break, a
   * doubled run, a stray space). In text order; one step per gap ({@link
   * NormalizedText#deletions()}). Rules read it once per text through {@link
   * CheckContext#deletions()}.
   */
  static List<int[]> deletions(NormalizedText t) {
    List<Span> runs = t.deletions();
    List<int[]> out = new ArrayList<>(runs.size());
    int deleted = 0; // original characters deleted before the run
    for (Span run : runs) {
      // the kept characters before the run are run.start() - deleted: the gap's normalized index
      out.add(new int[] {run.start() - deleted, run.start(), run.end()});
      deleted += run.end() - run.start();
    }
    return out;
  }

  /**
   * The original characters of the normalized range {@code [from, to)}, without what normalization
   * deleted: {@code ９～16亿} stays full-width, a column break inside it goes.
   */
  static String kept(CheckContext c, int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    for (int k = from; k < to; k++) s.append(c.original.charAt(c.normalized.toOriginal(k)));
    return s.toString();
  }
}
