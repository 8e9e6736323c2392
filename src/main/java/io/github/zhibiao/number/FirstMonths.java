package io.github.zhibiao.number;

/**
 * Whether {@code 前7个月} is the first seven months of a year (a period) or seven months before
 * something (a length of time). Internal: shared by the quantity finder, which does not report the
 * period, and by the typer, which reads it as a period; this package is not exported.
 */
public final class FirstMonths {
  private FirstMonths() {}

  /**
   * Whether the 前 at {@code front} opens the first months of a year: anywhere but after a word that
   * makes it "before" or "ahead" (今年前7个月, 全省前7个月, 广东前7个月, 企业前7个月实现利润 are the first
   * months). Counter-examples, lengths of time: 提前3个月, 超前2个月, 此前3个月, 之前, 以前, 在前3个月的
   * 试运行中, 上线后的前6个月, 入职前3个月, 春节前两个月, 开工前, 投产前, 上市前3个月.
   */
  public static boolean opens(CharSequence s, int front) {
    if (front == 0) return true;
    char c = s.charAt(front - 1);
    if (BEFORE.indexOf(c) >= 0) return false;
    return !(front >= 2 && (c == '市' || c == '线') && s.charAt(front - 2) == '上');
  }

  /** Characters that end a word after which 前 means "before" or "ahead": 提前, 此前, 入职前, 春节前 … */
  private static final String BEFORE = "提超此在的职节后以之日夕会工产期学试";
}
