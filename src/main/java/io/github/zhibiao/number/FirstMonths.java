package io.github.zhibiao.number;

/**
 * Whether {@code 前7个月} is the first seven months of a year (a period) or seven months before
 * something (a length of time). Internal: shared by the quantity finder, which does not report the
 * period, and by the typer, which reads it as a period; this package is not exported.
 */
public final class FirstMonths {
  private FirstMonths() {}

  /**
   * Whether the 前 at {@code front} opens the first months of a year: at the start of the text, or
   * after punctuation, a space, a digit, 年 (今年前7个月, 2023年前11个月) or the scope of a whole
   * division (全省前7个月, 全国, 全市, 该区). Counter-examples, lengths of time: 提前3个月, 超前2个月,
   * 此前3个月, 在前3个月的试运行中, 上线后的前6个月, 入职前3个月, 春节前两个月.
   */
  public static boolean opens(CharSequence s, int front) {
    if (front == 0) return true;
    char c = s.charAt(front - 1);
    if (!Numerals.isIdeograph(c)) return true;
    return "年省市区国县州".indexOf(c) >= 0;
  }
}
