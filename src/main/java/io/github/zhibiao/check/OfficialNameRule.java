package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * E18: the name of a party congress, plenary session or people's congress session written with
 * Arabic digits, WARNING (GB/T 15835 4.3: where 庄重典雅 matters, Chinese numerals; its own
 * example is {@code 11届全国人大1次会议} → {@code 十一届全国人大一次会议}):
 *
 * <ul>
 *   <li>{@code 党的20大} → {@code 党的二十大}; {@code 20大报告}, {@code 18大以来} (16 to 25 only).
 *   <li>{@code 20届3中全会} → {@code 二十届三中全会}; {@code 3中全会} → {@code 三中全会}.
 *   <li>{@code 第14届全国人大2次会议} → {@code 第十四届全国人大二次会议}, and likewise 全国政协, 人大,
 *       政协 and their 常委会.
 * </ul>
 *
 * <p>Other events keep their digits, which 4.3 allows: {@code 第14届高交会}, {@code 前10大城市},
 * {@code 10大工程}, {@code 20大代表性项目}, {@code 16大要求} (a 大 with no congress word after it), and
 * {@code 第12届人大经济论坛} (人大 or 政协 alone counts only with 常委会 or a session after it).
 */
final class OfficialNameRule extends CatalogueRule {
  /** Bodies whose sessions are numbered 届 … 次会议, longest first. */
  private static final List<String> BODIES = List.of("全国人民代表大会常务委员会",
      "全国人民代表大会", "全国人大常委会", "全国政协常委会", "全国人大", "全国政协", "中央委员会",
      "人大常委会", "政协常委会", "人大", "政协");
  /** What follows 十九大 in prose: 十九大报告, 十八大以来. */
  private static final List<String> CONGRESS_AFTER = List.of("报告", "精神", "代表", "以来",
      "召开", "开幕", "闭幕", "期间", "胜利");

  OfficialNameRule() {
    super("E18", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.startsDigits(t, i)) {
        i++;
        continue;
      }
      int j = Forms.digitsEnd(t, i);
      int end = j - i <= 2 ? name(t, i, j) : -1;
      if (end < 0) {
        i = j;
        continue;
      }
      String fixed = chinese(t, i, end);
      out.add(c.finding(id(), severity(), i, end,
          "党代会、全会、人大和政协会议的届次宜用汉字数字：应为“" + fixed + "”", fixed));
      i = end;
    }
  }

  /** The end of a congress or session name whose first number is [i, j), or -1. */
  private static int name(String t, int i, int j) {
    int v = Integer.parseInt(t.substring(i, j));
    if (t.startsWith("大", j)) {
      boolean party = Forms.endsWithAny(t, i, "党的", "中共");
      // 20大代表性项目 and 16大要求 are counts (twenty representative projects, sixteen demands)
      if (party || v >= 16 && v <= 25 && Forms.startsWithAny(t, j + 1, CONGRESS_AFTER)
          && !t.startsWith("代表性", j + 1) && "第前十百".indexOf(Forms.at(t, i - 1)) < 0) {
        return j + 1;
      }
      return -1;
    }
    if (t.startsWith("中全会", j)) return j + 3;
    if (!t.startsWith("届", j)) return -1;
    int k = j + 1;
    if (Forms.digit(Forms.at(t, k))) {
      int m = number(t, k);
      return m > 0 && t.startsWith("中全会", m) ? m + 3 : -1; // 20届3中全会
    }
    if (t.startsWith("中央委员会", k) || t.startsWith("中央", k)) {
      int m = k + (t.startsWith("中央委员会", k) ? 5 : 2);
      if (t.startsWith("第", m)) m++;
      int d = number(t, m);
      return d > 0 && t.startsWith("次全体会议", d) ? d + 5
          : d > 0 && t.startsWith("中全会", d) ? d + 3 : -1;
    }
    String body = null;
    for (String b : BODIES) {
      if (t.startsWith(b, k)) {
        body = b;
        break;
      }
    }
    if (body == null) return -1;
    int m = k + body.length();
    if (!body.endsWith("常委会") && !body.endsWith("委员会") && t.startsWith("常委会", m)) m += 3;
    int s = t.startsWith("第", m) ? m + 1 : m;
    int d = number(t, s);
    if (d > 0 && t.startsWith("次", d)) {
      int e = d + 1;
      if (t.startsWith("全体", e)) e += 2;
      if (t.startsWith("会议", e)) return e + 2;
    }
    // 第12届人大经济论坛: 人大 alone may be a university; only with 常委会 or a session
    if (body.equals("人大") || body.equals("政协")) {
      return m > k + body.length() || chineseSession(t, s) ? m : -1;
    }
    return k + body.length(); // 14届全国人大
  }

  /** 一次会议, 二次全体会议 at {@code k}: a session in Chinese numerals. */
  private static boolean chineseSession(String t, int k) {
    int e = k;
    while (e < t.length() && e - k < 3 && (Forms.cnDigit(t.charAt(e)) > 0 || t.charAt(e) == '十')) e++;
    return e > k && t.startsWith("次", e);
  }

  /** The end of a one- or two-digit number at {@code k}, or -1. */
  private static int number(String t, int k) {
    int m = k;
    while (m < t.length() && Forms.digit(t.charAt(m)) && m - k < 3) m++;
    return m > k && m - k <= 2 && !Forms.digit(Forms.at(t, m)) ? m : -1;
  }

  /** [from, to) with each run of digits (1 to 99) in Chinese numerals. */
  private static String chinese(String t, int from, int to) {
    StringBuilder b = new StringBuilder();
    int k = from;
    while (k < to) {
      if (Forms.digit(t.charAt(k))) {
        int m = k;
        while (m < to && Forms.digit(t.charAt(m))) m++;
        String cn = Forms.chinese(Integer.parseInt(t.substring(k, m)));
        b.append(cn == null ? t.substring(k, m) : cn);
        k = m;
      } else {
        b.append(t.charAt(k++));
      }
    }
    return b.toString();
  }
}
