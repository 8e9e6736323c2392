package io.github.zhibiao.number;

import static io.github.zhibiao.number.Numerals.chineseDigit;
import static io.github.zhibiao.number.Numerals.isAsciiDigit;
import static io.github.zhibiao.number.Numerals.isAsciiLetter;
import static io.github.zhibiao.number.Numerals.isCloseQuote;
import static io.github.zhibiao.number.Numerals.isIdeograph;
import static io.github.zhibiao.number.Numerals.isMultiplier;
import static io.github.zhibiao.number.Numerals.isNumeralChar;
import static io.github.zhibiao.number.Numerals.isOpenQuote;
import static io.github.zhibiao.number.Numerals.isWan;
import static io.github.zhibiao.number.Numerals.isYi;
import static io.github.zhibiao.number.Numerals.smallMultiplier;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Rejection;
import io.github.zhibiao.RejectionReason;
import io.github.zhibiao.Span;
import io.github.zhibiao.Unit;
import io.github.zhibiao.text.NormalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * One scan over one text. Not thread-safe; made per call by {@link QuantityScanner#scan}.
 *
 * <p>The scan moves left to right and never goes back: each candidate starts at a digit or numeral
 * and ends past everything it consumed (qualifiers, unit, the second end of a range), and the scan
 * resumes there. Look-behind is bounded by the longest qualifier word (three characters) and
 * numerals by {@link QuantityScanner#MAX_DIGITS}, so the pass is linear in the text.
 */
final class Matcher {
  private static final int MAX_TOKENS = 2 * QuantityScanner.MAX_DIGITS;
  private static final int INITIAL_TOKENS = 8;
  private static final int[] NO_TOKENS = new int[0];
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  /** 成 (七成 = 70%) and 折 (八折 = 80%, 九五折 = 95%): see {@link #percentWordUnit}. */
  private static final Tables.UnitEntry CHENG = new Tables.UnitEntry("成", Unit.PERCENT, TEN);
  private static final Tables.UnitEntry ZHE = new Tables.UnitEntry("折", Unit.PERCENT, TEN);
  private static final Tables.UnitEntry ZHE_DIGITS =
      new Tables.UnitEntry("折", Unit.PERCENT, BigDecimal.ONE);
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
  private static final BigDecimal THIRTY_ONE = BigDecimal.valueOf(31);

  // Token types of the numeral grammar.
  private static final int DIGIT = 1; // 一 … 九, 零; val = digit
  private static final int ARABIC = 2; // 2262, 1.8, 12,500; [start, end)
  private static final int MULT = 3; // 十 百 千; val = 10, 100, 1000
  private static final int T_WAN = 4; // 万
  private static final int T_YI = 5; // 亿
  private static final int POINT = 6; // 点 (Chinese decimal point)
  private static final int APPROX = 7; // 几, 数, or an adjacent pair 二三; val = low, val2 = high
  private static final int MORE = 8; // 余, 多 inside the numeral

  private final QuantityScanner scanner;
  private final NormalizedText normalized;
  private final String s;
  private final int n;
  private final boolean allNumbers;
  private final List<Quantity> quantities;
  private final List<Rejection> rejections;

  // The tokens of the numeral being read; reused for every candidate. They are made on the first
  // token and grow (up to MAX_TOKENS) when a numeral needs more, so a short text does not pay for
  // 64-digit runs, nor a text without numbers for any.
  private int[] type = NO_TOKENS;
  private int[] val = NO_TOKENS;
  private int[] val2 = NO_TOKENS;
  private int[] tokStart = NO_TOKENS;
  private int[] tokEnd = NO_TOKENS;
  private int tokens;
  /**
   * The numeral of the candidate, and a second one for what follows it (the second end of a range,
   * the numerator of a fraction): reused for every candidate, as no numeral outlives its candidate.
   */
  private final Numeral first = new Numeral();
  private final Numeral second = new Numeral();
  /** What {@link #parseCompact} read: the number is compactUnscaled × 10^-compactScale. */
  private long compactUnscaled;
  private int compactScale;
  /** The end of the last reported or rejected span: look-behind never reaches before it. */
  private int consumedTo;

  Matcher(
      QuantityScanner scanner,
      NormalizedText normalized,
      boolean allNumbers,
      List<Quantity> quantities,
      List<Rejection> rejections) {
    this.scanner = scanner;
    this.normalized = normalized;
    this.s = normalized.text();
    this.n = s.length();
    this.allNumbers = allNumbers;
    this.quantities = quantities;
    this.rejections = rejections;
  }

  void run() {
    int i = 0;
    while (i < n) {
      if (scanner.startsCandidate(s.charAt(i))) {
        int next = candidate(i);
        i = Math.max(next, i + 1);
      } else {
        i++;
      }
    }
  }

  // ======================================================================== the numeral

  /** What {@link #readNumeral} found: the numeral's extent, value and shape. */
  private static final class Numeral {
    int start;
    int end;
    BigDecimal low; // equal to high unless the numeral is approximate (二三十, 十几)
    BigDecimal high;
    BigDecimal magnitude = BigDecimal.ONE; // the trailing 万/亿/千万 …, for ranges (9～16亿)
    int magStart; // where that trailing magnitude is written (亿 of 2262亿元); end if none
    boolean more; // 余 or 多 inside: 4400余万
    boolean arabic; // has Arabic digits
    boolean chinese; // has Chinese digits or multipliers
    boolean hasMultiplier;
    boolean hasBig; // has 万 or 亿 anywhere: 1.8万, 一万八千, 3万4000
    boolean digitString; // Chinese digit by digit: 二〇一八, 九五
    int intDigits; // digits before the decimal point, when purely Arabic
    boolean integer; // no decimal part
    boolean singleChar; // one Chinese character, such as 一
    RejectionReason malformed; // set when the numeral is not a number

    /** Starts over for a numeral at {@code p}, as a new one would. */
    Numeral reset(int p) {
      start = p;
      end = p;
      low = high = null;
      magnitude = BigDecimal.ONE;
      magStart = p;
      more = arabic = chinese = hasMultiplier = hasBig = digitString = integer = singleChar = false;
      intDigits = 0;
      malformed = null;
      return this;
    }

    boolean approximate() {
      return low.compareTo(high) != 0;
    }
  }

  /**
   * Reads the numeral starting at {@code p} into {@code num}, which it returns. Returns null if
   * nothing numeric starts there (a magnitude with no number before it, unless {@code
   * magnitudeFirst}: 上百, 近千, 数百).
   */
  private Numeral readNumeral(int p, boolean magnitudeFirst, Numeral num) {
    tokens = 0;
    int i = p;
    while (i < n && tokens < MAX_TOKENS) {
      char c = s.charAt(i);
      int prev = tokens == 0 ? 0 : type[tokens - 1];
      if (isAsciiDigit(c)) {
        if (prev == DIGIT || prev == ARABIC || prev == APPROX || prev == POINT || prev == MORE) {
          break;
        }
        int e = arabicEnd(i);
        add(ARABIC, 0, 0, i, e);
        i = e;
        continue;
      }
      int d = chineseDigit(c);
      if (d >= 0) {
        if (prev == ARABIC || prev == MORE) break;
        add(DIGIT, d, 0, i, i + 1);
        i++;
        continue;
      }
      int m = smallMultiplier(c);
      if (m != 0) {
        // 千瓦, 千米, 千克, 百分点 are units; 百分之 and 千分之 start a percentage of their own
        // (十分之一 and 二十分之一 are tenths and twentieths: 十 stays in the denominator).
        if (startsUnit(i) || (c != '十' && s.startsWith("分之", i + 1))) break;
        if (prev == MORE || prev == POINT) break;
        add(MULT, m, 0, i, i + 1);
        i++;
        continue;
      }
      if (isWan(c) || isYi(c)) {
        add(isWan(c) ? T_WAN : T_YI, 0, 0, i, i + 1);
        i++;
        continue;
      }
      if (c == '点' && (prev == DIGIT || prev == MULT) && i + 1 < n
          && chineseDigit(s.charAt(i + 1)) >= 0) {
        add(POINT, 0, 0, i, i + 1);
        i++;
        continue;
      }
      if ((c == '几' || c == '数') && prev != APPROX) {
        // 几十, 数百 (before a multiplier: two to nine of it); 十几, 二十几 (after one: one to nine)
        boolean beforeMult = i + 1 < n && isMultiplier(s.charAt(i + 1));
        if (prev == MULT && !(c == '数')) {
          add(APPROX, 1, 9, i, i + 1);
          i++;
          continue;
        }
        if (beforeMult && (prev == 0 || prev == T_WAN || prev == T_YI)) {
          add(APPROX, 2, 9, i, i + 1);
          i++;
          continue;
        }
        break;
      }
      if ((c == '余' || c == '多') && tokens > 0 && prev != POINT && prev != MORE) {
        // 4400余万, 十多个, 一百多万: more than the number read so far. Not 多 before 元
        // of a plain count ("3多" never occurs); the unit is checked by the caller.
        add(MORE, 0, 0, i, i + 1);
        i++;
        continue;
      }
      break;
    }
    if (tokens == 0) return null;
    // A trailing MORE that no magnitude follows still belongs to the numeral (十多个).
    if (!magnitudeFirst
        && (type[0] == T_WAN || type[0] == T_YI || (type[0] == MULT && val[0] != 10))) {
      return null;
    }
    num.reset(p);
    num.end = tokEnd[tokens - 1];
    num.magStart = num.end;
    classify(num);
    if (num.malformed != null) return num;
    evaluate(num);
    return num;
  }

  private void add(int t, int v, int v2, int start, int end) {
    if (tokens == type.length) {
      int grown = Math.min(MAX_TOKENS, Math.max(INITIAL_TOKENS, 2 * tokens));
      type = Arrays.copyOf(type, grown);
      val = Arrays.copyOf(val, grown);
      val2 = Arrays.copyOf(val2, grown);
      tokStart = Arrays.copyOf(tokStart, grown);
      tokEnd = Arrays.copyOf(tokEnd, grown);
    }
    type[tokens] = t;
    val[tokens] = v;
    val2[tokens] = v2;
    tokStart[tokens] = start;
    tokEnd[tokens] = end;
    tokens++;
  }

  /**
   * The end of the Arabic number at {@code i}: digits, thousands groups (12,500), one decimal part.
   * Grouping commas were already checked by the normalizer (only true separators are ASCII now).
   */
  private int arabicEnd(int i) {
    int j = i;
    while (j < n && isAsciiDigit(s.charAt(j))) j++;
    while (j + 3 < n && s.charAt(j) == ',' && isAsciiDigit(s.charAt(j + 1))
        && isAsciiDigit(s.charAt(j + 2)) && isAsciiDigit(s.charAt(j + 3))
        && (j + 4 >= n || !isAsciiDigit(s.charAt(j + 4))) && j - i <= 3 + (j - i) / 4 * 4) {
      j += 4;
    }
    if (j + 1 < n && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
      j++;
      while (j < n && isAsciiDigit(s.charAt(j))) j++;
    }
    return j;
  }

  private boolean startsUnit(int i) {
    Tables.UnitEntry u = scanner.units.longestMatch(s, i);
    return u != null && u.surface().charAt(0) == s.charAt(i) && u.surface().length() > 1;
  }

  /** Sets the shape flags and detects digit strings, adjacent pairs and over-long numbers. */
  private void classify(Numeral num) {
    int digits = 0;
    int chineseDigits = 0;
    boolean allDigits = true;
    for (int k = 0; k < tokens; k++) {
      switch (type[k]) {
        case ARABIC -> {
          num.arabic = true;
          digits += countDigits(tokStart[k], tokEnd[k]);
          allDigits = false;
        }
        case DIGIT -> {
          num.chinese = true;
          chineseDigits++;
        }
        case MULT, T_WAN, T_YI -> {
          num.chinese = true;
          num.hasMultiplier = true;
          num.hasBig |= type[k] != MULT;
          allDigits = false;
        }
        default -> {
          num.chinese = true;
          allDigits = false;
        }
      }
    }
    if (digits + chineseDigits > QuantityScanner.MAX_DIGITS) {
      num.malformed = RejectionReason.TOO_LONG;
      return;
    }
    if (tokens >= MAX_TOKENS) {
      num.malformed = RejectionReason.TOO_LONG;
      return;
    }
    num.singleChar = tokens == 1 && type[0] == DIGIT;
    if (allDigits && tokens >= 2) {
      // 二三十 was split off above; an adjacent pair before a unit (七八个) is approximate.
      if (tokens == 2 && adjacent(val[0], val[1])) {
        type[0] = APPROX;
        val2[0] = val[1];
        tokens = 1;
        tokEnd[0] = tokEnd[1];
      } else {
        num.digitString = true;
      }
    } else {
      // 二三十, 三四百万, 三十七八: adjacent digits before a multiplier or at the end.
      for (int k = 0; k + 1 < tokens; k++) {
        if (type[k] == DIGIT && type[k + 1] == DIGIT && adjacent(val[k], val[k + 1])
            && (k + 2 == tokens || type[k + 2] == MULT || type[k + 2] == T_WAN
                || type[k + 2] == T_YI)) {
          type[k] = APPROX;
          val2[k] = val[k + 1];
          tokEnd[k] = tokEnd[k + 1];
          System.arraycopy(type, k + 2, type, k + 1, tokens - k - 2);
          System.arraycopy(val, k + 2, val, k + 1, tokens - k - 2);
          System.arraycopy(val2, k + 2, val2, k + 1, tokens - k - 2);
          System.arraycopy(tokStart, k + 2, tokStart, k + 1, tokens - k - 2);
          System.arraycopy(tokEnd, k + 2, tokEnd, k + 1, tokens - k - 2);
          tokens--;
        }
      }
    }
    if (num.arabic && !num.chinese && tokens == 1) {
      // Bounded to the token: an unbounded indexOf made long texts quadratic.
      int dot = indexOf('.', tokStart[0], tokEnd[0]);
      num.integer = dot < 0;
      num.intDigits = countDigits(tokStart[0], num.integer ? tokEnd[0] : dot);
    } else {
      num.integer = true;
    }
  }

  /**
   * Two digits that together say "about": 七八 (7 to 8), and 三五 (3 to 5, 建设三五个产业园), which
   * would otherwise be the digit string 35.
   */
  private static boolean adjacent(int a, int b) {
    return (b == a + 1 && a > 0) || (a == 3 && b == 5);
  }

  private int countDigits(int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) if (isAsciiDigit(s.charAt(i))) d++;
    return d;
  }

  /**
   * Computes the low and high values, in {@linkplain #normalize canonical} form, or marks the
   * numeral malformed (十三五, 十百, 万万).
   */
  private void evaluate(Numeral num) {
    if (num.digitString) {
      num.low = num.high = digits(0, tokens);
      return;
    }
    if (tokens == 1 && type[0] == ARABIC) {
      // A lone Arabic number (8.5, 108, 2018), most figures: already canonical, no magnitude.
      num.low = num.high = parseArabic(tokStart[0], tokEnd[0]);
      return;
    }
    BigDecimal low = arabicMagnified();
    boolean canonical = low != null;
    if (!canonical) low = value(num, false);
    // Only an approximation (几, 二三) makes the high end differ: the same tokens give the same value.
    BigDecimal high = low == null ? null : hasApprox() ? value(num, true) : low;
    if (low == null || high == null) {
      if (num.malformed == null) num.malformed = RejectionReason.MALFORMED;
      return;
    }
    num.low = canonical ? low : normalize(low);
    num.high = high == low ? num.low : normalize(high);
    // The trailing magnitude: 16亿 → 10^8, 5千万 → 10^7, 1.4万亿 → 10^12; 二十 has none.
    BigDecimal mag = BigDecimal.ONE;
    int k = tokens - 1;
    int magStart = num.end;
    for (; k >= 0; k--) {
      if (type[k] == T_WAN) mag = product(mag, WAN);
      else if (type[k] == T_YI) mag = product(mag, YI);
      else if (type[k] != MORE) break;
      magStart = tokStart[k];
    }
    if (mag.compareTo(BigDecimal.ONE) > 0 && k >= 1 && type[k] == MULT
        && (type[k - 1] == ARABIC || type[k - 1] == DIGIT || type[k - 1] == APPROX)) {
      mag = product(mag, multiplier(val[k])); // 3千万: 千万 is the magnitude
      magStart = tokStart[k];
    }
    num.magnitude = mag;
    num.magStart = magStart;
  }

  /** The value with approximations taken at their low or high end; null if malformed. */
  private BigDecimal value(Numeral num, boolean high) {
    BigDecimal big = BigDecimal.ZERO;
    BigDecimal mid = BigDecimal.ZERO;
    boolean midSet = false;
    BigDecimal small = BigDecimal.ZERO;
    BigDecimal pending = null;
    boolean zero = false; // pending is the placeholder 零 of 一百零五
    int lastMult = Integer.MAX_VALUE;
    int elide = 0; // 一万五 = 15000: the multiplier the bare last digit stands under, divided by 10
    int prevType = 0;
    for (int k = 0; k < tokens; k++) {
      int t = type[k];
      switch (t) {
        case DIGIT, APPROX -> {
          int d = t == APPROX && high ? val2[k] : val[k];
          if (pending != null && !zero) return null; // 十三五: two numbers in a row
          pending = BigDecimal.valueOf(d); // 0 to 9: BigDecimal's own constants
          zero = t == DIGIT && d == 0;
          elide = 0;
          if (t == DIGIT && k == tokens - 1 && !zeroBefore(k)) {
            if (prevType == T_WAN) elide = 1000;
            else if (prevType == T_YI) elide = 10_000_000;
            else if (prevType == MULT && val[k - 1] >= 100) elide = val[k - 1] / 10;
          }
        }
        case ARABIC -> {
          if (pending != null && !zero) return null;
          pending = parseArabic(tokStart[k], tokEnd[k]);
          zero = false;
          // 3万4000 (< 10^4 after 万); 1亿2千万 (< 10^8 after 亿); 3万12345 is malformed.
          if (prevType == T_WAN && pending.compareTo(WAN) >= 0) return null;
          if (prevType == T_YI && pending.compareTo(YI) >= 0) return null;
        }
        case MULT -> {
          int m = val[k];
          if (pending == null || zero) {
            // 十二 (a leading 十 means one ten), 上百 (a leading multiplier after 上/近/数)
            if (k == 0 || (m == 10 && (prevType == T_WAN || prevType == T_YI))) {
              pending = BigDecimal.ONE;
            } else {
              return null;
            }
          }
          if (m >= lastMult) return null; // 十百, 千千
          small = sum(small, product(pending, multiplier(m)));
          pending = null;
          zero = false;
          lastMult = m;
        }
        case T_WAN -> {
          BigDecimal x = pending == null ? small : sum(small, pending);
          if (x.signum() == 0) {
            if (k == 0) x = BigDecimal.ONE; // 上万
            else return null;
          }
          if (midSet) return null; // 万万
          mid = product(x, WAN);
          midSet = true;
          small = BigDecimal.ZERO;
          pending = null;
          zero = false;
          lastMult = Integer.MAX_VALUE;
        }
        case T_YI -> {
          BigDecimal below = sum(sum(mid, small), pending == null ? BigDecimal.ZERO : pending);
          if (below.signum() == 0) {
            if (k == 0) below = BigDecimal.ONE; // 上亿
            else return null; // 亿亿
          }
          big = product(sum(big, below), YI);
          mid = BigDecimal.ZERO;
          midSet = false;
          small = BigDecimal.ZERO;
          pending = null;
          zero = false;
          lastMult = Integer.MAX_VALUE;
        }
        case POINT -> {
          // 三点五, 二十点五万, 百分之十二点五: the digits after 点 are decimals.
          int j = k + 1;
          while (j < tokens && type[j] == DIGIT) j++;
          if (j == k + 1) return null;
          BigDecimal frac = digits(k + 1, j).scaleByPowerOfTen(k + 1 - j); // 0.d1d2…
          pending = pending == null ? frac : sum(pending, frac);
          zero = false;
          k = j - 1;
          lastMult = 1; // no multiplier below 万 may follow
          t = DIGIT;
        }
        case MORE -> {
          num.more = true;
          if (k + 1 < tokens && type[k + 1] != T_WAN && type[k + 1] != T_YI) return null;
        }
        default -> {
          return null;
        }
      }
      prevType = t;
    }
    BigDecimal last = pending == null ? BigDecimal.ZERO : pending;
    if (elide != 0) last = product(last, BigDecimal.valueOf(elide));
    return sum(sum(sum(big, mid), small), last);
  }

  private boolean hasApprox() {
    for (int k = 0; k < tokens; k++) if (type[k] == APPROX) return true;
    return false;
  }

  /** The integer written by the DIGIT tokens {@code [from, to)}, one digit each (二〇一八). */
  private BigDecimal digits(int from, int to) {
    if (to - from <= 18) {
      long v = 0;
      for (int k = from; k < to; k++) v = v * 10 + val[k];
      return BigDecimal.valueOf(v);
    }
    StringBuilder b = new StringBuilder(to - from);
    for (int k = from; k < to; k++) b.append((char) ('0' + val[k]));
    return new BigDecimal(b.toString());
  }

  /** 10, 100 or 1000 without allocating. */
  private static BigDecimal multiplier(int m) {
    return m == 1000 ? THOUSAND : m == 100 ? HUNDRED : BigDecimal.valueOf(m);
  }

  /**
   * {@code a + b}, without allocating when either is zero. Only the numeric value counts: every
   * value of a numeral goes through {@link #normalize} before anyone sees it.
   */
  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) return a;
    if (a.signum() == 0) return b;
    return a.add(b);
  }

  /** {@code a × b}, returning the other factor unchanged (scale included) when one is exactly 1. */
  static BigDecimal product(BigDecimal a, BigDecimal b) {
    if (BigDecimal.ONE.equals(b)) return a;
    if (BigDecimal.ONE.equals(a)) return b;
    return a.multiply(b);
  }

  private boolean zeroBefore(int k) {
    return k > 0 && type[k - 1] == DIGIT && val[k - 1] == 0;
  }

  /**
   * The value of an Arabic number followed by 万, 亿 or 万亿 (2262亿, 1.2万, 3万亿), as {@link #value}
   * computes it but in a long, canonical and without intermediate objects. Null for any other
   * numeral, for zero (0万 is malformed) and for what does not fit a long: {@link #value} decides.
   */
  private BigDecimal arabicMagnified() {
    if (tokens < 2 || tokens > 3 || type[0] != ARABIC) return null;
    int exponent;
    if (tokens == 2 && type[1] == T_WAN) exponent = 4;
    else if (tokens == 2 && type[1] == T_YI) exponent = 8;
    else if (tokens == 3 && type[1] == T_WAN && type[2] == T_YI) exponent = 12;
    else return null;
    if (!parseCompact(tokStart[0], tokEnd[0]) || compactUnscaled == 0) return null;
    long unscaled = compactUnscaled;
    int scale = compactScale - exponent;
    for (; scale < 0; scale++) {
      if (unscaled > Long.MAX_VALUE / 10) return null;
      unscaled *= 10;
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** The Arabic number in {@code [from, to)}, in {@linkplain #normalize canonical} form. */
  private BigDecimal parseArabic(int from, int to) {
    if (parseCompact(from, to)) return BigDecimal.valueOf(compactUnscaled, compactScale);
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ',') b.append(c);
    }
    return normalize(new BigDecimal(b.toString()));
  }

  /**
   * Parses the Arabic number in {@code [from, to)} into {@link #compactUnscaled} and {@link
   * #compactScale}, canonical, if it has at most 18 digits (most figures): no string is built.
   * Returns false, leaving them as they were, for a longer number.
   */
  private boolean parseCompact(int from, int to) {
    long unscaled = 0;
    int digits = 0;
    int scale = -1; // digits after the point, -1 before it
    boolean plain = true;
    for (int i = from; i < to && plain; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) scale++;
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else if (c != ',') {
        plain = false;
      }
    }
    if (plain && digits > 0 && digits <= 18) {
      scale = Math.max(scale, 0);
      while (scale > 0 && unscaled % 10 == 0) { // 1.50 is 1.5, as normalize would make it
        unscaled /= 10;
        scale--;
      }
      compactUnscaled = unscaled;
      compactScale = scale;
      return true;
    }
    return false;
  }

  /** Canonical form: no trailing zeros, never a negative scale (18000, not 1.8E+4). */
  static BigDecimal normalize(BigDecimal v) {
    if (v.scale() == 0) return v; // an integer is already in that form: stripping gives it back
    BigDecimal r = v.stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  // ======================================================================== one candidate

  /** Scans the candidate at {@code p} and returns where the scan goes on. */
  private int candidate(int p) {
    char c = s.charAt(p);
    // 十分之一 is a fraction; the idiom 十分 (very) never stands before 之
    if (isNumeralChar(c) && !s.startsWith("分之", p + 1)) {
      int idiomEnd = idiomAt(p);
      if (idiomEnd > p) return idiomEnd;
    }
    if (c == '百' && s.startsWith("百分之", p)) return percentWord(p, "百分之", BigDecimal.ONE);
    if (c == '千' && s.startsWith("千分之", p)) return percentWord(p, "千分之", TENTH);
    if (c == '翻') return doubling(p);
    // 十三五, 十四五: plan names, not 13 followed by 5 (nor 十四 to 十五, read as 二三十 is).
    if (isPlanName(p)) return reject(p, p + 3, RejectionReason.NAME);
    boolean magnitudeFirst = p > 0 && "上近逾超约数几".indexOf(s.charAt(p - 1)) >= 0
        || (isMultiplier(c) && magnitudeBeforeUnit(p));
    Numeral num = readNumeral(p, magnitudeFirst, first);
    if (num == null) {
      int e = p;
      while (e < n && (isMultiplier(s.charAt(e)) || s.charAt(e) == '几' || s.charAt(e) == '数')) {
        e++;
      }
      if (isMultiplier(c)) {
        // 亿元以上企业, 万亩良田, 万亿元级: a magnitude with no number before it, before a unit;
        // 老百姓, 千方百计-like words have no unit after the character.
        boolean unitAfter = e < n && scanner.units.longestMatch(s, e) != null;
        reject(p, e, unitAfter ? RejectionReason.MAGNITUDE_ONLY : RejectionReason.WORD);
      }
      return e;
    }
    if (num.malformed != null) {
      RejectionReason reason = num.malformed;
      // 十三五, 十四五: plan names, not the number 13 followed by 5.
      if (reason == RejectionReason.MALFORMED && isPlanName(num.start)) {
        reason = RejectionReason.NAME;
      }
      return reject(num.start, num.end, reason);
    }
    // 四分之一, 三分之二: fractions, in percent.
    if (s.startsWith("分之", num.end) && !num.approximate() && !num.more) {
      return fraction(num);
    }
    return afterNumeral(num);
  }

  /**
   * Whether the magnitude at {@code p} stands for one of itself: after 突破, 达, 达到 or 超过 and
   * before a unit ({@code 突破万亿元}, {@code 达千亿元}, {@code 超过百亿元}), or before 余 or 多 and a
   * unit ({@code 万余人}, {@code 千余家}). Counter-examples, no quantity: 亿元以上企业 (no 破 or 达
   * before 亿: a magnitude alone, rejected as such); 过万人 is left out, as 过 alone is no
   * qualifier (通过3亿元 would read as 超过), but 超过 is; 直达万家灯火 (after 达 only money or
   * people: 客流达万人次 is one); 年产值达亿元的企业, 达到万元以上的农户 (after 达, a class: 的 or 以
   * after the unit).
   */
  private boolean magnitudeBeforeUnit(int p) {
    int e = p;
    while (e < n && e - p < 3 && isMultiplier(s.charAt(e))) e++;
    if (e < n && (s.charAt(e) == '余' || s.charAt(e) == '多')) {
      return e + 1 < n && scanner.units.longestMatch(s, e + 1) != null;
    }
    char prev = p > 0 ? s.charAt(p - 1) : '\0';
    // 超过百亿元 is read as 突破 is, as 超过100亿元 is read (超过亿元的企业 too); 达到千亿元 as 达
    if (p >= 2 && s.startsWith("超过", p - 2)) prev = '破';
    if (p >= 2 && s.startsWith("达到", p - 2)) prev = '达';
    if ((prev != '破' && prev != '达') || e >= n) return false;
    Tables.UnitEntry u = scanner.units.longestMatch(s, e);
    if (u == null || (prev == '达' && u.unit().dimension() != Dimension.MONEY
        && u.unit().dimension() != Dimension.PEOPLE)) {
      return false;
    }
    int after = e + u.surface().length();
    return prev == '破' || after >= n || "的以级".indexOf(s.charAt(after)) < 0;
  }

  /** 十一五 … 十五五: the five-year plans, which read like 十三 followed by 五. */
  private boolean isPlanName(int p) {
    return p + 3 <= n && s.charAt(p) == '十' && chineseDigit(s.charAt(p + 1)) > 0
        && s.charAt(p + 2) == '五';
  }

  /** Everything that follows a well-formed numeral: dates, codes, unit, range, qualifiers. */
  private int afterNumeral(Numeral num) {
    int p = num.start;
    int e = num.end;
    char next = e < n ? s.charAt(e) : '\0';
    char prev = p > 0 ? s.charAt(p - 1) : '\0';

    // 第十八批, 第3季度: ordinals. Counter-example kept: 等八个方面 (no 第) is a count.
    if (prev == '第') return reject(p - 1, ordinalEnd(e), RejectionReason.ORDINAL);
    // 投资10\n26亿元: digits on both sides of a column break are one number the layout split
    // (check's A1 reports it); either part alone is a wrong figure (26亿元 for 1026亿元).
    // Counter-examples kept: a blank line between them (2024\n\n5亿元项目开工: a paragraph opens
    // with a figure), a line that ends on purpose, a written space (附件1 50个; but 1 026亿元 is a
    // grouped number, and 026亿元 no figure).
    if (num.arabic && (splitBefore(p) || splitAfter(e) || groupAfterSpace(p))) {
      return reject(p, e + scanner.unitLength(s, e), RejectionReason.MALFORMED);
    }
    // 12,34,567元, 1,0000人, 15,20,100个: a number right after a digit and an ASCII comma is the
    // tail of a run the normalizer did not take for one grouped number (groups of other than three,
    // or a list written with commas); alone it is a wrong figure (34,567元, 0000人 = 0, 20,100个).
    // check's E10 reports the groupings it can tell from a list. Counter-examples kept: 3,200,000元
    // is read whole, and a full-width comma of prose stays one (共12，其中5个).
    // The head of such a run (12 of 12,34,567) is no figure either, even with --all-numbers.
    if (num.arabic && ((p >= 2 && s.charAt(p - 1) == ',' && isAsciiDigit(s.charAt(p - 2)))
        || (next == ',' && e + 1 < n && isAsciiDigit(s.charAt(e + 1))))) {
      return reject(p, e + scanner.unitLength(s, e), RejectionReason.MALFORMED);
    }
    if (next == '/') {
      int f = slashFraction(num);
      if (f >= 0) return f;
    }
    // 第3、4个, 第三、四批: the ordinals of a list opened by 第. Counter-example kept: 3、4个月 (no 第).
    if (prev == '、' && ordinalList(p - 1)) return reject(p, ordinalEnd(e), RejectionReason.ORDINAL);
    // PM2.5, G8, C919, GB/T 15835: a letter right before the number makes it a code, unless the
    // letters are a metric acronym and a unit follows (GDP3.2万亿元, CPI 2.1%; GDP2 stays a code).
    boolean acronym = false;
    if (isAsciiLetter(prev) || (prev == ' ' && p > 1 && isAsciiLetter(s.charAt(p - 2)))
        || prev == '/' || prev == '.') {
      acronym = num.arabic && acronymBefore(prev == ' ' ? p - 1 : p);
      if (!acronym) return reject(p, codeEnd(e), RejectionReason.CODE);
    }
    // 1.2.3: a dotted section or version number.
    if (num.arabic && next == '.' && e + 1 < n && isAsciiDigit(s.charAt(e + 1))) {
      return reject(p, codeEnd(e), RejectionReason.CODE);
    }
    // “5+1”, 1+N: numbers joined by plus signs name a scheme.
    if (next == '+' || prev == '+') return reject(p, codeEnd(e), RejectionReason.NAME);

    // Calendar words decide before units: 2018年 is a year, 3年 a length of time.
    RejectionReason calendar = calendar(num, e);
    if (calendar != null) return reject(p, calendarEnd(e, calendar), calendar);

    // Units, including 成 and 折 which are percentages only right after a small numeral.
    Tables.UnitEntry unit = percentWordUnit(num, e);
    int unitEnd;
    Unit u;
    BigDecimal factor;
    if (unit == null) {
      unit = scanner.units.longestMatch(s, e);
      if (unit != null && isAsciiLetter(unit.surface().charAt(0))
          && e + unit.surface().length() < n
          && isAsciiLetter(s.charAt(e + unit.surface().length()))) {
        unit = null; // 5kWp is not 5 kW followed by p
      }
    }
    boolean half = false;
    if (unit != null && unit.surface().equals("个") && e + 2 < n
        && (s.charAt(e + 1) == '多' || s.charAt(e + 1) == '半')) {
      // 3个多月, 两个多小时, 5个多百分点, 一个半月: 多 or 半 stands inside the unit; read as
      // 3 个 followed by 多月, the figure would be a count.
      Tables.UnitEntry inner = innerUnit(e);
      if (inner != null) {
        half = s.charAt(e + 1) == '半';
        if (!half) num.more = true;
        unit = inner;
        unitEnd = e + 1 + inner.surface().length(); // 个 多 月: the 多 and 个月
      } else {
        unitEnd = e + 1;
      }
    } else {
      unitEnd = unit == null ? e : e + unit.surface().length();
    }
    if (unit != null && unitBelongsToWord(num, e, unit)) unit = null;
    if (unit != null && unit.unit().dimension() == Dimension.PERCENTAGE_POINT
        && isAsciiLetter(unit.surface().charAt(0)) && !rateBefore(num.start)) {
      // 扩增产物大小为1500bp, 采用3BP网络: base pairs, a name; BP is a basis point only after a rate
      // (利率上行15BP, 1年期LPR下降10BP: second read)
      unit = null;
      unitEnd = e;
    }
    if (unit != null && unit.surface().equals("个") && unitEnd == e + 1) {
      // 分别增长3个和5个百分点, 高0.03个和低0.12个百分点: the points are shared (review 13: 3个 was a
      // count). Counter-example kept: 新建学校3个和幼儿园5个 (no points after the second).
      Tables.UnitEntry shared = sharedPointsAfter(unitEnd);
      if (shared != null) unit = shared;
    }
    if (unit != null && unit.unit().dimension() == Dimension.PERCENTAGE_POINT
        && unit.surface().endsWith("基点") && exchangeRateBefore(p)) {
      // 人民币对美元汇率中间价调贬23个基点: a pip of a rate (0.0001 yuan), not a hundredth of a
      // percentage point; the number is left without a unit (not reported). Counter-example kept:
      // 一年期LPR下调10个基点 (no exchange rate named).
      unit = null;
    }
    if (unit != null) {
      u = unit.unit();
      factor = unit.factor();
      // 一年半, 3年半, 一成半: 半 after the unit adds a half (1.5 年, 15%).
      if (!half && unitEnd < n && s.charAt(unitEnd) == '半' && num.integer && !num.approximate()
          && !num.more && (unit.surface().equals("年") || unit.surface().equals("成"))) {
        half = true;
        unitEnd++;
      }
      // 元/吨, 万元/亩, 元/月: a unit per unit is a rate, never added to amounts.
      int perEnd = perUnitEnd(unitEnd);
      if (perEnd > 0) {
        u = rate(u, unitEnd, perEnd);
        unitEnd = perEnd;
      }
      if (half) {
        num.low = num.high = num.low.add(HALF);
      }
    } else {
      unitEnd = e;
      u = Unit.NONE;
      factor = BigDecimal.ONE;
    }
    // 5G, 3G, 4K: letters after a number that are not a unit make a code.
    if (unit == null && (acronym || isAsciiLetter(next))) {
      return reject(p, codeEnd(e), RejectionReason.CODE);
    }

    // 1000吨级航道, 百万千瓦级机组, 100亿元级产业: a unit before 级 names a class, not a figure.
    if (unit != null && unitEnd < n && s.charAt(unitEnd) == '级') {
      return reject(p, unitEnd + 1, RejectionReason.DESIGNATION);
    }
    // 前10名, 前三位: a rank, not a head-count.
    if (prev == '前' && unit != null && (unit.surface().equals("名") || unit.surface().equals("位"))) {
      return reject(p - 1, unitEnd, RejectionReason.ORDINAL);
    }
    // 排名前移2位, 位次上升3位: a move in a ranking, not people. Counter-examples kept: 新增3位院士,
    // 引进5位院士 (not 进).
    if (p > 0 && unit != null && unit.surface().equals("位") && "移升降退".indexOf(prev) >= 0) {
      return reject(p, unitEnd, RejectionReason.ORDINAL);
    }
    // 10年期国债, 一年期LPR, 五年期以上贷款: the term of a bond or loan names it, not a length of
    // time. Counter-examples kept: 3年期间 (during three years), 3年期满 (when three years are up).
    // 7天期逆回购, 3个月期国库现金定存 (review 13 found DURATION 7天) as well.
    // (30天期限内, 3个月期限, 3年期末: a deadline or an end stays a length; second read)
    if (unit != null && isTerm(unit.surface()) && !half && unitEnd < n
        && s.charAt(unitEnd) == '期' && !startsWithAny(unitEnd + 1, "间", "内", "满", "限", "末")) {
      return reject(p, unitEnd + 1, RejectionReason.DESIGNATION);
    }
    // 十年前的1.5倍, 三个月前: a time ago, a point in time, not a length (review 13 found DURATION
    // 十年). Counter-examples kept: 提前3年完成 (前 before the figure), 步行30分钟前往, 约3年前后.
    if (unit != null && u.dimension() == Dimension.DURATION && !half && unitEnd < n
        && s.charAt(unitEnd) == '前' && !startsWithAny(unitEnd + 1, "期", "列", "沿", "往", "进", "行", "后")) {
      return reject(p, unitEnd + 1, RejectionReason.PERIOD);
    }
    // 15分钟便民生活圈, 1小时经济圈: the name of a zone reached in that time, not a length (review
    // 13 found DURATION 十五分钟). Counter-example kept: 通勤时间缩短15分钟 (no 圈 after it).
    if (unit != null && (unit.surface().equals("分钟") || unit.surface().equals("小时"))
        && circleAfter(unitEnd)) {
      return reject(p, unitEnd, RejectionReason.NAME);
    }
    // 二套房贷利率, 二套住房: a buyer's second home, not two. Counter-example kept: 购买两套房.
    if (unit != null && unit.surface().equals("套") && num.singleChar && s.charAt(p) == '二'
        && unitEnd < n && (s.charAt(unitEnd) == '房' || s.startsWith("住房", unitEnd))) {
      return reject(p, unitEnd, RejectionReason.DESIGNATION);
    }
    // 每10万人拥有医生30人, 每10股派发现金红利3.5元: the divisor of the rate after it, no figure (review
    // 16: 10万人 was 100000 people, 10股 ten shares). Counter-example kept: 每年10万人 (每 not right
    // before the number).
    if (unit != null && p > 0 && s.charAt(p - 1) == '每' && p - 1 >= consumedTo) {
      return reject(p, unitEnd, RejectionReason.DIVISOR);
    }
    // 一股热潮, 两股力量: a Chinese numeral before 股 is a measure word of a force, not shares.
    // Counter-examples kept: 回购股份1256.3万股, 送红股2股, 一千万股 (a magnitude).
    if (unit != null && unit.surface().equals("股") && num.chinese && !num.hasBig) {
      return reject(p, unitEnd, RejectionReason.WORD);
    }
    // 沪深300股指期货, 前10股东, 600519股价, 3股力量, 12股份公司: 股 begins a word, and the number is an
    // index's, a rank or a code (second read: 300 股). Counter-examples kept: 回购股份1256.3万股，,
    // 3000万股股份 (股 after 股).
    if (unit != null && unit.surface().equals("股") && unitEnd < n
        && SHARE_WORDS.indexOf(s.charAt(unitEnd)) >= 0) {
      return reject(p, unitEnd, RejectionReason.WORD);
    }
    // 零部件, 零件, 零台账, 零元购: a lone 零 and a unit's character that make a word, no count of
    // nothing (review 16: 零部件 was 0 部 in every trade release, and cut the next metric to 件出口).
    // Counter-examples kept, zeros: 死亡人数零人, 减少到零家, 新增确诊病例零例 (second read), 零点五亿元.
    if (unit != null && num.singleChar && s.charAt(p) == '零' && startsWithAny(p, ZERO_WORDS)) {
      return reject(p, unitEnd, RejectionReason.WORD);
    }
    // 10种有色金属产量: the statistic's name in Arabic digits (十种有色金属 is in idioms.txt; review
    // 15 found a count of 10). Counter-example kept: 开发5种有色金属新材料 (not ten) is a count.
    if (unit != null && unit.surface().equals("种") && num.arabic && num.integer
        && num.low.intValue() == 10 && !num.approximate() && s.startsWith("有色金属", unitEnd)) {
      return reject(p, unitEnd, RejectionReason.NAME);
    }
    // 十四届全国人大二次会议, 省委十一届三次全会: the session of a congress, not a count of
    // meetings. Counter-example kept: 召开三次会议 (no 届 or 人大 before it) is a count.
    if (unit != null && unit.surface().equals("次") && isSession(p, unitEnd)) {
      return reject(p, unitEnd, RejectionReason.ORDINAL);
    }
    // 三年行动计划, 五年规划, 第十四个五年规划: the name of a plan, not a length of time.
    // Counter-example kept: 为期三年的行动 (the 的 makes 三年 a length).
    if (unit != null && unit.surface().equals("年") && !half
        && (startsWithAny(unitEnd, "行动", "规划", "计划", "攻坚"))) {
      return reject(p, unitEnd, RejectionReason.NAME);
    }
    // A range: 3至5年, 15～20%, 30万～50万元, 9～16亿, 2000万元至5000万元.
    int range = range(num, u, factor, unitEnd);
    if (range >= 0) return range;

    if (u == Unit.NONE) {
      return bare(num);
    }
    // 一个统领性目标, 一批, 一种: 一 before a classifier is the indefinite article, not a count.
    if (num.singleChar && num.low.intValue() == 1 && s.charAt(p) == '一'
        && (u.dimension() == Dimension.COUNT || u.dimension() == Dimension.PEOPLE)) {
      return reject(p, unitEnd, RejectionReason.ARTICLE);
    }
    return emitScaled(num, factor, u, unitEnd, null);
  }

  /**
   * The unit of 3个多月 or 一个半小时 at {@code e} (the 个): 个月 or 小时, read past the 多 or 半, or
   * null. A unit that begins with 个 (个月, 个百分点) is returned whole; the caller's end skips the
   * one character between.
   */
  private Tables.UnitEntry innerUnit(int e) {
    String probe = "个" + s.substring(e + 2, Math.min(n, e + 8));
    Tables.UnitEntry whole = scanner.units.longestMatch(probe, 0);
    if (whole != null && whole.surface().length() > 1) return whole;
    Tables.UnitEntry after = scanner.units.longestMatch(s, e + 2);
    // 两个多小时, 三个多星期 are lengths of time; 十个多功能厅 is not 十 个多功能.
    return after != null && after.unit().dimension() == Dimension.DURATION
        ? new Tables.UnitEntry("个" + after.surface(), after.unit(), after.factor()) : null;
  }

  /**
   * Whether the unit at {@code e} is the first character of a word, not a unit. Only after a bare
   * magnitude: 引进50亿项目 (项目, not 50亿 项), 安排2亿支持 (支持), 1200亿支出, 将50亿列入预算,
   * 5000万起步, 这5亿只是, 5万台币, 带动5万种植户; and 49.5升至50.2 (升至 is "rose to", not litres)
   * and 0.5个点. The words are data, in {@code unit-words.txt}.
   * Counter-examples kept: 完成3项目标任务 (no magnitude: 3 项), 5亿只口罩, 5万台设备.
   */
  private boolean unitBelongsToWord(Numeral num, int e, Tables.UnitEntry unit) {
    String w = unit.surface();
    if (w.equals("升")) return e + 1 < n && "至到为了".indexOf(s.charAt(e + 1)) >= 0;
    // 增长0.5个点: 个点 is colloquial for a percentage point, or an index point; neither is 个.
    if (w.equals("个")) return e + 1 < n && s.charAt(e + 1) == '点';
    if (w.length() != 1 || num.magStart >= e || e + 1 >= n) return false;
    return startsWithAny(e, scanner.unitWords); // unit-words.txt
  }

  /**
   * Whether an exchange rate is named before {@code p} in its sentence, within {@value
   * #RATE_REACH} characters: 汇率, 中间价, 对美元, 兑美元, 美元指数.
   */
  private boolean exchangeRateBefore(int p) {
    for (int i = p - 1; i >= 0 && i >= p - RATE_REACH; i--) {
      char c = s.charAt(i);
      if (c == '。' || c == '；' || c == '\n') return false;
      // 人民币汇率保持基本稳定，一年期LPR下调10个基点: another rate nearer the figure is its own
      if (startsWithAny(i, "LPR", "利率", "收益率", "准备金率", "MLF", "回购")) return false;
      if (startsWithAny(i, "汇率", "中间价", "对美元", "兑美元", "美元指数")) return true;
    }
    return false;
  }

  private static final int RATE_REACH = 40;

  /** Whether a rate or a bond is named before {@code p} in its clause, within 24 characters. */
  private boolean rateBefore(int p) {
    for (int i = p - 1; i >= 0 && i >= p - 24; i--) {
      char c = s.charAt(i);
      if (c == '，' || c == '。' || c == '；' || c == '\n') return false;
      if (c == '率' || c == '息' || c == '债' || startsWithAny(i, "LPR", "MLF", "利差", "SHIBOR", "Shibor")) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithAny(int at, String... words) {
    return startsWithAny(at, Arrays.asList(words));
  }

  private boolean startsWithAny(int at, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, at)) return true;
    }
    return false;
  }

  /** 十四届全国人大二次会议, 三次全会: {@code 次} before 会议 or 全会, in a congress's name. */
  private boolean isSession(int p, int unitEnd) {
    if (!startsWithAny(unitEnd, "会议", "全会", "全体会议")) return false;
    if (p >= 2 && (s.startsWith("人大", p - 2) || s.startsWith("政协", p - 2))) return true;
    for (int i = p - 1; i >= Math.max(0, p - 12); i--) {
      char c = s.charAt(i);
      if (c == '届') return true;
      if (c == '，' || c == '。' || c == '；' || c == '\n') return false;
    }
    return false;
  }

  /**
   * The end of a unit per unit after {@code unitEnd} (元/吨, 万元/亩, 元/月, 吨/日), or -1. The
   * denominator is a unit of the table or a calendar word (月, 日, 天, 年).
   */
  private int perUnitEnd(int unitEnd) {
    if (unitEnd + 1 >= n || s.charAt(unitEnd) != '/') return -1;
    Tables.UnitEntry per = scanner.units.longestMatch(s, unitEnd + 1);
    if (per != null) return unitEnd + 1 + per.surface().length();
    return "月日天年".indexOf(s.charAt(unitEnd + 1)) >= 0 ? unitEnd + 2 : -1;
  }

  /**
   * {@code u} per the denominator at {@code [unitEnd + 1, perEnd)} that {@link #perUnitEnd} found:
   * its canonical symbol when it is a unit of the table (元/公里 for 元/千米), else as written (元/月).
   */
  private Unit rate(Unit u, int unitEnd, int perEnd) {
    Tables.UnitEntry per = scanner.units.longestMatch(s, unitEnd + 1);
    String symbol = per != null && unitEnd + 1 + per.surface().length() == perEnd
        ? per.unit().symbol() : s.substring(unitEnd + 1, perEnd);
    return new Unit(u.symbol() + "/" + symbol, Dimension.RATE);
  }

  /** A number with no unit. */
  private int bare(Numeral num) {
    int p = num.start;
    int e = num.end;
    char next = e < n ? s.charAt(e) : '\0';
    char prev = p > 0 ? s.charAt(p - 1) : '\0';
    // 1.2万, 三万, 一万八千, 9亿: a magnitude makes a quantity even without a unit (新增就业1.2万).
    boolean magnitude = num.hasBig;
    // 一、 (1) （二十九） 1. : list markers, at the start of a line or clause.
    if (!magnitude && (prev == '（' || prev == '(') && (next == '）' || next == ')')) {
      return reject(p - 1, e + 1, RejectionReason.ENUMERATOR);
    }
    if (!magnitude && (next == '、' || (next == '.' && num.arabic)) && atClauseStart(p)) {
      return reject(p, e + 1, RejectionReason.ENUMERATOR);
    }
    if (num.low.signum() == 0 && num.high.signum() == 0 && !num.approximate() && !num.more) {
      int zero = fallenToZero(num, e);
      if (zero >= 0) return zero;
    }
    if (num.chinese && !num.hasMultiplier) {
      // 统一, 进一步, 一线, 两岸: a lone Chinese digit in a word.
      return reject(p, e, RejectionReason.WORD);
    }
    if (num.arabic && (!num.chinese || num.hasBig) && !num.approximate() && !num.more) {
      int shared = sharedUnit(num, e);
      if (shared >= 0) return shared;
    }
    if (num.arabic && (!num.chinese || trailingMagnitude(num)) && !num.approximate() && !num.more) {
      int headed = unitHeaded(num, e);
      if (headed >= 0) return headed;
    }
    if (magnitude && next == '度' && num.magStart < e && num.magStart > num.start
        && !num.approximate()) {
      // 年发电量2.5亿度, 用电量120万度: electricity in kWh; a magnitude before 度 is never a temperature
      // (review 16: 250000000 with no unit). Counter-examples: 三十度 (no magnitude), 上万度高温 (a
      // magnitude alone) are not read.
      Tables.UnitEntry kwh = scanner.units.longestMatch("千瓦时", 0);
      if (kwh != null) return emitScaled(num, BigDecimal.ONE, kwh.unit(), e + 1, "度");
    }
    if (magnitude && prev == '每' && p - 1 >= consumedTo) {
      // 每10万常住人口拥有执业医师32人: the divisor of a rate, as 每10万人 is (second read)
      return reject(p, e, RejectionReason.DIVISOR);
    }
    if (!magnitude && !allNumbers) return reject(p, e, RejectionReason.NO_UNIT);
    if (!magnitude && num.arabic && yearLike(num, p, e)) {
      // A bare 2018 is a year far more often than a count.
      return reject(p, e, RejectionReason.YEAR);
    }
    return emit(p, num, num.low, num.high, Unit.NONE, e, null);
  }

  /**
   * Reports a bare zero as the new level of {@code 由A降至0} in A's unit: {@code 重污染天数由5天下降到0},
   * {@code 贫困发生率由10.2%降至零} (review 13: the zero was not found, and the fall was lost). Only
   * right after a verb of falling to, and only when 由 and a figure with its unit open the move in
   * the same clause; returns the end reported, or -1. Counter-example: {@code 降至0.5%} has its own
   * unit, {@code 清零} or {@code 归零} no 由.
   */
  private int fallenToZero(Numeral num, int e) {
    int v = num.start;
    int verb = -1;
    for (String w : FALLEN_TO) {
      if (v - w.length() >= 0 && s.startsWith(w, v - w.length())) {
        verb = v - w.length();
        break;
      }
    }
    if (verb < 0) return -1;
    // the old level's digits end a unit (and magnitude) before the verb: 5天, 10.2%, 1.2万吨
    int k = verb - 1;
    while (k >= 0 && verb - k <= FALL_UNIT_MAX && !isAsciiDigit(s.charAt(k))) k--;
    if (k < 0 || !isAsciiDigit(s.charAt(k))) return -1;
    int j = k + 1;
    while (j < verb && (s.charAt(j) == '万' || s.charAt(j) == '亿')) j++;
    Tables.UnitEntry unit = scanner.units.longestMatch(s, j);
    if (unit == null || j + unit.surface().length() != verb
        || unit.unit().dimension() == Dimension.NONE) {
      return -1;
    }
    // 由 or 从 before it in its clause (由5天, 由2019年的5天, 从5天)
    while (k >= 0 && (isAsciiDigit(s.charAt(k)) || s.charAt(k) == '.')) k--;
    for (int i = k; i >= Math.max(0, k - FALL_REACH); i--) {
      char c = s.charAt(i);
      if (c == '由' || c == '从') {
        return emitScaled(num, BigDecimal.ONE, unit.unit(), e, s.substring(j, verb));
      }
      if (c == '，' || c == '。' || c == '；' || c == '\n' || c == ',') return -1;
    }
    return -1;
  }

  /** The longest unit (with its magnitude) {@link #fallenToZero} reads before the verb: 万千瓦时. */
  private static final int FALL_UNIT_MAX = 6;

  /** What a 股 begins as a word after a number: 股指, 股东, 股票, 股价, 股份, 股力量 …. */
  private static final String SHARE_WORDS = "东票权指价市民份本息利力资势";

  /** Words that a lone 零 begins with a unit's character: 零部件, 零件. */
  private static final List<String> ZERO_WORDS = List.of("零部件", "零件", "零元购", "零台账", "零次方");

  /** The verbs of {@link #fallenToZero}, longest first. */
  private static final List<String> FALLEN_TO = List.of("下降到", "下降至", "减少到", "减少至", "回落到",
      "回落至", "降低到", "降低至", "降到", "降至", "降为", "减至", "减为", "减到");

  /** How far before the old level {@link #fallenToZero} looks for 由: 由2019年的5天. */
  private static final int FALL_REACH = 24;

  /**
   * Reports bare {@code num} in the unit written in brackets right before it, as a company report's
   * table writes its lines: {@code 营业收入（元）：1,234,567,890.12}, {@code 基本每股收益（元/股）0.52},
   * {@code 比上年同期增减（%）：-8.76}, {@code 总资产（万元）：56,789.12} (review 16: not found). Returns
   * the end reported, or -1. Only ）, ）： or ）: and a sign may stand between. Counter-examples kept
   * bare: {@code （2）3} (no unit), {@code （元）2023} (a year).
   */
  private int unitHeaded(Numeral num, int e) {
    int k = num.start;
    if (k > 0 && (s.charAt(k - 1) == '-' || s.charAt(k - 1) == '+')) k--;
    if (k > 0 && (s.charAt(k - 1) == '：' || s.charAt(k - 1) == ':')) k--;
    if (k < 3 || (s.charAt(k - 1) != '）' && s.charAt(k - 1) != ')')) return -1;
    int close = k - 1;
    int open = -1;
    for (int i = close - 1; i >= Math.max(0, close - HEADED_UNIT_MAX - 1); i--) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        open = i;
        break;
      }
    }
    if (open < 0 || open + 1 >= close) return -1;
    BigDecimal mag = magnitudeAt(open + 1);
    // 出口额（美元）1.2亿: the number's own magnitude with a plain unit (second read); not 两个
    // (（万元）3.5亿 says the value twice).
    if (num.hasBig && mag.compareTo(BigDecimal.ONE) != 0) return -1;
    int m = open + 1 + magnitudeLength(open + 1);
    Tables.UnitEntry unit = scanner.units.longestMatch(s, m);
    if (unit == null || unit.unit().dimension() == Dimension.NONE) return -1;
    int unitEnd = m + unit.surface().length();
    Unit u = unit.unit();
    int perEnd = perUnitEnd(unitEnd);
    if (perEnd > 0) {
      u = rate(u, unitEnd, perEnd);
      unitEnd = perEnd;
    }
    if (unitEnd != close || yearLike(num, num.start, e) || rowAfterBreak(close, e)) return -1;
    return emitScaled(num, product(mag, unit.factor()), u, e, s.substring(open + 1, close));
  }

  /**
   * Whether a line break stands between a bracketed unit closing at {@code close} and the number
   * ending at {@code e}, and the number's line goes on after it: a table's next row, not the
   * header's value. {@code 序号\t项目名称\t总投资（亿元）\n1\t新能源电池项目\t120} (review 19: row 1 was
   * read as 1亿元 of investment). Counter-example kept: {@code 营业收入（元）\n1,234,567,890.12}, the
   * value alone on the line after its label, as a PDF wraps it.
   */
  private boolean rowAfterBreak(int close, int e) {
    String o = normalized.original();
    int from = normalized.toOriginal(close);
    int to = normalized.toOriginal(e);
    boolean broken = false;
    for (int i = from; i < to && i < o.length(); i++) {
      char c = o.charAt(i);
      if (c == '\n' || c == '\r') broken = true;
    }
    if (!broken) return false;
    for (int i = to; i < o.length(); i++) {
      char c = o.charAt(i);
      if (c == '\t' || Character.isLetterOrDigit(c)) return true;
      if (c != ' ' && c != '\u3000') return false;
    }
    return false;
  }

  /** Whether {@code num} is Arabic digits and one trailing magnitude: 1.2亿, 3500万 (not 3万4000). */
  private boolean trailingMagnitude(Numeral num) {
    if (!num.hasBig || num.magStart <= num.start || num.magnitude.compareTo(BigDecimal.ONE) <= 0) {
      return false;
    }
    for (int i = num.start; i < num.magStart; i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && c != '.' && c != ',') return false;
    }
    return true;
  }

  /** The longest unit in brackets {@link #unitHeaded} reads: 万元/平方米. */
  private static final int HEADED_UNIT_MAX = 8;

  /** Whether {@code num} is four digits from 1900 to 2100 with no grouping: a year, written bare. */
  private boolean yearLike(Numeral num, int p, int e) {
    return num.integer && num.intDigits == 4 && num.low.intValue() >= 1900
        && num.low.intValue() <= 2100 && !hasGrouping(p, e);
  }

  /**
   * Reports bare {@code num} with the unit, and the magnitude it lacks, of the list it opens after
   * 分别: {@code 分别为428.5和856.3亿元}, {@code 总投资分别为12、8亿元}, {@code 分别增长4.1、5.6和6.2%}, and
   * without 分别 before points ({@code 高于全国0.4、0.5和1.0个百分点}). Review 15: only the last
   * number was found, and it took the list for its metric (spending typed as revenue). Returns the
   * end reported, or -1. Counter-examples kept bare: {@code 新建学校3和5} (no unit ends the list),
   * {@code 2023和2024年} (years) and lists without 分别 in the clause ({@code 3和5号线}). A unit
   * per unit is shared as a rate ({@code 分别为3000和3500元/吨}).
   */
  private int sharedUnit(Numeral num, int e) {
    int j = e;
    for (int items = 0; items < SHARED_ITEMS_MAX; items++) {
      if (j >= n || "和、与及".indexOf(s.charAt(j)) < 0) return -1;
      int d0 = ++j;
      // (12,000和15,000元: a thousands separator between digits, second read)
      while (j < n && j - d0 < 20 && (isAsciiDigit(s.charAt(j)) || s.charAt(j) == '.'
          || (s.charAt(j) == ',' && j > d0 && j + 3 < n && isAsciiDigit(s.charAt(j + 1))
              && isAsciiDigit(s.charAt(j + 3))))) {
        j++;
      }
      if (j == d0 || s.charAt(j - 1) == '.') return -1;
      BigDecimal mag = magnitudeAt(j);
      int m = j + magnitudeLength(j);
      Tables.UnitEntry unit = scanner.units.longestMatch(s, m);
      if (unit == null) {
        j = m; // a middle item with or without its magnitude: 1650亿和3.8亿元 share 元
        continue;
      }
      int unitEnd = m + unit.surface().length();
      Dimension dim = unit.unit().dimension();
      if (dim == Dimension.NONE || dim == Dimension.DURATION) return -1;
      // 常住人口和城镇化率分别为1200万和65%: a count beside a rate, no 1200万 % (second read); a
      // magnitude on one side only, or on a rate, shares nothing
      boolean rate = dim == Dimension.PERCENT || dim == Dimension.PERCENTAGE_POINT;
      if ((rate && (num.hasBig || m > j)) || (num.hasBig && m == j)) return -1;
      // 分别为2000和2500万元 is money; a year-like number shares a unit only with a magnitude after
      // the list (2023和2024年 are years: 年 is a length of time, refused above)
      if (m == j && yearLike(num, num.start, e)) return -1;
      // 分别建设10万和30万吨级码头, 前10和20名, 上升3和5位: a class, a rank, a move in a ranking
      // (the last item's own rejections, second read)
      if (unitEnd < n && s.charAt(unitEnd) == '级') return -1;
      if (unit.surface().equals("名") || unit.surface().equals("位")) return -1;
      if (dim != Dimension.PERCENTAGE_POINT && !respectivelyBefore(listStart(num.start))) return -1;
      if (unitBelongsToWord(num, m, unit)) return -1;
      BigDecimal factor = num.hasBig ? unit.factor() : product(mag, unit.factor());
      int from = num.hasBig ? m : j;
      // 分别为3000和3500元/吨: a unit per unit is shared as the rate it is (review 15: only the
      // last price was found, and its metric ran back over the first)
      Unit shared = unit.unit();
      int perEnd = perUnitEnd(unitEnd);
      if (perEnd > 0) {
        shared = rate(shared, unitEnd, perEnd);
        unitEnd = perEnd;
      }
      return emitScaled(num, factor, shared, e, s.substring(from, unitEnd));
    }
    return -1;
  }

  /** The length of the magnitude 万亿, 亿 or 万 written at {@code m}, or 0. */
  private int magnitudeLength(int m) {
    if (s.startsWith("万亿", m)) return 2;
    return m < n && (s.charAt(m) == '亿' || s.charAt(m) == '万') ? 1 : 0;
  }

  /** The factor of the magnitude written at {@code m} ({@link #magnitudeLength}), or 1. */
  private BigDecimal magnitudeAt(int m) {
    if (s.startsWith("万亿", m)) return WAN_YI;
    if (m < n && s.charAt(m) == '亿') return YI;
    return m < n && s.charAt(m) == '万' ? WAN : BigDecimal.ONE;
  }

  private static final BigDecimal WAN_YI = WAN.multiply(YI);

  /** How many numbers after the first {@link #sharedUnit} reads: 分别为1、2、3、4和5亿元. */
  private static final int SHARED_ITEMS_MAX = 16;

  /**
   * Where the list holding the number at {@code p} starts: back over the bare numbers and joiners
   * before it ({@code 12.35、15.62和18.7%}: the reach to 分别 is from 12.35, second read).
   */
  private int listStart(int p) {
    int k = p;
    int stop = Math.max(0, p - LIST_CHARS_MAX);
    while (k > stop) {
      char c = s.charAt(k - 1);
      if (!(isAsciiDigit(c) || c == '.' || c == '万' || c == '亿' || "和、与及".indexOf(c) >= 0)) break;
      k--;
    }
    while (k < p && !isAsciiDigit(s.charAt(k))) k++; // (a joiner or magnitude is no item's start)
    return k;
  }

  /** How far back {@link #listStart} walks: sixteen numbers of a few digits each. */
  private static final int LIST_CHARS_MAX = 160;

  /** Whether 分别 stands before {@code p} in its clause, within {@link #RESPECTIVELY_REACH}. */
  private boolean respectivelyBefore(int p) {
    for (int i = p - 2; i >= 0 && i >= p - RESPECTIVELY_REACH; i--) {
      char c = s.charAt(i);
      if (c == '，' || c == '。' || c == '；' || c == '\n' || c == ',' || c == ';' || c == '！'
          || c == '？' || c == '：' || c == ':') {
        return false;
      }
      if (c == '分' && s.charAt(i + 1) == '别') return true;
    }
    return false;
  }

  /** How far before a list's first number {@link #respectivelyBefore} looks: 分别比上年增长. */
  private static final int RESPECTIVELY_REACH = 12;

  private boolean hasGrouping(int from, int to) {
    return indexOf(',', from, to) >= 0;
  }

  /** The first index of {@code c} in {@code [from, to)}, or -1; no allocation on the hot path. */
  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) return i;
    }
    return -1;
  }

  private boolean atClauseStart(int p) {
    int i = p - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\t')) i--;
    if (i < 0) return true;
    char c = s.charAt(i);
    return c == '\n' || c == '。' || c == '；' || c == ';' || c == '：' || c == ':' || c == '●'
        || c == '！' || c == '？';
  }

  /** Whether 过去 or 过去的 ends right before {@code p}: 过去五年, 过去的一年. */
  private boolean pastBefore(int p) {
    if (p >= 1 && s.charAt(p - 1) == '的') p--;
    return p >= 2 && s.charAt(p - 2) == '过' && s.charAt(p - 1) == '去';
  }

  /** 2018年, 11月28日, 四季度, 十九大 …: returns why the numeral is not a quantity, or null. */
  private RejectionReason calendar(Numeral num, int e) {
    if (e >= n) return null;
    char c = s.charAt(e);
    boolean smallInt = num.integer && !num.approximate() && !num.more && num.low.signum() > 0
        && num.low.compareTo(THIRTY_ONE) <= 0;
    switch (c) {
      case '年' -> {
        if (s.startsWith("年代", e)) return RejectionReason.PERIOD; // 90年代
        // 过去一年，全市地区生产总值…, 五年来: the years a report looks back over, a period (it was
        // a length of time 一年 with the metric 过去). Counter-example, a length: 连续5年, 用3年时间.
        if (num.integer && (s.startsWith("年来", e) || pastBefore(num.start))) {
          return RejectionReason.PERIOD;
        }
        // 2018年, 二〇一八年 (and 2018年度); a four-digit integer before 年 is always a year.
        if (num.digitString && tokens >= 2) return RejectionReason.YEAR;
        if (num.arabic && !num.chinese && num.integer && num.intDigits == 4
            && !num.approximate() && !num.more) {
          return RejectionReason.YEAR;
        }
        // 18年7月, 24年GDP, 23年上半年: a year shortened to two digits (ShortYears); 近24年, 24年来,
        // 过去10年GDP stay lengths of time.
        if (num.arabic && num.integer && num.intDigits == 2 && !num.approximate() && !num.more
            && e == num.start + 2 && ShortYears.at(s, num.start)) {
          return RejectionReason.YEAR;
        }
        if (s.startsWith("年度", e)) return RejectionReason.YEAR;
        return null;
      }
      case '月' -> {
        // 7月, 10月份, 十一月: months; 3个月 is a length of time and never reaches here.
        return smallInt && num.low.intValue() <= 12 ? RejectionReason.DATE : null;
      }
      case '日' -> {
        return smallInt ? RejectionReason.DATE : null; // 28日
      }
      case '号' -> {
        // 8月5号 is a date; 1号线, 1号文件, 3号楼 are designations.
        boolean afterMonth = num.start > 0 && s.charAt(num.start - 1) == '月';
        return smallInt && afterMonth ? RejectionReason.DATE : RejectionReason.DESIGNATION;
      }
      case '时' -> {
        return smallInt && num.low.intValue() <= 24 && !s.startsWith("时间", e)
            && !s.startsWith("时期", e) ? RejectionReason.DATE : null; // 上午10时
      }
      case '季' -> {
        return RejectionReason.PERIOD; // 四季度, 一季报
      }
      case '个' -> {
        // 前7个月, 今年前两个月: the first months of the year, a period. Counter-examples kept as
        // lengths of time: 提前3个月, 此前3个月, 入职前3个月 (FirstMonths), 3个月, 前12个月以上 (13+).
        boolean first = num.start > 0 && s.charAt(num.start - 1) == '前'
            && FirstMonths.opens(s, num.start - 1);
        if (first && smallInt && num.low.intValue() <= 4 && s.startsWith("个季度", e)) {
          return RejectionReason.PERIOD; // 前三个季度, as 前三季度
        }
        return first && smallInt && num.low.intValue() <= 12 && s.startsWith("个月", e)
            && !s.startsWith("个月以", e) ? RejectionReason.PERIOD : null;
      }
      case '大' -> {
        // 十九大 (the 19th Party Congress) is an ordinal; 四大板块, 五大任务 name a set.
        if (!num.chinese) return null;
        return num.low.intValue() > 10 ? RejectionReason.ORDINAL : RejectionReason.NAME;
      }
      case '届', '世', '代', '期', '级', '版' -> {
        // 十三届, 21世纪, 第三代, 二期工程, 3级, 2.0版: ordinals and designations.
        if (c == '世' && !s.startsWith("世纪", e)) return null;
        return c == '级' || c == '版' ? RejectionReason.DESIGNATION : RejectionReason.ORDINAL;
      }
      case '中' -> {
        return s.startsWith("中全会", e) ? RejectionReason.ORDINAL : null; // 二中全会
      }
      case '周' -> {
        return s.startsWith("周年", e) ? RejectionReason.ORDINAL : null; // 40周年
      }
      default -> {
        return null;
      }
    }
  }

  private static final List<String> CALENDAR_WORDS =
      List.of("年度", "年代", "月份", "季度", "个月", "中全会", "周年", "世纪", "号线");

  private int calendarEnd(int e, RejectionReason reason) {
    for (String w : CALENDAR_WORDS) {
      if (s.startsWith(w, e)) return e + w.length();
    }
    return Math.min(n, e + 1);
  }

  private int ordinalEnd(int e) {
    Tables.UnitEntry u = scanner.units.longestMatch(s, e);
    if (u != null) return e + u.surface().length();
    if (e < n && (s.charAt(e) == '季') && s.startsWith("季度", e)) return e + 2;
    return e;
  }

  /**
   * Whether a column break and a digit stand right before {@code p}: {@code 10\n26亿元}, which
   * normalization keeps as one space between the digits (a line break it keeps as such ends a line
   * on purpose: {@code 2024-08-15 10:30\n10个重大项目}; a space that was written is no break:
   * {@code 附件1 50个}).
   */
  private boolean splitBefore(int p) {
    return p >= 2 && isColumnBreak(p - 1) && isAsciiDigit(s.charAt(p - 2)) && !timeOrDate(p - 2);
  }

  /**
   * Whether the number at {@code p} is a group of three digits after a space and a digit: {@code
   * 1 026亿元}, {@code 1 200亿元} and {@code 12 345亿元} are grouped by a space, never 26亿元, 200亿元 or
   * 345亿元. Counter-example kept: 附件1 50个 (two digits).
   */
  private boolean groupAfterSpace(int p) {
    if (p < 2 || !isAsciiDigit(s.charAt(p - 2))) return false;
    char sp = s.charAt(p - 1);
    if (sp != ' ' && sp != '\u3000' && sp != '\u00A0' && sp != '\u2009' && sp != '\u202F') {
      return false;
    }
    int q = p;
    while (q < n && q - p <= 3 && isAsciiDigit(s.charAt(q))) q++;
    return q - p == 3;
  }

  /** Whether the digits ending at {@code last} end a time or a date: 10:30, 2024-08-15, 8/15. */
  private boolean timeOrDate(int last) {
    int j = last;
    while (j >= 0 && last - j < 8 && isAsciiDigit(s.charAt(j))) j--;
    // 10:30, 2024-08-15, 8/15: digits on both sides (总投资：10\n26亿元 and 增长-1\n2.5% are splits)
    return j >= 1 && ":-/：".indexOf(s.charAt(j)) >= 0 && isAsciiDigit(s.charAt(j - 1));
  }

  /** Whether a column break and a digit follow the number ending at {@code e}. */
  private boolean splitAfter(int e) {
    return e + 1 < n && isColumnBreak(e) && isAsciiDigit(s.charAt(e + 1));
  }

  private boolean isColumnBreak(int i) {
    if (s.charAt(i) != ' ') return false;
    char o = normalized.original().charAt(normalized.toOriginal(i));
    return o == '\n' || o == '\r';
  }

  /**
   * Whether the ASCII letters ending at {@code end} are a whole word of {@link
   * QuantityScanner#acronyms} (GDP, CPI): not preceded by another letter or a digit (a model name
   * such as XGDP or 5CPI stays a code). Reads at most {@link Tables#MAX_ACRONYM} + 1 characters.
   */
  private boolean acronymBefore(int end) {
    int b = end;
    while (b > 0 && end - b <= Tables.MAX_ACRONYM && isAsciiLetter(s.charAt(b - 1))) b--;
    if (end - b < 2 || end - b > Tables.MAX_ACRONYM) return false;
    if (b > 0 && (isAsciiDigit(s.charAt(b - 1)) || isAsciiLetter(s.charAt(b - 1)))) return false;
    return scanner.acronyms.contains(s.substring(b, end));
  }

  private int codeEnd(int e) {
    int j = e;
    while (j < n && j - e < 16) {
      char c = s.charAt(j);
      if (isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || c == '+' || c == '-') {
        j++;
      } else {
        break;
      }
    }
    // A trailing full stop belongs to the sentence, not the code; a trailing hyphen may be the
    // sign of the next number (.零-十0: the code 零 and −10 overlapped on the -, found by
    // FinderPropertiesTest).
    while (j > e && (s.charAt(j - 1) == '.' || s.charAt(j - 1) == '-')) j--;
    return j;
  }

  /** Whether a closing quote follows within a short name (up to eight characters). */
  private boolean closesSoon(int e) {
    for (int j = e; j < n && j - e <= 8; j++) {
      char c = s.charAt(j);
      if (isCloseQuote(c)) return true;
      if (c == '，' || c == '。' || c == '\n') return false;
    }
    return false;
  }

  /**
   * “4321”, “十年禁渔”, “3个万”, “一枢纽十六支”: a numeral inside a short quoted text is a name
   * unless the quantity fills the quotes exactly (“32亿元”, “七成以上”) and is more than a bare
   * number.
   */
  private boolean isQuotedName(int qStart, int qEnd, boolean bare) {
    // The opening quote: right before the quantity, or a few characters before it inside a
    // short name (“一枢纽十六支”).
    int open = -1;
    for (int j = qStart - 1; j >= 0 && qStart - j <= 8; j--) {
      char c = s.charAt(j);
      if (isOpenQuote(c)) {
        open = j;
        break;
      }
      if (isCloseQuote(c) || c == '，' || c == '。' || c == '；' || c == '\n') return false;
    }
    if (open < 0 || !closesSoon(qStart)) return false;
    return bare || open != qStart - 1 || qEnd >= n || !isCloseQuote(s.charAt(qEnd));
  }

  private int quoteEnd(int e) {
    for (int j = e; j < n && j - e <= 8; j++) {
      if (isCloseQuote(s.charAt(j))) return j;
    }
    return e;
  }

  /** 成 (七成 = 70%) and 折 (八折 = 80%, 九五折 = 95%), only right after a small numeral. */
  private Tables.UnitEntry percentWordUnit(Numeral num, int e) {
    if (e >= n || num.more) return null;
    char c = s.charAt(e);
    if (c != '成' && c != '折') return null;
    boolean small = num.high.compareTo(TEN) <= 0 && num.magnitude.compareTo(BigDecimal.ONE) == 0;
    if (c == '成') {
      // 建成, 形成 have no numeral; 三成员 and 一成不变 are not percentages.
      if (!small || num.digitString) return null;
      if (e + 1 < n && "员本立为功果熟交品就长效绩".indexOf(s.charAt(e + 1)) >= 0) return null;
      return CHENG;
    }
    if (num.digitString && tokens == 2) {
      // 九五折 = 95%: the two digits are tenths and hundredths of the price.
      return ZHE_DIGITS;
    }
    if (!small) return null;
    if (e + 1 < n && "合算旧扣射叠腾".indexOf(s.charAt(e + 1)) >= 0) return null; // 折合, 折旧
    return ZHE;
  }

  /**
   * Tries to read a range whose first end is {@code num} with unit {@code u} ending at {@code
   * unitEnd}. Returns where the scan goes on, or -1 when there is no range.
   */
  private int range(Numeral num, Unit u, BigDecimal factor, int unitEnd) {
    if (unitEnd >= n) return -1;
    char sep = s.charAt(unitEnd);
    boolean pair = sep == '、' && u == Unit.NONE && isDigitPair(num, unitEnd);
    if (sep != '至' && sep != '到' && sep != '~' && sep != '-' && sep != '—' && sep != '–'
        && !pair) {
      return -1;
    }
    int q = unitEnd + 1;
    if (q >= n || !(isAsciiDigit(s.charAt(q)) || isNumeralChar(s.charAt(q)))) return -1;
    if (num.more) return -1;
    // The first end stays in num: the second one is read into the other numeral.
    Numeral second = readNumeral(q, false, this.second);
    if (second == null || second.malformed != null || second.digitString) return -1;
    int e2 = second.end;
    if (pair && (e2 != q + 1 || second.low.compareTo(num.low.add(BigDecimal.ONE)) != 0
        || (e2 < n && s.charAt(e2) == '、'))) {
      return -1; // 1、3个, 2、3、4个: a list, not a pair
    }
    // 1、2类地区, 3、4级, 1、2号线: two labels of a class or a rank, not three or four of them.
    // Counter-example kept: 3、4个月, 3、4次 (a pair of counts).
    if (pair && e2 < n && "类级档号等星".indexOf(s.charAt(e2)) >= 0) {
      return reject(num.start, e2 + 1, RejectionReason.ORDINAL);
    }
    // 1-5月, 1至10月, 7月30日-8月5日, 2017-2019年: periods and dates, not ranges.
    RejectionReason cal = calendar(second, e2);
    if (cal != null && u == Unit.NONE) {
      RejectionReason reason = cal == RejectionReason.DATE ? RejectionReason.PERIOD : cal;
      return reject(num.start, calendarEnd(e2, cal), reason);
    }
    if (cal != null) return -1;
    Tables.UnitEntry unit2 = percentWordUnit(second, e2);
    if (unit2 == null) unit2 = scanner.units.longestMatch(s, e2);
    Unit u2 = unit2 == null ? Unit.NONE : unit2.unit();
    BigDecimal factor2 = unit2 == null ? BigDecimal.ONE : unit2.factor();
    int end2 = unit2 == null ? e2 : e2 + unit2.surface().length();
    int per2 = unit2 == null ? -1 : perUnitEnd(end2);
    if (per2 > 0) { // 200-300元/吨
      u2 = rate(u2, end2, per2);
      end2 = per2;
    }
    if (u != Unit.NONE && !u.equals(u2)) return -1;
    // Years on both sides of a bare range: 2018-2019.
    if (u2 == Unit.NONE && num.arabic && num.integer && num.intDigits == 4 && second.arabic
        && second.integer && second.intDigits == 4) {
      return reject(num.start, e2, RejectionReason.YEAR);
    }
    // Two bare numbers (0851-8612345, 3-4) are not a range unless a magnitude says so (9～16亿).
    if (u == Unit.NONE && u2 == Unit.NONE && second.magnitude.compareTo(WAN) < 0) {
      return -1;
    }
    BigDecimal low = num.low;
    if (u == Unit.NONE && second.magnitude.compareTo(BigDecimal.ONE) > 0) {
      // 9～16亿: the second end's magnitude applies to the first when the first has none.
      BigDecimal scaled = num.magnitude.compareTo(BigDecimal.ONE) == 0
          ? product(low, second.magnitude) : null;
      if (scaled == null || scaled.compareTo(second.low) > 0) {
        BigDecimal shared = sharedMagnitude(num, second);
        scaled = shared == null ? null : product(low, shared);
      }
      if (scaled != null && scaled.compareTo(second.low) <= 0) low = scaled;
    }
    BigDecimal f = u == Unit.NONE ? factor2 : factor;
    BigDecimal lo = product(low, f);
    BigDecimal hi = product(second.high, f);
    if (lo.compareTo(hi) > 0) return -1;
    if (pair && u2 == Unit.NONE) return -1;
    return emitRange(num, second, lo, hi, u2, end2, pair, null);
  }

  /** Whether the 、 at {@code sep} follows a list of numbers opened by 第 (第3、4, 第三、四、五). */
  private boolean ordinalList(int sep) {
    for (int i = sep - 1; i >= Math.max(0, sep - 12); i--) {
      char c = s.charAt(i);
      if (c == '第') return i < sep - 1;
      if (!(isAsciiDigit(c) || isNumeralChar(c) || c == '、')) return false;
    }
    return false;
  }

  /**
   * Whether {@code num}, before the 、 at {@code sep}, opens a pair of adjacent single digits that
   * share the unit after the second ({@code 3、4个月}: three or four months, about). Counter-examples,
   * lists and ordinals: 2、3、4个 (a number and 、 before the first), 第3、4个 (第), 13、14个 (two
   * digits), 1、3个 (not adjacent).
   */
  private boolean isDigitPair(Numeral num, int sep) {
    int p = num.start;
    if (sep != p + 1 || num.hasBig || !num.integer || num.low.signum() <= 0) return false;
    if (sep + 2 >= n || !(isAsciiDigit(s.charAt(sep + 1)) || chineseDigit(s.charAt(sep + 1)) > 0)) {
      return false;
    }
    char before = p > 0 ? s.charAt(p - 1) : '\0';
    if (before == '、' && p > 1
        && (isAsciiDigit(s.charAt(p - 2)) || isNumeralChar(s.charAt(p - 2)))) {
      return false; // 2、3、4个
    }
    return before != '第' && before != '.' && !isAsciiDigit(before) && chineseDigit(before) < 0;
  }

  /**
   * 3万至5万亿元, 三千至五千万元, 3百至5百亿元: the first end is written with the leading part of
   * the second's magnitude (万 of 万亿, 千 of 千万), and the rest of it (亿, 万) applies to both
   * ends; returns that rest, or null. Counter-examples kept: 3千万至5亿元 and 3万至5亿元, where
   * the second's magnitude does not begin with the first's, are read as written.
   */
  private BigDecimal sharedMagnitude(Numeral first, Numeral second) {
    String w1;
    if (first.magStart < first.end) {
      w1 = s.substring(first.magStart, first.end);
    } else {
      char c = s.charAt(first.end - 1);
      if (c != '十' && c != '百' && c != '千') return null;
      w1 = String.valueOf(c);
    }
    String w2 = s.substring(second.magStart, second.end);
    if (w2.length() <= w1.length() || !w2.startsWith(w1)) return null;
    return switch (w2.substring(w1.length())) {
      case "万" -> WAN;
      case "亿" -> YI;
      case "万亿" -> product(WAN, YI);
      default -> null;
    };
  }

  // ======================================================================== special forms

  /** 百分之十二点五 = 12.5%, 千分之三 = 0.3%, 百分之百 = 100%. */
  private int percentWord(int p, String word, BigDecimal factor) {
    int q = p + word.length();
    Numeral num = q < n ? readNumeral(q, s.charAt(q) == '百', first) : null;
    if (num == null || num.malformed != null || num.digitString || num.more) {
      int e = num == null ? q : num.end;
      return reject(p, e, num != null && num.malformed != null ? num.malformed
          : RejectionReason.MALFORMED);
    }
    num.start = p;
    // 百分之三十至四十, 百分之三十至百分之四十: a range of percentages
    int sep = num.end;
    if (sep + 1 < n && !num.approximate() && "至到~-—–".indexOf(s.charAt(sep)) >= 0) {
      int q2 = s.startsWith(word, sep + 1) ? sep + 1 + word.length() : sep + 1;
      Numeral second = q2 < n && (isNumeralChar(s.charAt(q2)) || isAsciiDigit(s.charAt(q2)))
          ? readNumeral(q2, s.charAt(q2) == '百', this.second) : null;
      // Counter-examples, no range: 百分之三十至五十万元 (an amount: a magnitude or a unit follows),
      // 百分之二十至2025年底 (a date: another script, and 年).
      boolean repeated = q2 > sep + 1;
      if (second != null && second.malformed == null && !second.digitString && !second.more
          && !second.approximate() && second.low.compareTo(num.low) > 0 && !second.hasBig
          && (repeated || (second.chinese == num.chinese && second.arabic == num.arabic
              && scanner.units.longestMatch(s, second.end) == null))) {
        return emitRange(num, second, product(num.low, factor), product(second.high, factor),
            Unit.PERCENT, second.end, false, word);
      }
    }
    return emitScaled(num, factor, Unit.PERCENT, num.end, word);
  }

  /** 四分之一 = 25%, 三分之二 = 66.6666666667% (rounded to ten decimal places). */
  private int fraction(Numeral denominator) {
    int p = denominator.start;
    BigDecimal den = denominator.low;
    int q = denominator.end + 2;
    Numeral num = q < n ? readNumeral(q, false, second) : null;
    if (num == null || num.malformed != null || num.digitString || num.approximate()
        || den.signum() == 0) {
      return reject(p, num == null ? q : num.end, RejectionReason.MALFORMED);
    }
    BigDecimal ratio;
    try {
      ratio = num.low.multiply(HUNDRED).divide(den);
    } catch (ArithmeticException repeating) {
      ratio = num.low.multiply(HUNDRED).divide(den, 10, RoundingMode.HALF_EVEN);
    }
    num.start = p;
    return emit(p, num, ratio, ratio, Unit.PERCENT, num.end, "分之");
  }

  /**
   * 1/3 = 33.3333333333%, 2/5 = 40%: a fraction of small integers written with a slash, in percent,
   * as 三分之一 is; returns where the scan goes on, or -1 if the slash writes something else.
   * Counter-examples: 2024/1/3 and 1/2/3 (dates and lists: a slash or digit around), GB/T 15835
   * and 3/4G (letters), 24/7 (numerator not below the denominator), 1/200 (denominator over 100).
   */
  /** What makes a slash pair no fraction: a calendar word, a designation or a classifier. */
  private static final String NOT_AFTER_FRACTION = "月日号季标决期批线届次版层楼栋座年个周轮两级类路赛场";

  private int slashFraction(Numeral num) {
    int p = num.start;
    int slash = num.end;
    if (!num.arabic || num.chinese || !num.integer || num.hasBig || num.approximate() || num.more
        || num.low.signum() <= 0) {
      return -1;
    }
    char before = p > 0 ? s.charAt(p - 1) : '\0';
    if (isAsciiDigit(before) || before == '/' || before == '.' || isAsciiLetter(before)) return -1;
    int q = slash + 1;
    int den = 0;
    while (q < n && q - slash <= 3 && isAsciiDigit(s.charAt(q))) den = den * 10 + s.charAt(q++) - '0';
    if (q == slash + 1 || q - slash > 3 || s.charAt(slash + 1) == '0') return -1;
    char after = q < n ? s.charAt(q) : '\0';
    if (isAsciiDigit(after) || after == '/' || after == '.' || isAsciiLetter(after)) return -1;
    // 占全省的1/3, 约1/3为高标准农田, 新增贷款的1/3投向制造业: a share. Counter-examples, no share:
    // 7/8月份, 9/10日, 1/2号机组, 5/6号线, 1/3季度, 1/2标段, 1/4决赛, 1/4个世纪 (a pair of months,
    // days, numbers or a name).
    if (NOT_AFTER_FRACTION.indexOf(after) >= 0) return -1;
    if (den > 100 || num.low.compareTo(BigDecimal.valueOf(den)) >= 0) return -1;
    BigDecimal d = BigDecimal.valueOf(den);
    BigDecimal ratio;
    try {
      ratio = num.low.multiply(HUNDRED).divide(d);
    } catch (ArithmeticException repeating) {
      ratio = num.low.multiply(HUNDRED).divide(d, 10, RoundingMode.HALF_EVEN);
    }
    return emit(p, num, ratio, ratio, Unit.PERCENT, q, s.substring(slash, q));
  }

  /** 翻一番 = 2倍, 翻两番 = 4倍, 翻番 = 2倍, 翻了一番. */
  private int doubling(int p) {
    int i = p + 1;
    if (i < n && s.charAt(i) == '了') i++;
    int times = 1;
    if (i < n && chineseDigit(s.charAt(i)) > 0) {
      times = chineseDigit(s.charAt(i));
      i++;
    } else if (i < n && isAsciiDigit(s.charAt(i)) && i + 1 < n && s.charAt(i + 1) == '番') {
      times = s.charAt(i) - '0';
      i++;
    } else if (i == p + 2) {
      return p + 1; // 翻了 without a count
    }
    if (i >= n || s.charAt(i) != '番' || times > 10) return p + 1;
    BigDecimal v = BigDecimal.valueOf(2).pow(times);
    Numeral num = first.reset(p);
    num.end = i + 1;
    num.low = num.high = v;
    return emit(p, num, v, v, Unit.MULTIPLE, i + 1, "番");
  }

  /**
   * The unit 个百分点 or 个基点 of the number after {@code k}, when {@code k} holds 和, 、, 与 or 及
   * and at most two words of direction stand before that number ({@code 和低0.12个百分点}); else
   * null.
   */
  private Tables.UnitEntry sharedPointsAfter(int k) {
    // 0.4个、0.5个和1.0个百分点: every 个 of the list shares the last one's points (review 15: 0.4个
    // was a count)
    for (int items = 0; items < SHARED_ITEMS_MAX; items++) {
      if (k >= n || "和、与及".indexOf(s.charAt(k)) < 0) return null;
      int j = k + 1;
      while (j < n && j - k <= 2 && "高低增降减升多少".indexOf(s.charAt(j)) >= 0) j++;
      int digits = j;
      while (j < n && j - digits < 16 && (isAsciiDigit(s.charAt(j)) || s.charAt(j) == '.'
          || isNumeralChar(s.charAt(j)))) {
        j++;
      }
      if (j == digits) return null;
      Tables.UnitEntry next = scanner.units.longestMatch(s, j);
      if (next != null && (next.surface().equals("个百分点") || next.surface().equals("个基点"))) {
        return next;
      }
      if (next == null || !next.surface().equals("个")) return null;
      k = j + 1;
    }
    return null;
  }

  /** The units whose figure before 期 names a bond's or a loan's term: 10年期, 7天期, 3个月期. */
  private static boolean isTerm(String unit) {
    return unit.equals("年") || unit.equals("天") || unit.equals("个月");
  }

  /** Whether a word of at most 5 Chinese characters ending in 圈 starts at p: 便民生活圈, 经济圈. */
  private boolean circleAfter(int p) {
    for (int k = p; k < Math.min(s.length(), p + 5); k++) {
      char c = s.charAt(k);
      if (c == '圈') return k > p;
      if (c < '\u4E00' || c > '\u9FFF') return false;
    }
    return false;
  }

  /** Returns the end of an idiom that contains the numeral at {@code p}, or -1. */
  private int idiomAt(int p) {
    char next = p + 1 < n ? s.charAt(p + 1) : 0;
    char previous = p > 0 ? s.charAt(p - 1) : 0;
    char c = s.charAt(p);
    if (!scanner.mayBeInIdiom(previous, c, next)) return -1;
    for (QuantityScanner.IdiomAt at : scanner.idiomsContaining(c)) {
      // One character either side rules out almost every idiom (一 is in 42 of them).
      if (at.next() >= 0 && at.next() != next) continue;
      if (at.previous() >= 0 && at.previous() != previous) continue;
      int start = p - at.offset();
      if (start >= 0 && s.startsWith(at.idiom(), start)) {
        int end = start + at.idiom().length();
        reject(start, end, RejectionReason.IDIOM);
        return end;
      }
    }
    return -1;
  }

  // ======================================================================== output

  /** Reports {@code num} in unit {@code u}, its ends multiplied by the unit's {@code factor}. */
  private int emitScaled(Numeral num, BigDecimal factor, Unit u, int end, String unitText) {
    BigDecimal low = product(num.low, factor);
    BigDecimal high = num.high == num.low ? low : product(num.high, factor);
    return emit(num.start, num, low, high, u, end, unitText);
  }

  /**
   * Adds qualifiers around the figure and reports it. {@code unitText} is what stands between the
   * numeral's digits and the end of the unit, or null to take it from the text.
   */
  private int emit(int start, Numeral num, BigDecimal low, BigDecimal high, Unit u, int end,
      String unitText) {
    Qualifier q = num.more ? Qualifier.MORE_THAN : Qualifier.EXACT;
    boolean approx = num.approximate();
    // Before: 约, 超过, 不足 …; 上 only before a leading magnitude (上百, 上千).
    int qStart = start;
    Tables.QualifierEntry qb = qualifierBefore(start);
    if (qb != null) {
      qStart = qualifierStart(start, qb);
      q = combine(qb.qualifier(), q);
    } else if (start > consumedTo && s.charAt(start - 1) == '上' && num.chinese
        && isMultiplier(s.charAt(start))) {
      qStart = start - 1;
      q = combine(Qualifier.AT_LEAST, q);
    }
    // Sign: -5%, +3.2% (not the hyphen of a range, which follows a digit).
    boolean negative = false;
    if (qStart == start && start > 0 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '+')
        && num.arabic && (start < 2 || !(isAsciiDigit(s.charAt(start - 2))
            || isAsciiLetter(s.charAt(start - 2)) || s.charAt(start - 2) == '%'))) {
      negative = s.charAt(start - 1) == '-';
      qStart = start - 1;
    } else if (qStart == start && start > consumedTo && s.charAt(start - 1) == '负' && num.arabic
        && (start < 2 || s.charAt(start - 2) != '正')) {
      // 增速为负0.5%: 负 written as the minus sign. Counter-example: 正负0.5% is a tolerance.
      negative = true;
      qStart = start - 1;
    }
    // After: 左右, 以上, 以内 …, and 多 after a length of time, a multiple or a share (3年多,
    // 2倍多, 五成多, 1.5%多). Counter-example: 3年多个项目, 2倍多元化 (多 begins a word).
    int qEnd = end;
    Tables.QualifierEntry qa = qualifierAfter(end);
    if (qa != null) {
      qEnd = end + qa.word().length();
      q = combine(q, qa.qualifier());
    } else if ((u.dimension() == Dimension.DURATION || u.dimension() == Dimension.MULTIPLE
            || u.dimension() == Dimension.PERCENT) && end < n && s.charAt(end) == '多'
        && !num.more && (end + 1 >= n || "个种项家元数样方层次年月名位只件户".indexOf(s.charAt(end + 1)) < 0)) {
      qEnd = end + 1;
      q = combine(q, Qualifier.MORE_THAN);
    }
    BigDecimal lo = negative ? canonical(high, num).negate() : canonical(low, num);
    BigDecimal hi = low == high ? lo
        : negative ? canonical(low, num).negate() : canonical(high, num);
    BigDecimal value;
    BigDecimal rLow;
    BigDecimal rHigh;
    if (approx) {
      value = null;
      rLow = lo;
      rHigh = hi;
      if (q == Qualifier.EXACT) q = Qualifier.APPROX;
    } else {
      value = lo;
      rLow = q.isLowerBound() ? lo : null;
      rHigh = q.isUpperBound() ? lo : null;
    }
    // the range that report makes of a pair of bounds is what a quote may hold: “不低于1亿元且不超过2亿元”
    int whole = q == Qualifier.AT_MOST && value != null && pairsWithLowerBound(qStart, value, u)
        ? reportedStart : qStart;
    if (isQuotedName(whole, qEnd, u == Unit.NONE && !num.hasBig)) {
      return reject(qStart, quoteEnd(qStart), RejectionReason.NAME);
    }
    String written = unitText != null ? unitText : unitWritten(num, end);
    report(qStart, qEnd, value, rLow, rHigh, u, written, q);
    return qEnd;
  }

  /** {@code v} in canonical form: the numeral's own ends already are (see {@link #evaluate}). */
  private static BigDecimal canonical(BigDecimal v, Numeral num) {
    return v == num.low || v == num.high ? v : normalize(v);
  }

  private int emitRange(Numeral first, Numeral second, BigDecimal lo, BigDecimal hi, Unit u,
      int end, boolean approx, String unitText) {
    Qualifier q = approx ? Qualifier.APPROX : Qualifier.EXACT;
    int qStart = first.start;
    Tables.QualifierEntry qb = qualifierBefore(first.start);
    if (qb != null) {
      qStart = qualifierStart(first.start, qb);
      q = qb.qualifier();
    }
    int qEnd = end;
    Tables.QualifierEntry qa = qualifierAfter(end);
    if (qa != null) {
      qEnd += qa.word().length();
      q = combine(q, qa.qualifier());
    }
    if (isQuotedName(qStart, qEnd, false)) {
      return reject(qStart, quoteEnd(qStart), RejectionReason.NAME);
    }
    report(qStart, qEnd, null, normalize(lo), normalize(hi), u,
        unitText != null ? unitText : unitWritten(second, end), q);
    return qEnd;
  }

  /** The magnitude and unit as written: 亿元 of 2262亿元, 个百分点 of 3个百分点, 万 of 4400余万. */
  private String unitWritten(Numeral num, int unitEnd) {
    int from = num.magStart;
    if (from >= unitEnd) return "";
    if (indexOf('余', from, unitEnd) < 0 && indexOf('多', from, unitEnd) < 0) {
      String known = scanner.written.exactMatch(s, from, unitEnd); // 亿元, %, 个: no new string
      if (known != null) return known;
    }
    StringBuilder b = new StringBuilder(Math.max(0, unitEnd - num.magStart));
    for (int i = num.magStart; i < unitEnd; i++) {
      char c = s.charAt(i);
      if (c != '余' && c != '多') b.append(c);
    }
    return b.toString();
  }

  private int qualifierStart(int start, Tables.QualifierEntry qb) {
    int at = start - qb.word().length();
    if (s.startsWith(qb.word(), at)) return at;
    return s.startsWith(qb.word(), at - 1) ? at - 1 : at - CURRENCY.length(); // 了, 为; 人民币
  }

  /** The currency named between a bound and its number: 不超过人民币1亿元. */
  private static final String CURRENCY = "人民币";

  private Tables.QualifierEntry qualifierBefore(int start) {
    // 突破 4500家: one space may stand between the word and the number.
    if (start > consumedTo + 1 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '\u3000')
        && isIdeograph(s.charAt(start - 2))) {
      Tables.QualifierEntry spaced = qualifierEndingAt(start - 1);
      if (spaced != null) return spaced;
    }
    Tables.QualifierEntry q = qualifierEndingAt(start);
    if (q != null || start < consumedTo + 2) return q;
    if (start >= consumedTo + CURRENCY.length() + 1
        && s.startsWith(CURRENCY, start - CURRENCY.length())) {
      // 回购资金总额不超过人民币1亿元, 不低于人民币5000万元, 约人民币5亿元: a buy-back's or placement's
      // bound with the currency between (review 16: exact amounts, the bound in the metric)
      Tables.QualifierEntry money = qualifierEndingAt(start - CURRENCY.length());
      if (money != null) return money;
    }
    char gap = s.charAt(start - 1);
    if (gap == '了') {
      // 超过了100亿元, 突破了5000家: a bound with 了 between it and the number.
      return qualifierEndingAt(start - 1);
    }
    if ("为达有合计".indexOf(gap) >= 0 && s.charAt(start - 2) == '约') {
      // 约为50亿元, 约达80亿元, 约有1.2万家, 约合3亿美元: 约 with a verb after it.
      // Counter-example kept out: 约占全国的15% (more than the verb between them).
      Tables.QualifierEntry approx = qualifierEndingAt(start - 1);
      if (approx != null && approx.qualifier() == Qualifier.APPROX) return approx;
    }
    return null;
  }

  private Tables.QualifierEntry qualifierEndingAt(int start) {
    if (start <= 0 || !scanner.beforeEnds.contains(s.charAt(start - 1))) return null;
    for (Tables.QualifierEntry entry : scanner.before) { // an array: no iterator per figure
      String w = entry.word();
      int from = start - w.length();
      // 增长3%以上十个: the 上 of the previous figure's 以上 is not this figure's prefix.
      if (from < consumedTo || !s.startsWith(w, from)) continue;
      if (w.equals("近") && from > 0 && "最附靠临邻亲贴".indexOf(s.charAt(from - 1)) >= 0) {
        continue; // 最近3年 is "the last three years", not "nearly"
      }
      if (w.equals("约") && from > 0 && "签履节预合制特条公婚违践守爽".indexOf(s.charAt(from - 1)) >= 0) {
        continue; // 签约300亿元 is "signed for 300亿元", not "about 300亿元" (also 履约, 节约 …)
      }
      return entry;
    }
    return null;
  }

  private Tables.QualifierEntry qualifierAfter(int end) {
    if (end >= n || !scanner.afterStarts.contains(s.charAt(end))) return null;
    for (Tables.QualifierEntry entry : scanner.after) {
      String w = entry.word();
      if (!s.startsWith(w, end)) continue;
      int after = end + w.length();
      if (w.equals("上下") && after < n && "游级联行班文课半层".indexOf(s.charAt(after)) >= 0) {
        continue; // 上下游 is "up- and downstream"
      }
      return entry;
    }
    return null;
  }

  /** A bound beats an approximation; between bounds the first in reading order wins. */
  private static Qualifier combine(Qualifier first, Qualifier second) {
    if (first == Qualifier.EXACT) return second;
    if (second == Qualifier.EXACT) return first;
    boolean b1 = first.isLowerBound() || first.isUpperBound();
    boolean b2 = second.isLowerBound() || second.isUpperBound();
    if (b1) return first;
    if (b2) return second;
    return first;
  }

  private void report(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high,
      Unit u, String unitText, Qualifier q) {
    if (u.symbol().equals("岁") && ageGroupAt(end)) {
      // 60岁及以上人口2.97亿人, 16—24岁劳动力失业率: an age names the group, not a figure (and the
      // group's figure lost its metric to it). Counter-example kept: 平均年龄45岁.
      reject(start, end, RejectionReason.DESIGNATION);
      return;
    }
    if (q == Qualifier.AT_MOST && value != null && pairsWithLowerBound(start, value, u)) {
      // 不低于1亿元且不超过2亿元, 不少于5000万元、不超过1亿元: one range, not two figures that a total
      // would add up (3亿). Counter-example kept: 投资不低于1亿元，年产值不超过2亿元 (words between).
      Quantity first = quantities.remove(quantities.size() - 1);
      start = reportedStart;
      low = first.value();
      high = value;
      value = null;
      q = Qualifier.EXACT;
    }
    Span span = normalized.toOriginal(start, end);
    String text = normalized.original().substring(span.start(), span.end());
    quantities.add(new Quantity(span, text, value, low, high, u, unitText, q));
    reportedStart = start;
    reportedEnd = end;
    consumedTo = end;
  }

  /**
   * Whether a population noun follows an age at {@code p}, past 及以上, 以上, 以下 or 及以下: {@code
   * 60岁及以上人口}, {@code 16—24岁劳动力}, {@code 65岁以上老年人}, {@code 18岁以下儿童}.
   */
  private boolean ageGroupAt(int p) {
    for (String w : AGE_BOUNDS) {
      if (s.startsWith(w, p)) {
        p += w.length();
        break;
      }
    }
    for (String w : AGE_GROUPS) {
      if (s.startsWith(w, p)) return true;
    }
    return false;
  }

  private static final List<String> AGE_BOUNDS = List.of("及以上", "及以下", "以上", "以下", "及");
  private static final List<String> AGE_GROUPS =
      List.of("人口", "劳动力", "老年人", "老人", "青年", "儿童", "婴幼儿", "人群", "群体", "居民",
          "就业", "失业");

  /** Where the last quantity this matcher reported starts and ends; -1 before the first. */
  private int reportedStart = -1;
  private int reportedEnd = -1;

  /**
   * Whether the upper bound starting at {@code start} closes the lower bound reported just before
   * it, of the same unit and not above it, with only 且, 、 or a comma between: see {@link #report}.
   */
  private boolean pairsWithLowerBound(int start, BigDecimal high, Unit u) {
    if (reportedEnd < 0 || quantities.isEmpty() || start - reportedEnd != 1) return false;
    Quantity last = quantities.get(quantities.size() - 1);
    return last.qualifier() == Qualifier.AT_LEAST && last.value() != null
        && last.unit().equals(u) && last.value().compareTo(high) <= 0
        && "且、，,".indexOf(s.charAt(reportedEnd)) >= 0;
  }

  private int reject(int start, int end, RejectionReason reason) {
    if (end <= start) end = Math.min(n, start + 1);
    consumedTo = Math.max(consumedTo, end);
    if (rejections != null) {
      Span span = normalized.toOriginal(start, end);
      rejections.add(new Rejection(span,
          normalized.original().substring(span.start(), span.end()), reason));
    }
    return end;
  }
}
