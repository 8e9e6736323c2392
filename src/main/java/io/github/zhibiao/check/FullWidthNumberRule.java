package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import java.util.List;

/**
 * A5: full-width digits, or a full-width point or group comma inside a number: {@code ２０２３},
 * {@code ９１．８％}, {@code 1，234}. ERROR under GB/T 15835 5.1.7.1 (digits are half-width); the
 * suggestion is the half-width number, which is what the normalizer reads.
 *
 * <p>A full-width {@code ％} after half-width digits ({@code 85％}) is not reported: the standard
 * speaks of digits, and the full-width percent sign is ordinary in Chinese typesetting. Neither is
 * the wave dash of a range ({@code 15～30}), which is the correct full-width connector.
 */
final class FullWidthNumberRule extends CatalogueRule {
  FullWidthNumberRule() {
    super("A5", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.digit(t.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && (Forms.digit(t.charAt(i)) || ((t.charAt(i) == '.' || t.charAt(i) == ',')
          && i + 1 < n && Forms.digit(t.charAt(i + 1))))) {
        i++;
      }
      boolean wide = folded(c, from, i); // ２ → 2, ． → ., ， → ,
      if (i < n && (t.charAt(i) == '%' || t.charAt(i) == '‰')) i++;
      if (wide) {
        String fixed = t.substring(from, i);
        out.add(c.finding(id(), severity(), from, i,
            "数字应使用半角字符：“" + fixed + "”", fixed));
      }
    }
  }

  /** Whether a character of the normalized range [from, to) differs from its original. */
  private static boolean folded(CheckContext c, int from, int to) {
    Span span = c.original(from, to);
    if (span.end() - span.start() == to - from) {
      // nothing deleted inside: the original is the same range, compared at once
      return !c.original.regionMatches(span.start(), c.text, from, to - from);
    }
    for (int k = from; k < to; k++) {
      if (c.original.charAt(c.normalized.toOriginal(k)) != c.text.charAt(k)) return true;
    }
    return false;
  }
}
