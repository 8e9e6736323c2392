package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E9: a pure decimal without its leading zero, or with the ideographic full stop as the decimal
 * point, ERROR (GB/T 15835 5.1.2): {@code .46} and {@code 0。46} → {@code 0.46}.
 *
 * <p>Read on the original text. The point must follow a character that cannot end a number or a
 * word ({@code v.2}, {@code No.5}, {@code 3.5} are left alone). {@code 0。46} is only reported after a
 * lone {@code 0}: {@code 达到100。2023年} is two sentences.
 */
final class LeadingZeroRule extends CatalogueRule {
  LeadingZeroRule() {
    super("E9", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String o = c.original;
    int n = o.length();
    for (int i = 0; i + 1 < n; i++) {
      char ch = o.charAt(i);
      if ((ch == '.' || ch == '．') && Forms.anyDigit(o.charAt(i + 1))) {
        char before = Forms.at(o, i - 1);
        if (i > 0 && (Forms.anyDigit(before) || Character.isLetterOrDigit(before) && before < 0x3000
            || before == '.' || before == '．' || before == '/' || before == '_' || before == '-')) {
          continue;
        }
        if (i > 0 && !(Forms.han(before) || Character.isWhitespace(before) || isCjkPunct(before))) {
          continue;
        }
        int end = digitsEnd(o, i + 1);
        if (end < n && (o.charAt(end) == '.' || Character.isLetter(o.charAt(end))
            && o.charAt(end) < 0x80)) {
          continue; // .5.3 is a section number, .5G a name
        }
        String fixed = "0." + ascii(o.substring(i + 1, end));
        out.add(c.finding(id(), severity(), new io.github.zhibiao.Span(i, end),
            "小数点前的“0”不能省略：应为“" + fixed + "”", fixed));
        i = end - 1;
      } else if (ch == '。' && i >= 1 && (o.charAt(i - 1) == '0' || o.charAt(i - 1) == '０')
          && Forms.anyDigit(o.charAt(i + 1))) {
        char before = Forms.at(o, i - 2);
        if (Forms.anyDigit(before) || before == '.' || before == '．') continue;
        int end = digitsEnd(o, i + 1);
        if (end < n && (o.charAt(end) == '年' || o.charAt(end) == '月')) continue; // 0。2023年
        String fixed = "0." + ascii(o.substring(i + 1, end));
        out.add(c.finding(id(), severity(), new io.github.zhibiao.Span(i - 1, end),
            "小数点应使用“.”，不用句号：应为“" + fixed + "”", fixed));
        i = end - 1;
      }
    }
  }

  private static int digitsEnd(String s, int k) {
    while (k < s.length() && Forms.anyDigit(s.charAt(k))) k++;
    return k;
  }

  private static String ascii(String digits) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < digits.length(); k++) {
      char ch = digits.charAt(k);
      b.append(ch >= '０' && ch <= '９' ? (char) (ch - 0xFEE0) : ch);
    }
    return b.toString();
  }

  private static boolean isCjkPunct(char ch) {
    return (ch >= '\u3000' && ch <= '\u303F') || (ch >= '\uFF00' && ch <= '\uFF0F')
        || ch == '“' || ch == '‘' || "（：；，".indexOf(ch) >= 0;
  }
}
