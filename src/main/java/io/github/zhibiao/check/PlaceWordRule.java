package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * E1: Arabic digits with 十, 百 or 千 as place words, ERROR (GB/T 15835 5.3: only 万 and 亿 may go
 * with Arabic digits): {@code 3千亿元} → {@code 3000亿元}, {@code 7百万人口} → {@code 700万人口}, {@code
 * 2万8千6百多亩} → {@code 28600多亩}, {@code 4亿5千3百万} → {@code 4亿5300万}.
 *
 * <p>A 千 or 百 that begins a unit is no place word: {@code 10千伏}, {@code 5千瓦}, {@code 3千克}, {@code
 * 2千米}, {@code 100千字}, {@code 0.5百分点}. A place word followed by a Chinese digit ({@code 1百零8})
 * is a mixed numeral, E2.
 */
final class PlaceWordRule extends CatalogueRule {
  /** After 十/百/千 these begin a unit or a word: 千克, 千米, 千瓦, 千伏, 千字, 百分点, 千兆. */
  private static final String UNIT_AFTER = "克米瓦伏帕焦赫卡字兆分";

  PlaceWordRule() {
    super("E1", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      char ch = t.charAt(i);
      if (!Forms.digit(ch) || (i > 0 && (Forms.digit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'
          || Character.isLetter(t.charAt(i - 1)) && t.charAt(i - 1) < 0x80))) {
        i++;
        continue;
      }
      i = token(c, i, out);
    }
  }

  /**
   * Reads {@code d+ (万|亿)? (d 千)? (d 百)? (d 十)? d? (万)?} from {@code from}; reports it when a
   * 十/百/千 follows a digit. Returns where scanning goes on.
   */
  private int token(CheckContext c, int from, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int k = from;
    BigDecimal total = BigDecimal.ZERO; // the part below the last 万/亿
    StringBuilder prefix = new StringBuilder(); // 4亿 of 4亿5千3百万
    boolean place = false;
    boolean trailing = false;
    int lastPlace = 10000; // places must descend: 千 > 百 > 十
    int end = from;
    while (k < n && k - from < 40) {
      int d = k;
      boolean point = false;
      // bounded like the token: a megabyte of digits before 十 was parsed whole, and the parse
      // grows faster than the digits (800,000 took 8 s)
      while (k < n && k - from < 40 && (Forms.digit(t.charAt(k)) || (t.charAt(k) == '.' && !point
          && k + 1 < n
          && Forms.digit(t.charAt(k + 1)) && k > d))) {
        if (t.charAt(k) == '.') point = true;
        k++;
      }
      if (k == d || k >= n) break;
      BigDecimal v = new BigDecimal(t.substring(d, k));
      char p = t.charAt(k);
      int mult = p == '千' ? 1000 : p == '百' ? 100 : p == '十' ? 10 : 0;
      if (mult > 0) {
        char after = Forms.at(t, k + 1);
        // 2023十大新闻: a place word follows one or two digits, not a year or a code.
        int intDigits = v.precision() - v.scale();
        if (UNIT_AFTER.indexOf(after) >= 0 || Forms.cnDigit(after) >= 0 || mult >= lastPlace
            || intDigits > (mult == 10 ? 1 : 2)) {
          break;
        }
        total = total.add(v.multiply(BigDecimal.valueOf(mult)));
        lastPlace = mult;
        place = true;
        k++;
        end = k;
      } else if ((p == '万' || p == '亿') && !place && prefix.length() == 0
          && Forms.digit(Forms.at(t, k + 1))) {
        prefix.append(t, d, k + 1); // 2万 of 2万8千, 4亿 of 4亿5千3百万
        k++;
      } else {
        if (place && v.scale() == 0) { // 5 of 3千5: 3005 or, colloquially, 3500?
          trailing = true;
          end = k;
        }
        break;
      }
    }
    if (!place) return Math.max(k, from + 1);
    int numberStart = from + prefix.length();
    String pre = prefix.toString();
    String fixed;
    if (pre.endsWith("万") && Forms.at(t, end) != '万') {
      // 2万8千6百 → 28600
      BigDecimal wan = new BigDecimal(pre.substring(0, pre.length() - 1)).scaleByPowerOfTen(4);
      fixed = Forms.plain(wan.add(total));
    } else {
      fixed = pre + Forms.plain(total);
    }
    String text = t.substring(from, end);
    String message = "阿拉伯数字不应与“十、百、千”连用：“" + text + "”";
    if (trailing) {
      fixed = null;
      message += "，请改为阿拉伯数字并核对数值";
    } else {
      message += "应为“" + fixed + "”";
    }
    out.add(c.finding(id(), severity(), from, end, message, fixed));
    return Math.max(end, numberStart + 1);
  }
}
