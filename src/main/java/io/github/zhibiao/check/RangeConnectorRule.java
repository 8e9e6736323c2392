package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E4: a range joined by the wrong connector (GB/T 15834-2011 4.13.3: the short hyphen {@code -}
 * joins codes, all-numeric dates and model numbers; the start and end of a time take the
 * 一字线 {@code —}, the ends of a range of values the 浪纹线 {@code ～}).
 *
 * <ul>
 *   <li>A hyphen or en dash ({@code - － − – ‐}) between the two ends, WARNING: {@code 15-30天}
 *       → {@code 15～30天}, {@code 1-5月} → {@code 1—5月}, {@code 2018-2020年} → {@code
 *       2018—2020年}.
 *   <li>The two-em dash {@code ——} (破折号) between them, ERROR: {@code 2020——2025年} → {@code
 *       2020—2025年}.
 * </ul>
 *
 * <p>Quiet when unsure. A time range is a run of years (four digits, 1900 to 2099, before 年),
 * months (1 to 12, before 月, not 月龄), days (1 to 31, after a month and before 日: {@code 5月8-10日},
 * while {@code 潜伏期3-5日} is a length) or quarters (1 to 4, before 季度) whose end comes after its
 * start; a range of values is one the quantity finder read as a range ({@code
 * 15-30天}, {@code 5%-8%}). Anything else stays: a phone number {@code 0571-88888888} or a
 * score {@code 3-1} has no unit, a code {@code GB/T 15835-2011} and a model {@code 歼-20} a
 * letter before, a date {@code 2024-5-31} a second hyphen, a time {@code 10:30-11:30} a colon.
 */
final class RangeConnectorRule extends CatalogueRule {
  /** The short hyphen and its look-alikes, after normalization ({@code －} and {@code −} are -). */
  private static final String HYPHENS = "-–‐‑";

