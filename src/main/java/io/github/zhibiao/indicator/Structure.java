package io.github.zhibiao.indicator;

import java.util.Arrays;

/**
 * The layout of one normalized text, found once and shared: headlines, paragraphs (a bulleted
 * item {@code ●} is one), sentences and clauses as bit sets of boundary offsets looked up in
 * constant time, headlines as a sorted array of line spans searched by halving. Internal (this
 * package is not exported): public so that the check stage reads the same layout.
 *
 * <p>A line is a headline when it is short (at most {@value #HEADLINE_MAX} characters), has no
 * comma and no sentence-final punctuation, and is not a bulleted item. A line that ends without
 * sentence-final punctuation continues its paragraph across blank lines: PDF extraction breaks
 * paragraphs at column ends ({@code 目前，道孚县农特产品加工园} / {@code 区已完成主体工程…}).
 */
public final class Structure {
  static final int HEADLINE_MAX = 40;

  private final String s;
  private final Offsets sentenceStarts;
  private final Offsets paragraphStarts;
  private final Offsets clauseStarts;
  /** Start and end of every headline line, flattened: [s0, e0, s1, e1 …]; the first headCount. */
  private final int[] headlines;
  private final int headCount;

  private Structure(String s, Offsets sentences, Offsets paragraphs, Offsets clauses,
      IntList heads) {
    this.s = s;
    this.sentenceStarts = sentences.finish();
    this.paragraphStarts = paragraphs.finish();
    this.clauseStarts = clauses.finish();
    this.headlines = heads.a;
    this.headCount = heads.size;
  }

