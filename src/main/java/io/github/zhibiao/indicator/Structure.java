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
    Offsets sentences = new Offsets();
    Offsets paragraphs = new Offsets();
    Offsets clauses = new Offsets();
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
              // the clause ends among the closing quotes first (。）), so offsets come in order
              for (int q = k + 1; q < after; q++) {
                if (isClauseEnd(s.charAt(q))) clauses.add(q + 1);
              }
              sentences.add(after);
              clauses.add(after);
              k = after - 1; // closing quotes are neither sentence nor other clause ends
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
    return new Structure(s, sentences, paragraphs, clauses, heads);
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
   * A sorted set of offsets, added in order, in blocks that are never copied when more come (the
   * first small, for short texts, then doubling up to {@link #BLOCK_MAX}): 4 bytes an offset,
   * without the garbage of a doubling array or a trimming copy. Looked up by binary search over the
   * blocks' first offsets, then within one block. An offset out of order (none is, as {@link
   * Structure#of} adds them) makes {@link #finish} sort them all into one block.
   */
  static final class Offsets {
    static final int BLOCK_MIN = 16;
    static final int BLOCK_MAX = 4096;

    private int[][] blocks = new int[2][];
    /** The first offset of each block. */
    private int[] firsts = new int[2];
    private int count;
    private int[] last;
    private int lastSize;
    private int lastCapacity;
    private int lastValue = Integer.MIN_VALUE;
    private boolean sorted = true;

    /** Adds v; an offset equal to the last one added is not added again. */
    void add(int v) {
      if (v <= lastValue) {
        if (v == lastValue) return;
        sorted = false;
      }
      lastValue = v;
      if (lastSize == lastCapacity) {
        open(new int[count == 0 ? BLOCK_MIN : Math.min(BLOCK_MAX, 2 * lastCapacity)], v);
      }
      last[lastSize++] = v;
    }

    /** Makes {@code block} the last block, to hold offsets from {@code first} on. */
    private void open(int[] block, int first) {
      if (count == blocks.length) {
        blocks = Arrays.copyOf(blocks, 2 * count);
        firsts = Arrays.copyOf(firsts, 2 * count);
      }
      firsts[count] = first;
      blocks[count++] = block;
      last = block;
      lastSize = 0;
      lastCapacity = block.length;
    }

    private int size(int b) {
      return b == count - 1 ? lastSize : blocks[b].length;
    }

    /** Makes the offsets sorted and distinct, if they were not added in order. */
    Offsets finish() {
      if (sorted) return this;
      int n = 0;
      for (int b = 0; b < count; b++) n += size(b);
      int[] all = new int[n];
      for (int b = 0, at = 0; b < count; at += size(b), b++) {
        System.arraycopy(blocks[b], 0, all, at, size(b));
      }
      Arrays.sort(all);
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (w == 0 || all[w - 1] != all[i]) all[w++] = all[i];
      }
      count = 0;
      open(all, all[0]);
      lastSize = w;
      sorted = true;
      return this;
    }

    /** The number of blocks whose first offset is below {@code key} (or at it, if {@code eq}). */
    private int blocksBefore(int key, boolean eq) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (firsts[mid] < key || (eq && firsts[mid] == key)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    /** The greatest offset at or before p, or 0 if there is none. */
    int floor(int p) {
      int b = blocksBefore(p, true) - 1;
      if (b < 0) return 0;
      int[] block = blocks[b];
      int k = Arrays.binarySearch(block, 0, size(b), p);
      if (k >= 0) return block[k];
      return block[-k - 2]; // the block's first offset is at or before p
    }

    /** The least offset at or after key, or {@code none} if there is none. */
    int ceiling(int key, int none) {
      int b = blocksBefore(key, false) - 1;
      if (b < 0) return count > 0 ? firsts[0] : none;
      int[] block = blocks[b];
      int size = size(b);
      int k = Arrays.binarySearch(block, 0, size, key);
      if (k < 0) k = -k - 1;
      if (k < size) return block[k];
      return b + 1 < count ? firsts[b + 1] : none;
    }
  }
}
