package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E6: a year in Chinese numerals shortened to two digits, ERROR (GB/T 15835 5.2.2: a year is not
 * shortened; {@code 七八年} reads as "seven or eight years"): {@code 九八年抗洪} → {@code 一九九八年},
 * {@code 〇八年奥运会} → {@code 二〇〇八年}.
 *
 * <p>Two digits that could be a 概数 (neighbours {@code 七八}, {@code 三四}, and {@code 三五}) are a
 * year only before a month: {@code 七八年三月}; {@code 六七年来} and {@code 三五年内} are lengths of
 * time. Never inside a longer numeral ({@code 一九九八年}, {@code 十二五}), after 第, 几 or 两, or
 * before 代 ({@code 九〇年代}, a decade), 级 ({@code 一二年级}) or in {@code 二八年华} (sixteen years
 * of age); nor 一 after a Chinese character ({@code 唯一一年}, {@code 统一一年}: the 一 ends a word). The century is not suggested: it must come from the context.
 */
final class ShortChineseYearRule extends CatalogueRule {
  private static final String DIGITS = "〇零一二三四五六七八九";

  ShortChineseYearRule() {
    super("E6", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int i = 2; i < t.length(); i++) {
      if (t.charAt(i) != '年') continue;
      int d1 = digit(t.charAt(i - 2));
      int d2 = digit(t.charAt(i - 1));
      if (d1 < 0 || d2 < 0) continue;
      char before = Forms.at(t, i - 3);
      if (digit(before) >= 0 || "十百千万亿第几两数".indexOf(before) >= 0) {
        continue;
      }
      // 唯一一年, 统一八年…: a word that ends in 一 before the digits (one year, not 2011)
      if (d1 == 1 && Forms.han(before)) continue;
      char after = Forms.at(t, i + 1);
      if (after == '代' || after == '级' || t.startsWith("二八年华", i - 2)) continue;
      boolean approximate = d2 == d1 + 1 || (d1 == 3 && d2 == 5);
      if (approximate && !month(t, i + 1)) continue;
      String yy = t.substring(i - 2, i);
      out.add(c.finding(id(), severity(), i - 2, i + 1,
          "汉字数字年份不应简写为两位：“" + yy + "年”，请写全四位年份", null));
    }
  }

  /** 〇 to 九 (零 is 0), or -1. */
  private static int digit(char ch) {
    int k = DIGITS.indexOf(ch);
    return k < 0 ? -1 : k <= 1 ? 0 : k - 1;
  }

  /** A month at {@code k}: 三月, 十二月, 3月. */
  private static boolean month(String t, int k) {
    int j = k;
    while (j < t.length() && j - k < 2 && (Forms.digit(t.charAt(j)) || digit(t.charAt(j)) > 0
        || t.charAt(j) == '十')) {
      j++;
    }
    return j > k && Forms.at(t, j) == '月';
  }
}