  RangeConnectorRule() {
    super("E4", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.digit(t.charAt(i)) || !startsToken(t, i)) {
        i++;
        continue;
      }
      int a = i;
      int aEnd = Forms.numberEnd(t, a);
      i = aEnd;
      // the first end may carry its own unit: 5%-8%, 2020年-2025年, 3500万元–4500万元
      int con = aEnd;
      while (con < n && con - aEnd < 4 && unitChar(t.charAt(con))) con++;
      String firstUnit = t.substring(aEnd, con);
      if (con >= n) continue;
      boolean dash = t.charAt(con) == '—' && Forms.at(t, con + 1) == '—';
      boolean hyphen = HYPHENS.indexOf(t.charAt(con)) >= 0;
      if (!dash && !hyphen) continue;
      int b = con + (dash ? 2 : 1);
      if (!Forms.digit(Forms.at(t, b))) continue;
      int bEnd = Forms.numberEnd(t, b);
      char after = Forms.at(t, bEnd);
      // 2024-5-31 (a date), 3-2-101 (a house number), 1.2.3, v1-2a, 10:30-11:30
      if (HYPHENS.indexOf(after) >= 0 || after == '/' || after == ':' || after == '：'
          || (after < 0x80 && Character.isLetter(after) && !unitLetters(t, bEnd))
          || Forms.at(t, a - 1) == ':' || Forms.at(t, a - 1) == '：') {
        i = bEnd;
        continue;
      }
      int u = bEnd;
      while (u < n && Forms.inlineSpace(t.charAt(u))) u++; // （2018-2020 年）
      // 2020年-2025年 and 1月-5月 repeat the time word; 5%-8% and 3500万元–4500万元 are values
      boolean timeUnit = firstUnit.isEmpty()
          || (firstUnit.length() == 1 && "年月日".contains(firstUnit) && t.startsWith(firstUnit, u));
      int unitEnd = timeUnit ? timeUnitEnd(t, a, aEnd, b, bEnd, u) : -1;
      boolean time = unitEnd > 0;
      if (!time) {
        unitEnd = valueRangeEnd(c, a, b, bEnd);
        if (unitEnd < 0) {
          i = bEnd;
          continue;
        }
      }
      String connector = time ? "—" : "～";
      String fixed = Forms.kept(c, a, con) + connector + Forms.kept(c, b, unitEnd);
      String was = Forms.kept(c, con, b);
      String message = dash
          ? "破折号“——”不能连接" + (time ? "起止时间" : "数值范围") + "：应为“" + fixed + "”"
          : (time ? "起止时间" : "数值范围") + "应使用" + (time ? "一字线“—”" : "浪纹线“～”")
              + "连接，不用“" + was + "”：应为“" + fixed + "”";
      out.add(c.finding(id(), dash ? Severity.ERROR : severity(), a, unitEnd, message, fixed));
      i = unitEnd;
    }
  }

  /** A number starts at {@code i}: not inside another number, code, date or word of letters. */
  private static boolean startsToken(String t, int i) {
    char before = Forms.at(t, i - 1);
    return i == 0 || !(Forms.digit(before) || before == '.' || before == ',' || before == '/'
        || before == '_' || before == '#' || HYPHENS.indexOf(before) >= 0
        || (before < 0x80 && Character.isLetter(before)));
  }

  /**
   * A character of a unit after the first end, before the connector: %, 万, 元, 吨, kg. The finder
   * decides whether the whole is a range ({@link #valueRangeEnd}).
   */
  private static boolean unitChar(char ch) {
    return ch == '%' || ch == '‰' || (Forms.han(ch) && ch != '至' && ch != '到')
        || (ch < 0x80 && Character.isLetter(ch));
  }

  /** bp, kg, km, MW after the second end: a unit, not a model number's letters. */
  private static boolean unitLetters(String t, int k) {
    int e = k;
    while (e < t.length() && t.charAt(e) < 0x80 && Character.isLetter(t.charAt(e))) e++;
    return e - k <= 3 && !Forms.digit(Forms.at(t, e)) && Forms.at(t, e) != '-';
  }

  /**
   * The end of a time range's unit at {@code u} (years, months, days, quarters going forward), or
   * -1.
   */
  private static int timeUnitEnd(String t, int a, int aEnd, int b, int bEnd, int u) {
    int from = value(t, a, aEnd);
    int to = value(t, b, bEnd);
    if (from < 0 || to <= from) return -1;
    int da = aEnd - a;
    int db = bEnd - b;
    if (t.startsWith("年", u) && da == 4 && db == 4 && from >= 1900 && to <= 2099) {
      return u + 1;
    }
    if (da > 2 || db > 2) return -1;
    // 3-6月龄 is an age (a value); 3-5日 alone a length of time: days are a time only after a month
    if (t.startsWith("月", u) && to <= 12 && !t.startsWith("月龄", u)) {
      return u + (t.startsWith("月份", u) ? 2 : 1);
    }
    if (t.startsWith("日", u) && to <= 31 && Forms.at(t, a - 1) == '月') return u + 1;
    if (t.startsWith("季度", u) && to <= 4) return u + 2;
    return -1;
  }

  /** The integer at [from, to), or -1 when it has a point or a comma or more than four digits. */
  private static int value(String t, int from, int to) {
    if (to - from > 4) return -1;
    int v = 0;
    for (int k = from; k < to; k++) {
      if (!Forms.digit(t.charAt(k))) return -1;
      v = v * 10 + (t.charAt(k) - '0');
    }
    return v;
  }

  /**
   * The normalized end of the quantity the finder read as the range from {@code a} to {@code b},
   * or -1: only a figure the finder reads as a range is a range of values.
   */
  private static int valueRangeEnd(CheckContext c, int a, int b, int bEnd) {
    int q = c.quantityAt(a);
    if (q < 0 || c.end(q) < bEnd || !c.quantities().get(q).isRange()) return -1;
    return c.end(q);
  }
}
