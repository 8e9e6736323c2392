package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
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
    String o = c.original;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.digit(t.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      boolean wide = false;
      while (i < n && (Forms.digit(t.charAt(i)) || ((t.charAt(i) == '.' || t.charAt(i) == ',')
          && i + 1 < n && Forms.digit(t.charAt(i + 1))))) {
        char orig = o.charAt(c.normalized.toOriginal(i));
        if (orig != t.charAt(i)) wide = true; // ２ → 2, ． → ., ， → ,
        i++;
      }
      if (i < n && (t.charAt(i) == '%' || t.charAt(i) == '‰')) i++;
      if (wide) {
        String fixed = t.substring(from, i);
        out.add(c.finding(id(), severity(), from, i,
            "数字应使用半角字符：“" + fixed + "”", fixed));
      }
    }
  }
}
