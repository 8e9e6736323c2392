package io.github.zhibiao.indicator;

import java.util.Arrays;

/**
 * The layout of one normalized text, found once and shared: headlines, paragraphs (a bulleted
 * item {@code ●} is one), sentences and clauses, as sorted boundary offsets looked up by binary
 * search. Internal (this package is not exported): public so that the check stage reads the same
 * layout.
 *
 * <p>A line is a headline when it is short (at most {@value #HEADLINE_MAX} characters), has no
 * comma and no sentence-final punctuation, and is not a bulleted item. A line that ends without
 * sentence-final punctuation continues its paragraph across blank lines: PDF extraction breaks
 * paragraphs at column ends ({@code 目前，道孚县农特产品加工园} / {@code 区已完成主体工程…}).
 */
public final class Structure {
  static final int HEADLINE_MAX = 40;

  private final String s;
  private final int[] sentenceStarts;
  private final int[] paragraphStarts;
  private final int[] clauseStarts;
  /** Start and end of every headline line, flattened: [s0, e0, s1, e1 …]. */
  private final int[] headlines;

  private Structure(String s, int[] sentences, int[] paragraphs, int[] clauses, int[] headlines) {
    this.s = s;
    this.sentenceStarts = sentences;
    this.paragraphStarts = paragraphs;
    this.clauseStarts = clauses;
    this.headlines = headlines;
  }

  public static Structure of(String s) {
    IntList sentences = new IntList();
    IntList paragraphs = new IntList();
    IntList clauses = new IntList();
    IntList heads = new IntList();
    sentences.add(0);
    paragraphs.add(0);
    clauses.add(0);
    int n = s.length();
    boolean paragraphOpen = false; // the last body line ended mid-sentence
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      int a = lineStart;
      int b = lineEnd;
      while (a < b && isSpace(s.charAt(a))) a++;
      while (b > a && isSpace(s.charAt(b - 1))) b--;
      if (a < b) {
        boolean bullet = s.charAt(a) == '●' || s.charAt(a) == '■' || s.charAt(a) == '◆';
        boolean headline = !bullet && isHeadline(s, a, b);
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
              sentences.add(after);
              clauses.add(after);
            } else if (isClauseEnd(c)) {
              clauses.add(k + 1);
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
    return new Structure(s, sentences.sorted(), paragraphs.sorted(), clauses.sorted(),
        heads.toArray());
  }

  static boolean isHeadline(String s, int a, int b) {
    if (b - a > HEADLINE_MAX) return false;
    for (int k = a; k < b; k++) {
      char c = s.charAt(k);
      if (c >= '\u4E00' && c <= '\u9FFF') continue; // most characters: no punctuation
      if (isSentenceEnd(c) || c == '，' || c == ',') return false;
    }
    return true;
  }

  public static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

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
    return floor(sentenceStarts, p);
  }

  /** End (exclusive) of the sentence holding position p. */
  public int sentenceEnd(int p) {
    return ceilingAfter(sentenceStarts, p);
  }

  public int paragraphStart(int p) {
    return floor(paragraphStarts, p);
  }

  public int paragraphEnd(int p) {
    return ceilingAfter(paragraphStarts, p);
  }

  public int clauseStart(int p) {
    return floor(clauseStarts, p);
  }

  public int clauseEnd(int p) {
    return ceilingAfter(clauseStarts, p);
  }

  /** Whether position p lies in a headline line. */
  public boolean inHeadline(int p) {
    return headlineIndex(p) >= 0;
  }

  /** The index k of the headline [headlines[2k], headlines[2k+1]) holding p, or -1. */
  public int headlineIndex(int p) {
    int lo = 0;
    int hi = headlines.length / 2 - 1;
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
    return headlines.length / 2;
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

  private static int floor(int[] a, int p) {
    int k = Arrays.binarySearch(a, p);
    if (k >= 0) return a[k];
    k = -k - 2;
    return k >= 0 ? a[k] : 0;
  }

  private int ceilingAfter(int[] a, int p) {
    int k = Arrays.binarySearch(a, p + 1);
    if (k < 0) k = -k - 1;
    return k < a.length ? a[k] : s.length();
  }

  /** A growable int array, to keep boundaries unboxed. */
  static final class IntList {
    private int[] a = new int[16];
    private int size;

    void add(int v) {
      if (size == a.length) a = Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }

    int[] sorted() {
      int[] r = toArray();
      Arrays.sort(r);
      int w = 0;
      for (int i = 0; i < r.length; i++) {
        if (w == 0 || r[w - 1] != r[i]) r[w++] = r[i];
      }
      return Arrays.copyOf(r, w);
    }
  }
}