  public static Structure of(String s) {
    int n = s.length();
    Offsets sentences = new Offsets(n);
    Offsets paragraphs = new Offsets(n);
    Offsets clauses = new Offsets(n);
    IntList heads = new IntList();
    sentences.add(0);
    paragraphs.add(0);
    clauses.add(0);
    boolean paragraphOpen = false; // the last body line ended mid-sentence
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      int a = lineStart;
      int b = lineEnd;
      while (a < b && isSpace(s.charAt(a))) a++;
      while (b > a && isSpace(s.charAt(b - 1))) b--;
      int body = a < b ? datelineEnd(s, a, b) : a;
      boolean datelined = body > a;
      if (datelined) {
        // 新华社北京12月3日电（记者王希）: the dateline is a paragraph of its own, so that its place
        // (北京, the reporter's desk) is neither in the sentence nor the paragraph of the figures
        paragraphs.add(a);
        sentences.add(a);
        clauses.add(a);
        paragraphs.add(body);
        sentences.add(body);
        clauses.add(body);
        paragraphOpen = false;
        a = body;
      }
      if (a < b) {
        boolean bullet = s.charAt(a) == '●' || s.charAt(a) == '■' || s.charAt(a) == '◆';
        boolean headline = !bullet && !datelined && (isHeadline(s, a, b)
            || (!paragraphOpen && isTitleLine(s, a, b) && blankBefore(s, lineStart)
                && blankAfter(s, lineEnd))
            || (lineStart == firstLine(s) && isLongTitle(s, a, b)));
        if (headline || bullet || !paragraphOpen) {
          paragraphs.add(a);
          sentences.add(a);
          clauses.add(a);
        }
        if (headline) {
          heads.add(a);
          heads.add(b);
          for (int k = a; k < b; k++) {
            if (isClauseEnd(s.charAt(k))) clauses.add(k + 1); // 云南:夏粮总产量逾241万吨
          }
          sentences.add(b);
          clauses.add(b);
          paragraphs.add(b);
          paragraphOpen = false;
        } else {
          for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (c >= '\u4E00' && c <= '\u9FFF') continue; // most characters: no punctuation
            if (isSentenceEnd(c)) {
              int after = k + 1;
              while (after < b && isClosingQuote(s.charAt(after))) after++;
              // the clause ends among the closing quotes first (。）), so offsets come in order
              for (int q = k + 1; q < after; q++) {
                if (isClauseEnd(s.charAt(q))) clauses.add(q + 1);
              }
              sentences.add(after);
              clauses.add(after);
              k = after - 1; // closing quotes are neither sentence nor other clause ends
            } else if (isClauseEnd(c)) {
              int gloss = c == '（' || c == '(' ? glossEnd(s, k, b) : -1;
              if (gloss > k) {
                k = gloss - 1; // 广义货币（M2）余额: one noun, no clause ends
              } else {
                clauses.add(k + 1);
              }
            }
          }
          char last = s.charAt(b - 1);
          int lastReal = b - 1;
          while (lastReal > a && isClosingQuote(s.charAt(lastReal))) lastReal--;
          // a line ending in ； continues its paragraph (规模以上工业总产值… after 同比增长49.9%；)
          char end = s.charAt(lastReal);
          paragraphOpen = !(end == '。' || end == '！' || end == '？' || end == '!' || end == '?')
              && last != '：' && last != ':';
        }
      }
      lineStart = lineEnd + 1;
    }
    return new Structure(s, sentences, paragraphs, clauses, heads);
  }

  /**
   * Where the body begins after a news dateline opening the line [a, b): {@code
   * 新华社北京12月3日电（记者王希）}, {@code 本报讯}; a if the line opens with none. The place in a
   * dateline is where the story was filed, not what its figures are about: 新华社北京 opens the
   * national figures of every NBS release. A dateline is two to fourteen Chinese characters (agency
   * and place), then a date ending in 日 and 电 or 讯, or 电 after an agency in 社 (新华社北京电), or
   * 讯 alone (本报讯); then a space, a bracket or the line's end, and an optional byline in brackets.
   * Counter-examples: {@code 5日电网负荷创新高} (no agency before the date, 网 after 电) and {@code
   * 项目已通电，} (a comma after 电) open no dateline.
   */
  static int datelineEnd(String s, int a, int b) {
    int limit = Math.min(b, a + 24);
    int k = a; // the first 电 or 讯 of a run of Chinese characters and digits
    while (k < limit && s.charAt(k) != '电' && s.charAt(k) != '讯'
        && (isHan(s.charAt(k)) || isDateChar(s.charAt(k)))) {
      k++;
    }
    if (k >= limit || (s.charAt(k) != '电' && s.charAt(k) != '讯')) return a;
    int dateStart = k;
    if (k - 1 > a && s.charAt(k - 1) == '日') {
      int d = k - 1;
      while (d > a && (isDateChar(s.charAt(d - 1)) || s.charAt(d - 1) == '月')) d--;
      if (d < k - 1 && isDateChar(s.charAt(d))) dateStart = d;
    }
    boolean dated = dateStart < k;
    int prefix = dateStart - a; // agency and place
    if (prefix < 2 || prefix > 14) return a;
    // bare 电 only after an agency ending in 社 within the prefix (新华社北京电, 中新社上海电); an
    // undated prefix ends at k. (Read here, not by s.lastIndexOf('社', k), which scans back to the
    // document's start on every line that looks like …电: 北京地区停电 lines were quadratic.)
    boolean agency = false;
    for (int q = a; q < dateStart; q++) {
      char c = s.charAt(q);
      if (c < '\u4E00') return a; // digits in the agency or place: no dateline
      if (c == '社') agency = true;
    }
    char mark = s.charAt(k);
    if (!(mark == '讯' || (mark == '电' && (dated || agency)))) return a;
    int end = k + 1;
    if (end < b && !isSpace(s.charAt(end)) && s.charAt(end) != '（' && s.charAt(end) != '(') {
      return a;
    }
    while (end < b && isSpace(s.charAt(end))) end++;
    if (end < b && (s.charAt(end) == '（' || s.charAt(end) == '(')) {
      // a byline: （记者王希）, (记者 李晓 通讯员 张三)
      for (int q = end + 1; q < Math.min(b, end + 32); q++) {
        char c = s.charAt(q);
        if (c == '）' || c == ')') {
          end = q + 1;
          break;
        }
        if (isSentenceEnd(c) || c == '，' || c == ',' || (c >= '0' && c <= '9')) break;
      }
      while (end < b && isSpace(s.charAt(end))) end++;
    }
    return end;
  }

  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /** A character of a written date: 12月3日, 十二月三日. */
  private static boolean isDateChar(char c) {
    return (c >= '0' && c <= '9') || "〇一二三四五六七八九十".indexOf(c) >= 0;
  }

  static boolean isHeadline(String s, int a, int b) {
    return b - a <= HEADLINE_MAX && noSentenceEnd(s, a, b, true);
  }

  /**
   * Whether the document's first line [a, b), too long for {@link #isHeadline}, is its title:
   * {@code 关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告} (44 characters;
   * review 15: it ran into the first figure's metric, and its 计划 made that figure a PLAN). It
   * opens with 关于 or a year, holds no comma or sentence end, and ends in a title's word (as {@code
   * text.Normalizer} keeps such a line apart). Counter-example: a first line of body text (it has
   * commas, or ends in another word).
   */
  static boolean isLongTitle(String s, int a, int b) {
    if (b - a <= HEADLINE_MAX || b - a > LONG_TITLE_MAX || !noSentenceEnd(s, a, b, true)) return false;
    boolean opens = s.startsWith("关于", a) || (s.charAt(a + 4) == '年' && isDigits(s, a, a + 4));
    return opens && LONG_TITLE_ENDS.contains(s.substring(b - 2, b));
  }

  /** Whether {@code s[a, b)} is ASCII digits only. */
  static boolean isDigits(String s, int a, int b) {
    for (int k = a; k < b; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
    }
    return true;
  }

  /** Where the first line that is not blank starts (0 when the text opens with it). */
  private static int firstLine(String s) {
    int k = 0;
    while (k < s.length() && isSpace(s.charAt(k))) k++;
    int nl = s.lastIndexOf('\n', k);
    return nl < 0 ? 0 : nl + 1;
  }

  /** The longest first line {@link #isLongTitle} reads, as {@code text.Normalizer} does. */
  private static final int LONG_TITLE_MAX = 64;

  /** The last words of a long title: 报告, 公报, 情况 … (a subset of the normalizer's). */
  private static final java.util.Set<String> LONG_TITLE_ENDS = java.util.Set.of("报告", "公报", "情况",
      "通知", "方案", "意见", "决定", "办法", "纲要");

  /** Whether {@code s[a, b)} holds no sentence end (nor a comma, if {@code commas} end too). */
  private static boolean noSentenceEnd(String s, int a, int b, boolean commas) {
    for (int k = a; k < b; k++) {
      char c = s.charAt(k);
      if (c >= '\u4E00' && c <= '\u9FFF') continue; // most characters: no punctuation
      if (isSentenceEnd(c) || (commas && (c == '，' || c == ','))) return false;
    }
    return true;
  }

  /**
   * A short line with commas that stands alone between blank lines and ends in no punctuation:
   * the headline of a round-up item ({@code 湖北：86个项目集中开工，总投资426亿元}), whose figures the
   * body repeats. Read as body text, its figure would be added to the body's in totals. It must
   * open with a place and a colon ({@code 湖北：}), as round-up headlines do. Counter-examples: a
   * column-broken body line (两年来，两地党政领导及相关) also stands between blank lines, but opens
   * with no colon; a body line that ends in ，, ： or 、 continues on the next line.
   */
  static boolean isTitleLine(String s, int a, int b) {
    if (b - a > HEADLINE_MAX) return false;
    int colon = a + 1;
    while (colon < b && colon <= a + 8 && s.charAt(colon) >= '\u4E00' && s.charAt(colon) <= '\u9FFF') {
      colon++;
    }
    if (colon >= b || colon > a + 8 || (s.charAt(colon) != '：' && s.charAt(colon) != ':')) {
      return false;
    }
    char last = s.charAt(b - 1);
    return last != '，' && last != ',' && last != '：' && last != ':' && last != '、'
        && noSentenceEnd(s, a, b, false);
  }

  /** Whether the line starting at {@code lineStart} is the first or follows a blank line. */
  private static boolean blankBefore(String s, int lineStart) {
    if (lineStart == 0) return true;
    for (int k = lineStart - 2; k >= 0; k--) {
      char c = s.charAt(k);
      if (c == '\n') return true;
      if (!isSpace(c)) return false;
    }
    return true;
  }

  /** Whether the line ending at {@code lineEnd} is the last or a blank line follows it. */
  private static boolean blankAfter(String s, int lineEnd) {
    if (lineEnd >= s.length()) return true;
    for (int k = lineEnd + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\n') return true;
      if (!isSpace(c)) return false;
    }
    return true;
  }

  public static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /**
   * The end of a short Latin gloss in brackets opening at {@code k} (before {@code b}): {@code
   * （M2）}, {@code （R&D）}, {@code (CPI)}, which name the noun they follow and end no clause (the
   * metric of 广义货币（M2）余额 was 余额); else -1. At most {@value #GLOSS_MAX} characters, ASCII letters,
   * digits and {@code &.-+/}, with a letter. Counter-examples, asides that end a clause: {@code
   * （不含农户）}, {@code （2023年）}, {@code （折纯）}, and a list marker ({@code （a）进出口总额}: no noun
   * before it). One or two Chinese characters inside a word are no clause end either ({@link
   * #innerAsideEnd}).
   */
  static int glossEnd(String s, int k, int b) {
    if (k == 0 || !Character.isIdeographic(s.charAt(k - 1))) return -1;
    int inner = innerAsideEnd(s, k, b);
    if (inner > 0) return inner;
    boolean letter = false;
    for (int q = k + 1; q < b && q <= k + GLOSS_MAX + 1; q++) {
      char c = s.charAt(q);
      if (c == '）' || c == ')') return letter ? q + 1 : -1;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        letter = true;
      } else if (!(c >= '0' && c <= '9') && "&.-+/".indexOf(c) < 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The end of one or two Chinese characters in brackets inside a word, opening at {@code k}:
   * {@code 企(事)业单位贷款}, {@code 执业（助理）医师} (review 13: the metrics were 业单位贷款 and 医师); else
   * -1. A character of the word must follow the bracket. Counter-examples, asides that end a clause:
   * {@code （折纯）}, {@code （含…）}, {@code （不含…）}, {@code （注…）}, {@code （下同）}, and longer ones.
   */
  private static int innerAsideEnd(String s, int k, int b) {
    int q = k + 1;
    while (q < b && q - k <= 2 && isHan(s.charAt(q))) q++;
    if (q == k + 1 || q + 1 >= b || (s.charAt(q) != '）' && s.charAt(q) != ')')
        || (s.charAt(k) == '（') != (s.charAt(q) == '）') || "含不折注下按".indexOf(s.charAt(k + 1)) >= 0
        || !isHan(s.charAt(q + 1))) {
      return -1;
    }
    return q + 1;
  }

  /** The longest gloss {@link #glossEnd} reads between its brackets. */
  static final int GLOSS_MAX = 8;

  static boolean isClauseEnd(char c) {
    return c == '，' || c == ',' || c == '：' || c == ':' || c == '（' || c == '）' || c == '('
        || c == ')';
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')';
  }

  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00A0';
  }

  /** Start of the sentence holding position p. */
  public int sentenceStart(int p) {
    return sentenceStarts.floor(p);
  }

  /** End (exclusive) of the sentence holding position p. */
  public int sentenceEnd(int p) {
    return sentenceStarts.ceiling(p + 1, s.length());
  }

  public int paragraphStart(int p) {
    return paragraphStarts.floor(p);
  }

  public int paragraphEnd(int p) {
    return paragraphStarts.ceiling(p + 1, s.length());
  }

  public int clauseStart(int p) {
    return clauseStarts.floor(p);
  }

  public int clauseEnd(int p) {
    return clauseStarts.ceiling(p + 1, s.length());
  }

  /** Whether position p lies in a headline line. */
  public boolean inHeadline(int p) {
    return headlineIndex(p) >= 0;
  }

  /** The index k of the headline [headlines[2k], headlines[2k+1]) holding p, or -1. */
  public int headlineIndex(int p) {
    int lo = 0;
    int hi = headCount / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (headlines[2 * mid + 1] <= p) {
        lo = mid + 1;
      } else if (headlines[2 * mid] > p) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  public int headlineCount() {
    return headCount / 2;
  }

  public int headlineStart(int k) {
    return headlines[2 * k];
  }

  public int headlineEnd(int k) {
    return headlines[2 * k + 1];
  }

  /**
   * The first non-empty line after {@code p} is a body line (not a headline), within the text.
   */
  boolean nextLineIsBody(int p) {
    int k = s.indexOf('\n', p);
    while (k >= 0 && k < s.length()) {
      int a = k + 1;
      int e = s.indexOf('\n', a);
      if (e < 0) e = s.length();
      int x = a;
      while (x < e && isSpace(s.charAt(x))) x++;
      if (x < e) {
        return !inHeadline(x);
      }
      if (e >= s.length()) return false;
      k = e;
    }
    return false;
  }

  /** A growable int array, to keep boundaries unboxed; read in place, never trimmed. */
  static final class IntList {
    private int[] a = new int[16];
    private int size;

    void add(int v) {
      if (size == a.length) a = Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }
  }

  /**
   * A set of offsets in [0, max], one bit each, looked up in constant time: {@link #floor} and
   * {@link #ceiling} read the word that holds their position and, when that word holds no offset
   * on the side they look, a table of the nearest offset beyond each word: two reads, where a
   * binary search over a megabyte's offsets took a dozen. Offsets may be added
   * in any order and more than once; {@link #finish} builds the tables, after the last {@link
   * #add}. 0.25 bytes per character of the text.
   */
  static final class Offsets {
    private final int max;
    /** Bit p % 64 of word p / 64 is set if p is in the set. */
    private final long[] bits;
    /** The greatest offset below word w's first position, or -1. */
    private int[] before;
    /** The least offset beyond word w's last position, or -1. */
    private int[] after;

    /** An empty set of offsets in [0, max]. */
    Offsets(int max) {
      this.max = max;
      this.bits = new long[(max >>> 6) + 1];
    }

    /** Adds v, in [0, max]. */
    void add(int v) {
      assert v >= 0 && v <= max : v + " outside [0, " + max + "]";
      bits[v >>> 6] |= 1L << v;
    }

    /** Builds the lookup tables: called once, after the last {@link #add}. */
    Offsets finish() {
      int words = bits.length;
      before = new int[words];
      after = new int[words];
      int last = -1;
      for (int w = 0; w < words; w++) {
        before[w] = last;
        if (bits[w] != 0) last = (w << 6) + 63 - Long.numberOfLeadingZeros(bits[w]);
      }
      last = -1;
      for (int w = words - 1; w >= 0; w--) {
        after[w] = last;
        if (bits[w] != 0) last = (w << 6) + Long.numberOfTrailingZeros(bits[w]);
      }
      return this;
    }

    /** The greatest offset at or before p, or 0 if there is none. */
    int floor(int p) {
      if (p < 0) return 0;
      if (p > max) p = max;
      int w = p >>> 6;
      long m = bits[w] & (-1L >>> (63 - (p & 63))); // the bits of p and below
      if (m != 0) return (w << 6) + 63 - Long.numberOfLeadingZeros(m);
      return Math.max(0, before[w]);
    }

    /** The least offset at or after key, or {@code none} if there is none. */
    int ceiling(int key, int none) {
      if (key > max) return none;
      if (key < 0) key = 0;
      int w = key >>> 6;
      long m = bits[w] & (-1L << key); // the bits of key and above (shifts count modulo 64)
      if (m != 0) return (w << 6) + Long.numberOfTrailingZeros(m);
      return after[w] < 0 ? none : after[w];
    }
  }
}
