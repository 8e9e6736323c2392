package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * A4: look-alike zeros and mixed numeral systems inside one token, ERROR (GB/T 15835 5.2.5 and
 * 5.3): a Chinese-numeral year written with a Latin {@code O}, an Arabic {@code 0} or a circle
 * {@code ○} ({@code 二O一八年}, {@code 二0一八年}, {@code 二○一八年} → {@code 二〇一八年}), and an Arabic number
 * with a letter O or a Chinese zero inside ({@code 1O0}, {@code 2〇23} → {@code 100}, {@code 2023}).
 * A year written with 零 ({@code 二零二三年}) is E17.
 *
 * <p>Letters are only read as zeros between or after digits of a token that starts with a digit
 * and is not followed by a letter: {@code CO2}, {@code 3Oct} and {@code G20} are left alone.
 */
final class ZeroLookalikeRule extends CatalogueRule {
  ZeroLookalikeRule() {
    super("A4", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char ch = t.charAt(i);
      if (ch == '年' && i >= 4 && !yearChar(Forms.at(t, i - 5))
          && !latinOrDigit(Forms.at(t, i - 5))) {
        year(c, i - 4, i, out);
      }
      if (Forms.digit(ch) && !latinOrDigit(Forms.at(t, i - 1))) {
        i = arabic(c, i, out) - 1;
      }
    }
  }

  /** A year {@code [from, to)} of four characters, then 年. */
  private void year(CheckContext c, int from, int to, List<Finding> out) {
    String t = c.text;
    boolean chinese = false;
    boolean lookalike = false;
    StringBuilder fixed = new StringBuilder();
    for (int k = from; k < to; k++) {
      char ch = t.charAt(k);
      if (!yearChar(ch)) return;
      if (Forms.cnNonZero(ch)) {
        chinese = true;
        fixed.append(ch);
      } else if (ch == '〇' || ch == '零') {
        fixed.append('〇');
      } else {
        lookalike = true;
        fixed.append(Forms.digit(ch) && ch != '0' ? "〇一二三四五六七八九".charAt(ch - '0') : '〇');
      }
    }
    if (!chinese || !lookalike) return;
    fixed.append('年');
    out.add(c.finding(id(), severity(), from, to + 1,
        "年份中混入了阿拉伯数字或字母O等形近字符，汉字数字年份的零应写作“〇”：“" + fixed + "”", fixed.toString()));
  }

  /** An Arabic token from {@code from}: digits with O, o, ○ or 〇 inside. Returns its end. */
  private int arabic(CheckContext c, int from, List<Finding> out) {
    String t = c.text;
    int k = from;
    boolean odd = false;
    while (k < t.length() && k - from < 40) {
      char ch = t.charAt(k);
      if (Forms.digit(ch)) {
        k++;
      } else if (ch == 'O' || ch == 'o' || ch == '○' || ch == '〇') {
        odd = true;
        k++;
      } else {
        break;
      }
    }
    int end = k;
    while (end > from && !Forms.digit(t.charAt(end - 1))) end--; // 10O个 keeps only digits … O
    boolean trailing = end < k;
    if (!odd || latinOrDigit(Forms.at(t, k))) return Math.max(k, from + 1);
    if (trailing) {
      // 10O个: a letter O after the digits reads as a zero only before a unit or %.
      char after = Forms.at(t, k);
      if (!(Forms.han(after) || after == '%')) return k;
      end = k;
    }
    if (yearChar(Forms.at(t, from - 1))) return k; // 二0O八年: the year case reports it
    StringBuilder fixed = new StringBuilder();
    for (int j = from; j < end; j++) {
      char ch = t.charAt(j);
      fixed.append(Forms.digit(ch) ? ch : '0');
    }
    out.add(c.finding(id(), severity(), from, end,
        "数字中混入了字母O或汉字〇等形近字符，应为“" + fixed + "”", fixed.toString()));
    return k;
  }

  private static boolean yearChar(char ch) {
    return "〇零○Oo0123456789一二三四五六七八九".indexOf(ch) >= 0;
  }

  private static boolean latinOrDigit(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
  }
}
