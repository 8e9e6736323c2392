package io.github.zhibiao.number;

import java.util.List;

/**
 * Whether two digits before 年 are a year shortened to two digits ({@code 24年GDP}, {@code
 * 23年上半年}, {@code 18年7月}) or a length of time ({@code 24年来}, {@code 过去10年GDP}). Internal:
 * shared by the quantity finder, which does not report the year, and by the period reader, which
 * reads it as 20xx; this package is not exported.
 */
public final class ShortYears {
  private ShortYears() {}

  /** Parts of a year that may follow a shortened year. */
  private static final List<String> PARTS = List.of("一季度", "二季度", "三季度", "四季度", "第一季度",
      "上半年", "下半年", "前三季度", "全年");
  /** Words after which a number of years is a length of time (过去10年, 这30年, 建市30年). */
  private static final List<String> DURATION_WORDS = List.of("过去", "未来", "这", "那", "连续", "开放",
      "建市", "建省", "建区", "建县", "成立", "建国", "历时", "用了", "经过", "整整", "最近", "此后", "之后",
      "今后", "以后", "以来", "短短", "头", "前", "的", "兼程", "多");

  /**
   * Whether the two ASCII digits at {@code [start, start + 2)}, followed by 年, are a shortened
   * year: a month follows (18年7月), or the letters of an indicator (24年GDP) or a part of the year
   * (23年上半年) do, for a recent year (00 to 30, 80 to 99). Counter-examples, lengths of time: 近24年
   * (a qualifier before), 24年来, 30年的发展, 40年GDP年均增长 (no recent year), and after a word of
   * duration: 过去10年GDP翻了一番, 短短20年GDP, 本世纪头20年, 建区30年GDP, 连续15年GDP全国第一.
   */
  public static boolean at(CharSequence s, int start) {
    int n = s.length();
    int y = start + 2;
    if (y >= n || s.charAt(y) != '年') return false;
    for (int i = start; i < y; i++) {
      if (!Numerals.isAsciiDigit(s.charAt(i))) return false;
    }
    if (start > 0) {
      char prev = s.charAt(start - 1);
      if (Numerals.isAsciiDigit(prev) || prev == '.' || "近约超逾余多".indexOf(prev) >= 0) return false;
      for (String w : DURATION_WORDS) {
        if (start >= w.length() && startsWith(s, w, start - w.length())) return false;
      }
    }
    int e = y + 1;
    if (e >= n) return false;
    if (monthFollows(s, e)) return true;
    // 24年GDP, 98年全年: a recent year (00 to 30, 80 to 99); 40年GDP年均增长 is forty years
    int v = (s.charAt(start) - '0') * 10 + s.charAt(start + 1) - '0';
    if (v > 30 && v < 80) return false;
    if (Numerals.isAsciiLetter(s.charAt(e))) return true;
    for (String w : PARTS) {
      if (startsWith(s, w, e)) return true;
    }
    return false;
  }

  /** 7月, 十二月: one to three digits and 月 at {@code i}. */
  private static boolean monthFollows(CharSequence s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && j - i < 3 && (Numerals.isAsciiDigit(s.charAt(j))
        || "〇零一二三四五六七八九十".indexOf(s.charAt(j)) >= 0)) {
      j++;
    }
    return j > i && j < n && s.charAt(j) == '月';
  }

  private static boolean startsWith(CharSequence s, String w, int at) {
    if (at < 0 || at + w.length() > s.length()) return false;
    for (int k = 0; k < w.length(); k++) {
      if (s.charAt(at + k) != w.charAt(k)) return false;
    }
    return true;
  }
}
