package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.number.CharSet;
import java.util.List;

/**
 * E2: Chinese and Arabic digits mixed in one number, ERROR (GB/T 15835 5.3): {@code 1百零8}, {@code
 * 一百08}, {@code 3千五百} → {@code 108}, {@code 108}, {@code 3500}.
 *
 * <p>A token is reported only when an Arabic digit touches a place word (十百千) or a Chinese zero,
 * and a Chinese digit is part of the same numeral: {@code 统一10项} and {@code “十四五”2021年} are two
 * words side by side, not one mixed number. Zero look-alikes in years ({@code 二0一八年}) are A4.
 */
final class MixedNumeralRule extends CatalogueRule {
  private static final int MAX_TOKEN = 20;
  /** Arabic digits and the Chinese numerals; a set, since it is tested at every character. */
  private static final CharSet NUMERALS = CharSet.of("0123456789零〇一二三四五六七八九十百千");

  MixedNumeralRule() {
    super("E2", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!numeral(t.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && numeral(t.charAt(i)) && i - from < MAX_TOKEN) i++;
      report(c, from, i, out);
      while (i < n && numeral(t.charAt(i))) i++; // the rest of an over-long token
    }
  }

  private void report(CheckContext c, int from, int to, List<Finding> out) {
    String t = c.text;
    boolean arabicTouches = false;
    boolean chinese = false;
    for (int k = from; k < to; k++) {
      char ch = t.charAt(k);
      if (Forms.digit(ch)) {
        if (placeOrZero(Forms.at(t, k - 1)) && k > from || placeOrZero(Forms.at(t, k + 1)) && k + 1 < to) {
          arabicTouches = true;
        }
      } else if (Forms.cnDigit(ch) >= 0 && ch != '两') {
        chinese = true;
      }
    }
    boolean place = false;
    for (int k = from; k < to; k++) {
      if ("十百千".indexOf(t.charAt(k)) >= 0) place = true;
    }
    if (!arabicTouches || !chinese || !place) return;
    long value = value(t, from, to);
    String fixed = value < 0 ? null : Long.toString(value);
    String text = t.substring(from, to);
    out.add(c.finding(id(), severity(), from, to,
        "同一数值中汉字数字与阿拉伯数字混用：“" + text + "”"
            + (fixed == null ? "" : "，应为“" + fixed + "”"), fixed));
  }

  /** The value of a mixed numeral below 万, or -1 if it does not read as one. */
  private static long value(String t, int from, int to) {
    long section = 0;
    long num = -1;
    int lastPlace = Integer.MAX_VALUE;
    int k = from;
    while (k < to) {
      char ch = t.charAt(k);
      if (Forms.digit(ch)) {
        int d = k;
        while (k < to && Forms.digit(t.charAt(k))) k++;
        if (k - d > 6) return -1;
        num = Long.parseLong(t.substring(d, k));
        continue;
      }
      int place = ch == '千' ? 1000 : ch == '百' ? 100 : ch == '十' ? 10 : 0;
      if (place > 0) {
        if (place >= lastPlace) return -1;
        section += (num < 0 ? (place == 10 ? 1 : -1) : num) * place;
        if (num < 0 && place != 10) return -1;
        lastPlace = place;
        num = -1;
      } else {
        int v = Forms.cnDigit(ch);
        if (v < 0) return -1;
        num = v == 0 ? (num < 0 ? -1 : num) : v;
        if (v == 0) num = -1;
      }
      k++;
    }
    return section + Math.max(num, 0);
  }

  private static boolean numeral(char ch) {
    return NUMERALS.contains(ch);
  }

  private static boolean placeOrZero(char ch) {
    return "十百千零〇".indexOf(ch) >= 0;
  }
}
