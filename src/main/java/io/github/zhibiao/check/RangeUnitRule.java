package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E3: a range whose first value drops 万, 亿 or %, ERROR (GB/T 15835 5.1.3: the first value's unit
 * may be dropped only where no ambiguity arises, never for 万/亿 and %): {@code 15～30%} → {@code
 * 15%～30%}, {@code 9～16亿} → {@code 9亿～16亿}, {@code 8～11万吨} → {@code 8万～11万吨}.
 *
 * <p>The connector is {@code ～ ~ 〜 — – -} or {@code 至/到}; the first value must be a whole token
 * (not the end of a date such as {@code 2023-1}). {@code 400—429页} and {@code 100～150 kg} keep the
 * unit once, which the standard allows.
 */
final class RangeUnitRule extends CatalogueRule {
  private static final String CONNECTORS = "～~〜—–-至到";

  RangeUnitRule() {
    super("E3", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.digit(t.charAt(i)) || (i > 0 && (Forms.digit(t.charAt(i - 1))
          || t.charAt(i - 1) == '.' || t.charAt(i - 1) == '-' || t.charAt(i - 1) == '/'
          || Character.isLetter(t.charAt(i - 1)) && t.charAt(i - 1) < 0x80))) {
        i++;
        continue;
      }
      int a = i;
      int aEnd = Forms.numberEnd(t, a);
      i = aEnd;
      if (aEnd >= n || CONNECTORS.indexOf(t.charAt(aEnd)) < 0) continue;
      int conEnd = aEnd + 1;
      if (t.charAt(aEnd) == '—' && Forms.at(t, conEnd) == '—') continue; // —— is F4/E4
      if (conEnd >= n || !Forms.digit(t.charAt(conEnd))) continue;
      int b = conEnd;
      int bEnd = Forms.numberEnd(t, b);
      if (bEnd >= n) continue;
      String unit = unit(t, bEnd);
      if (unit == null) continue;
      if (Forms.digit(Forms.at(t, bEnd + unit.length())) && !unit.equals("%")) continue;
      String o1 = orig(c, a, aEnd);
      String con = orig(c, aEnd, conEnd);
      String o2 = orig(c, b, bEnd);
      String ou = orig(c, bEnd, bEnd + unit.length());
      String fixed = o1 + ou + con + o2 + ou;
      out.add(c.finding(id(), severity(), a, bEnd + unit.length(),
          "数值范围的前一个数值不应省略“" + ou + "”：应为“" + fixed + "”", fixed));
      i = bEnd + unit.length();
    }
  }

  /** 万, 亿, %, ‰ (or 万亿) at {@code k}, or null. */
  private static String unit(String t, int k) {
    if (t.startsWith("万亿", k)) return "万亿";
    char ch = t.charAt(k);
    if (ch == '万' || ch == '亿' || ch == '%' || ch == '‰') return String.valueOf(ch);
    return null;
  }

  private static String orig(CheckContext c, int from, int to) {
    return Forms.kept(c, from, to);
  }
}
