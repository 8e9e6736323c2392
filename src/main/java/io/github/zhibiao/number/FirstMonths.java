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
   * 试运行中, 上线后的前6个月, 入职前3个月, 春节前两个月, 开工前, 投产前, 上市前3个月, 新规实施前3个月.
   */
  public static boolean opens(CharSequence s, int front) {
    if (front == 0) return true;
    char c = s.charAt(front - 1);
    if (BEFORE.indexOf(c) >= 0) return false;
    if (front < 2) return true;
    char b = s.charAt(front - 2);
    for (String w : BEFORE_WORDS) {
      if (w.charAt(0) == b && w.charAt(1) == c) return false;
    }
    return true;
  }

  /**
   * Characters that end a word after which 前 means "before" or "ahead": 提前, 此前, 入职前, 春节前,
   * 实施前, 上任前, 出台前, 降息前, 疫情前, 年底前 …
   */
  private static final String BEFORE = "提超此在的职节后以之日夕会期学试施任台息情底";
  /** Words whose last character also ends words of a period (房地产前7个月, 工业生产前7个月). */
  private static final java.util.List<String> BEFORE_WORDS =
      java.util.List.of("上市", "上线", "投产", "开工", "竣工", "完工", "开业", "毕业");
}
