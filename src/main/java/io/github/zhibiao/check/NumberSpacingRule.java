package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import java.util.List;

/**
 * A6: spaces between a number and the Chinese text around it, {@code 已完成 198 个}, {@code 11 月 26
 * 日}, {@code 99 %}. INFO, a house-style point: newspaper copy has no spaces there (only 千分空
 * grouping uses spaces, GB/T 15835 5.1.1), while some web style guides require them, so nothing is
 * reported when {@link Checker.Builder#spacesAroundNumbers(boolean)} allows them.
 *
 * <p>Read on the original text (the normalizer deletes the spaces after numbers). Only inline
 * spaces (one to three) between a number and an ideograph count: a line break is layout, and a
 * space between a number and Latin text or punctuation ({@code 《意见》 2018}) is left alone.
 */
final class NumberSpacingRule extends CatalogueRule {
  private static final int MAX_SPACES = 3;

  NumberSpacingRule() {
    super("A6", Severity.INFO);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    if (c.options.spacesAroundNumbers()) return;
    String o = c.original;
    int n = o.length();
    int i = 0;
    while (i < n) {
      if (!Forms.anyDigit(o.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && (Forms.anyDigit(o.charAt(i)) || ((o.charAt(i) == '.' || o.charAt(i) == '．')
          && i + 1 < n && Forms.anyDigit(o.charAt(i + 1))))) {
        i++;
      }
      while (i < n && "%％‰万亿".indexOf(o.charAt(i)) >= 0 && i - from < 60) i++;
      int to = i;
      int left = from;
      while (left > 0 && from - left < MAX_SPACES && Forms.inlineSpace(o.charAt(left - 1))) left--;
      if (left == from || left == 0 || !Forms.han(o.charAt(left - 1))
          || Forms.inlineSpace(o.charAt(left - 1))) {
        left = from;
      }
      int right = to;
      while (right < n && right - to < MAX_SPACES && Forms.inlineSpace(o.charAt(right))) right++;
      if (right == to || right >= n || !(Forms.han(o.charAt(right)) || o.charAt(right) == '%'
          || o.charAt(right) == '％')) {
        right = to;
      }
      if (left < from || right > to) {
        String number = o.substring(from, to);
        out.add(c.finding(id(), severity(), new Span(left, right),
            "数字与前后汉字之间不应有空格：“" + number + "”", number));
      }
    }
  }
}
