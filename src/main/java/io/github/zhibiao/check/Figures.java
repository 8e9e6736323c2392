package io.github.zhibiao.check;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Span;
import io.github.zhibiao.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared arithmetic and windows for the B, C and D rules: rounding comparisons on exact decimals,
 * the precision a figure was written with, and bounded slices of the normalized text around a
 * figure. Every window is capped at {@link #CAP} characters and never crosses a sentence, so that a
 * rule reads a bounded amount of text per figure (a megabyte without punctuation stays linear).
 */
final class Figures {
  /** Divisions: 16 significant digits, far beyond any figure a newspaper prints. */
  static final MathContext MC = MathContext.DECIMAL64;

  /** The most characters a rule reads around one figure. */
  static final int CAP = 120;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Figures() {}

  /** How a computed value compares with the one the text states. */
  enum Match {
    /** The stated value is the computed one rounded half-up or half-even. */
    OK,
    /** The stated value is the computed one truncated, not rounded. */
    TRUNCATED,
    /** Neither. */
    WRONG
  }

  /**
   * Compares the exact {@code computed} with {@code stated}, written with {@code decimals} places:
   * consistent when the stated value is the computed one rounded half-up (newspapers) or half-even
   * (GB/T 8170): for 91.75 only 91.8, for 91.85 both 91.8 and 91.9.
   */
  static Match rounds(BigDecimal computed, BigDecimal stated, int decimals) {
    int d = Math.max(0, decimals);
    if (computed.setScale(d, RoundingMode.HALF_UP).compareTo(stated) == 0
        || computed.setScale(d, RoundingMode.HALF_EVEN).compareTo(stated) == 0) {
      return Match.OK;
    }
    if (computed.setScale(d, RoundingMode.DOWN).compareTo(stated) == 0) {
      return Match.TRUNCATED;
    }
    return Match.WRONG;
  }

  /** {@code v} rounded half-up to {@code d} places, as plain digits: {@code 91.8}. */
  static String fmt(BigDecimal v, int d) {
    return v.setScale(Math.max(0, d), RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code v} with the trailing zeros dropped: {@code 91.7777777778} → itself, 200.00 → 200. */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Whether the quantity states one exact figure (no 约, 超过, range …). */
  static boolean exact(Quantity q) {
    return q.value() != null && q.qualifier() == Qualifier.EXACT;
  }

  static boolean isPercent(Quantity q) {
    return q.unit().dimension() == Dimension.PERCENT && "%".equals(q.unit().symbol());
  }

  static boolean isPoints(Quantity q) {
    return q.unit().dimension() == Dimension.PERCENTAGE_POINT;
  }

  /** A level: a figure with a unit that is neither a rate, a change of rate nor a multiple. */
  static boolean isLevel(Quantity q) {
    Dimension d = q.unit().dimension();
    return d != Dimension.NONE && d != Dimension.PERCENT && d != Dimension.PERCENTAGE_POINT
        && d != Dimension.MULTIPLE && d != Dimension.DURATION && d != Dimension.RATE;
  }

  static boolean sameUnit(Quantity a, Quantity b) {
    Unit u = a.unit();
    return u.equals(b.unit());
  }

  /** The normalized text of quantity i. */
  static String slice(CheckContext c, int i) {
    return c.text.substring(c.start(i), c.end(i));
  }

  /**
   * The number of decimals quantity i was written with ({@code 91.8%} → 1, {@code 2000亿元} → 0),
   * read from its first run of ASCII digits; 0 for Chinese numerals.
   */
  static int decimals(CheckContext c, int i) {
    String s = slice(c, i);
    int k = 0;
    while (k < s.length() && !isDigit(s.charAt(k))) k++;
    while (k < s.length() && (isDigit(s.charAt(k)) || s.charAt(k) == ',')) k++;
    if (k + 1 < s.length() && s.charAt(k) == '.' && isDigit(s.charAt(k + 1))) {
      int d = 0;
      k++;
      while (k < s.length() && isDigit(s.charAt(k))) {
        d++;
        k++;
      }
      return d;
    }
    return 0;
  }

  /** The power of ten the magnitude word folds in: 万 → 4, 亿 → 8, 万亿 → 12, else 0. */
  static int magnitude(Quantity q) {
    String u = q.unitText();
    if (u.startsWith("万亿")) return 12;
    if (u.startsWith("亿")) return 8;
    if (u.startsWith("万")) return 4;
    return 0;
  }

  /** Half the unit of the last digit written, in the quantity's unit: 2000亿元 → 0.5亿 = 5×10⁷. */
  static BigDecimal halfUnit(CheckContext c, int i) {
    Quantity q = c.quantities().get(i);
    return HALF.scaleByPowerOfTen(magnitude(q) - decimals(c, i));
  }

  /**
   * A value in the magnitude the quantity was written with, rounded to {@code d} places, with its
   * unit as written: 44840000000 like {@code 578亿元} → {@code 448.4亿元}.
   */
  static String like(BigDecimal v, Quantity q, int d) {
    return fmt(v.scaleByPowerOfTen(-magnitude(q)), d) + q.unitText();
  }

  /** Whether quantities i and j stand in one sentence and near each other. */
  static boolean sameSentence(CheckContext c, int i, int j) {
    int a = Math.min(c.start(i), c.start(j));
    int b = Math.max(c.start(i), c.start(j));
    return b - a <= CAP && c.structure.sentenceStart(a) == c.structure.sentenceStart(b);
  }

  /** The text between quantity i's end and quantity j's start (i before j), or null if far. */
  static String between(CheckContext c, int i, int j) {
    int a = c.end(i);
    int b = c.start(j);
    if (b < a || b - a > CAP || !sameSentence(c, i, j)) return null;
    return c.text.substring(a, b);
  }

  /** Up to n characters before quantity i, not crossing the start of its sentence. */
  static String before(CheckContext c, int i, int n) {
    int s = c.start(i);
    int from = Math.max(Math.max(0, s - Math.min(n, CAP)), c.structure.sentenceStart(s));
    return c.text.substring(Math.min(from, s), s);
  }

  /** Up to n characters before quantity i, not crossing the start of its clause. */
  static String clauseBefore(CheckContext c, int i, int n) {
    int s = c.start(i);
    int from = Math.max(Math.max(0, s - Math.min(n, CAP)), c.structure.clauseStart(s));
    return c.text.substring(Math.min(from, s), s);
  }

  /** Up to n characters after quantity i, not crossing the end of its sentence. */
  static String after(CheckContext c, int i, int n) {
    int e = c.end(i);
    int to = Math.min(Math.min(c.text.length(), e + Math.min(n, CAP)),
        c.structure.sentenceEnd(Math.max(0, e - 1)));
    return c.text.substring(e, Math.max(e, to));
  }

  /** The indicator of each quantity (by its index), or null where none was typed. */
  static Indicator[] indicators(CheckContext c) {
    List<Quantity> qs = c.quantities();
    Map<Span, Indicator> bySpan = new HashMap<>();
    for (Indicator ind : c.indicators()) {
      for (Span s : ind.mentions()) bySpan.putIfAbsent(s, ind);
    }
    Indicator[] out = new Indicator[qs.size()];
    for (int i = 0; i < out.length; i++) out[i] = bySpan.get(qs.get(i).span());
    return out;
  }

  static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }
}
