package io.github.zhibiao.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link NormalizedText}: folds characters 1:1, then deletes what the text should not
 * contain (column breaks, doubled runs, stray spaces), recording the deletions as a sparse map.
 *
 * <p>Linear in the length of the text: each character is folded once, each line is looked at a
 * bounded number of times (the doubled-run check only runs on lines of at most {@link
 * #MAX_DOUBLED_LINE} characters), and the deletions are written in one final pass.
 */
final class Normalizer {
  /** Lines longer than this are body text, never doubled headlines; bounds the O(n³) check. */
  static final int MAX_DOUBLED_LINE = 100;

  /** A line at least this share of the document's usual width is a full column line. */
  private static final double FULL_LINE_SHARE = 0.8;

  private Normalizer() {}

  static NormalizedText normalize(String original) {
    int n = original.length();
    char[] b = original.toCharArray();
    Lines lines = Lines.fold(b, lineCount(b));
    BitSet deleted = new BitSet(n);
    DoubledRunTables tables = new DoubledRunTables();
    for (int i = 0; i < lines.count; i++) {
      repairDoubledRun(b, lines.start(i), lines.end(i), deleted, tables);
    }
    // a break between two words may become a space ("per\ncent"): one more inline space
    boolean wroteSpace = joinColumnBreaks(b, lines, deleted);
    if (wroteSpace) lines.findInlineSpaces(b);
    deleteSpacesAfterNumbers(b, deleted, lines);
    return build(original, b, deleted, lines.folded || wroteSpace);
  }

  /**
   * The number of lines: one more than the line feeds. (A loop of {@code String.indexOf} costs a
   * call per line, twice this loop's time on a text of short lines.)
   */
  private static int lineCount(char[] b) {
    int count = 1;
    for (char c : b) if (c == '\n') count++;
    return count;
  }

  // ---------------------------------------------------------------- 1:1 folding

  /**
   * The character {@code c} at {@code b[i]} folded: full-width digits and Latin letters to ASCII,
   * everywhere, since they are never prose punctuation; a no-break space to a space; and the
   * symbols that live inside numbers only where they are part of one, so that the Chinese comma
   * and full stop of prose stay as they are ({@code 增长8%，利润} keeps its {@code ，}).
   *
   * <p>Called on each character in text order: {@code b[0, i)} is folded already, {@code b(i, …)}
   * not yet, so what a symbol's test reads after it goes through {@link #isDigitAhead}.
   */
  private static char folded(char[] b, int i, char c) {
    if (c < '\uFE6A') { // ideographs, ASCII, CJK punctuation: most characters
      if (c == '\u00A0') return ' ';
      if (c != ',' && c != '−' && c != '〜') return c;
    } else if (c >= '０' && (c <= '９' || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ'))) {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '％', '﹪' -> {
        return digitBefore(b, i) ? '%' : c;
      }
      case '．' -> {
        return digitBefore(b, i) && digitAfter(b, i) ? '.' : c;
      }
      case '，', ',' -> {
        return isThousandsSeparator(b, i) ? ',' : c;
      }
      case '＋' -> {
        return digitAfter(b, i) ? '+' : c;
      }
      case '－', '−' -> {
        return digitAfter(b, i) ? '-' : c;
      }
      case '～', '〜' -> {
        // 15～20%, 15%～20%, 30万～50万元: a wave dash before a digit is a range sign.
        return digitAfter(b, i) && i > 0 && !isSpace(b[i - 1]) ? '~' : c;
      }
      default -> {
        return c;
      }
    }
  }

  /** A digit not yet folded, ASCII or full-width: what {@link #folded} reads ahead of itself. */
  private static boolean isDigitAhead(char c) {
    return isAsciiDigit(c) || (c >= '０' && c <= '９');
  }

  private static boolean digitBefore(char[] b, int i) {
    return i > 0 && isAsciiDigit(b[i - 1]);
  }

  private static boolean digitAfter(char[] b, int i) {
    return i + 1 < b.length && isDigitAhead(b[i + 1]);
  }

  /**
   * A comma groups thousands when it follows a group of one to three digits that is the start of
   * the number (or another group), and exactly three digits follow it. {@code 12,500} and {@code
   * １２，５００} are numbers; {@code 增长12，5家} and {@code 1234,567} are not. Reads {@code b} as
   * {@link #folded} leaves it: folded before {@code i}, not yet after.
   */
  private static boolean isThousandsSeparator(char[] b, int i) {
    if (i + 3 >= b.length) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (!isDigitAhead(b[i + k])) return false;
    }
    if (i + 4 < b.length && (isDigitAhead(b[i + 4]) || b[i + 4] == '．')) {
      return false;
    }
    int digits = 0;
    int j = i - 1;
    while (j >= 0 && isAsciiDigit(b[j]) && digits <= 3) {
      digits++;
      j--;
    }
    if (digits == 0 || digits > 3) return false;
    if (j < 0) return true;
    // Either the number starts here, or this group follows another separator (3,200,000).
    // (A comma of prose before the number, as in 据统计，１２，５００元, is not a separator.)
    boolean afterGroup = (b[j] == ',' || b[j] == '，') && j > 0 && isAsciiDigit(b[j - 1]);
    return !afterGroup || digits == 3;
  }

  // ---------------------------------------------------------------- doubled runs

  /**
   * Repairs a headline doubled by PDF fake-bold, where every run of the line was extracted twice:
   * {@code 山西：发布发布108108个混改项目个混改项目} → {@code 山西：发布108个混改项目}. A {@code 省份：} prefix may
   * stand before the doubled part. The line must split wholly into doubled chunks (spaces allowed
   * between them); the split with the fewest chunks is used.
   *
   * <p>Genuine reduplication is left alone: at least one chunk must be two or more characters long
   * and the repaired part three or more ({@code 常常看看} has only one-character chunks; {@code 1111}
   * and {@code 研究研究} repair to fewer than three).
   */
  private static void repairDoubledRun(char[] b, int from, int to, BitSet deleted,
      DoubledRunTables tables) {
    while (from < to && isSpace(b[from])) from++;
    while (to > from && isSpace(b[to - 1])) to--;
    if (to - from < 6 || to - from > MAX_DOUBLED_LINE) return;
    // The whole line first (北京北京：：保障房开工保障房开工…), then after a 省份： prefix.
    if (repairDoubled(b, from, to, deleted, tables)) return;
    for (int i = from; i < Math.min(to, from + 10); i++) {
      if (b[i] == '：' || b[i] == ':') {
        repairDoubled(b, i + 1, to, deleted, tables);
        return;
      }
    }
  }

  /**
   * The fewest-chunks split of {@code [body, to)} by dynamic programming from the right: best[i]
   * is the fewest chunks that cover {@code [body + i, to)}, choice[i] the length of the chunk that
   * starts there (0: a space skipped). O(n²) table steps, so only after {@link #mayBeDoubled}.
   */
  private static boolean repairDoubled(char[] b, int body, int to, BitSet deleted,
      DoubledRunTables tables) {
    int n = to - body;
    if (n < 6 || !mayBeDoubled(b, body, to)) return false;
    int inf = Integer.MAX_VALUE;
    tables.allocate();
    int[] best = tables.best;
    int[] choice = tables.choice;
    Arrays.fill(best, 0, n, inf);
    Arrays.fill(choice, 0, n + 1, 0);
    best[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (isSpace(b[body + i]) && best[i + 1] != inf) {
        best[i] = best[i + 1];
        choice[i] = 0;
      }
      for (int len = (n - i) / 2; len >= 1; len--) {
        if (best[i + 2 * len] == inf || best[i + 2 * len] + 1 >= best[i]) continue;
        if (regionEquals(b, body + i, body + i + len, len)) {
          best[i] = best[i + 2 * len] + 1;
          choice[i] = len;
        }
      }
    }
    if (best[0] == inf) return false;
    int kept = 0;
    int longest = 0;
    for (int i = 0; i < n; ) {
      int len = choice[i];
      if (len == 0) {
        i++;
        continue;
      }
      kept += len;
      longest = Math.max(longest, len);
      i += 2 * len;
    }
    if (kept < 3 || longest < 2) return false;
    // A headline is Chinese text: 1111…1 and ABAB runs of Latin letters are not PDF doubling.
    int ideographs = 0;
    for (int i = body; i < to; i++) if (isIdeograph(b[i])) ideographs++;
    if (ideographs < 4) return false;
    for (int i = 0; i < n; ) {
      int len = choice[i];
      if (len == 0) {
        i++;
        continue;
      }
      deleted.set(body + i + len, body + i + 2 * len);
      i += 2 * len;
    }
    return true;
  }

  /**
   * A necessary condition for {@code [body, to)} to split wholly into doubled chunks and spaces:
   * the first chunk repeats at once, {@code b[s, s + len) == b[s + len, s + 2 len)}, where s is
   * {@code body} or any position up to the first non-space (a chunk may begin with a space), and
   * the last chunk likewise ends at {@code to} or after the last non-space. Ordinary prose fails
   * at the start in about one comparison per character: in {@code 全年完成投资2262亿元} no chunk
   * from 全 is followed at once by itself. {@code 发布发布108个} passes the start and fails the end;
   * {@code 发布发布了一批项目项目} passes both and the table rejects it.
   */
  private static boolean mayBeDoubled(char[] b, int body, int to) {
    return startsWithRepeat(b, body, to) && endsWithRepeat(b, body, to);
  }

  private static boolean startsWithRepeat(char[] b, int body, int to) {
    for (int s = body; s < to; s++) {
      char first = asciiSymbol(b[s]);
      for (int len = 1; s + 2 * len <= to; len++) {
        if (asciiSymbol(b[s + len]) == first && regionEquals(b, s, s + len, len)) return true;
      }
      if (!isSpace(b[s])) return false;
    }
    return false;
  }

  private static boolean endsWithRepeat(char[] b, int body, int to) {
    for (int e = to; e > body; e--) {
      char last = asciiSymbol(b[e - 1]);
      for (int len = 1; e - 2 * len >= body; len++) {
        if (asciiSymbol(b[e - len - 1]) == last && regionEquals(b, e - 2 * len, e - len, len)) {
          return true;
        }
      }
      if (!isSpace(b[e - 1])) return false;
    }
    return false;
  }

  /**
   * Scratch for {@link #repairDoubled}: one pair per text (lines are at most {@link
   * #MAX_DOUBLED_LINE}), allocated only when a line passes {@link #mayBeDoubled}.
   */
  private static final class DoubledRunTables {
    int[] best;
    int[] choice;

    void allocate() {
      if (best == null) {
        best = new int[MAX_DOUBLED_LINE + 1];
        choice = new int[MAX_DOUBLED_LINE + 1];
      }
    }
  }

  /** Compares two runs, ignoring the context-dependent folding of number symbols (8585％％). */
  private static boolean regionEquals(char[] b, int p, int q, int len) {
    for (int k = 0; k < len; k++) {
      if (asciiSymbol(b[p + k]) != asciiSymbol(b[q + k])) return false;
    }
    return true;
  }

  private static char asciiSymbol(char c) {
    if (c < '％') return c; // ideographs and ASCII, most of the text: one comparison
    return switch (c) {
      case '％' -> '%';
      case '．' -> '.';
      case '，' -> ',';
      case '～' -> '~';
      default -> c;
    };
  }

  // ---------------------------------------------------------------- column breaks

  /**
   * Deletes the line breaks that narrow newspaper columns put inside sentences. A break is joined
   * when the line before it does not end a sentence, the line after does not start a block (a
   * bullet, a bracketed or {@code 一、} list marker) and the line before is a full column line
   * (at least {@link #FULL_LINE_SHARE} of the document's usual width, the 80th percentile). A
   * blank line is a paragraph break, unless the whole document is double-spaced (PDF extraction
   * that puts a blank line after every line, as in seed 001), where blank lines mean nothing.
   *
   * <p>A break between a number and an ideograph ({@code 4400余万\n\n元}) is joined even after a
   * short line and across one blank line, since a line that ends in a bare number is a number
   * split from its unit.
   */
  private static boolean joinColumnBreaks(char[] b, Lines lines, BitSet deleted) {
    if (lines.count < 2) return false;
    boolean wroteSpace = false;
    // the widths the fold found, but for the few lines where a doubled run is deleted
    int[] widths = lines.widths;
    int breaks = 0;
    int blankBreaks = 0;
    // So far only doubled runs are deleted, on a few lines. A cursor over them, moving on with
    // the lines, tells which lines have any. (BitSet.nextSetBit from every line would scan to the
    // next deletion however far away: quadratic in a text of many lines with one at its end.)
    int nextDeleted = deleted.nextSetBit(0);
    for (int i = 0; i < lines.count; i++) {
      if (nextDeleted >= 0 && nextDeleted < lines.start(i)) {
        nextDeleted = deleted.nextSetBit(lines.start(i));
      }
      boolean intact = nextDeleted < 0 || nextDeleted >= lines.end(i);
      if (!intact) widths[i] = displayWidth(b, lines.start(i), lines.end(i), deleted);
    }
    int usual = usualWidth(widths);
    if (usual == 0) return false;
    // Count breaks between non-empty lines: how many of them are blank-line breaks?
    int prev = -1;
    for (int i = 0; i < lines.count; i++) {
      if (widths[i] == 0) continue;
      if (prev >= 0) {
        breaks++;
        if (i - prev > 1) blankBreaks++;
      }
      prev = i;
    }
    boolean doubleSpaced = breaks >= 4 && blankBreaks >= 0.6 * breaks;
    prev = -1;
    boolean firstLine = true;
    for (int i = 0; i < lines.count; i++) {
      if (widths[i] == 0) continue;
      if (prev >= 0) {
        boolean blank = i - prev > 1;
        int a = lastVisible(b, lines.start(prev), lines.end(prev), deleted);
        int z = firstVisible(b, lines.start(i), lines.end(i), deleted);
        boolean numberSplit = a >= 0 && z >= 0 && isNumberEnd(b[a]) && isIdeograph(b[z])
            && i - prev <= 2;
        if (a >= 0 && z >= 0 && (!blank || doubleSpaced || numberSplit)) {
          boolean full = widths[prev] >= FULL_LINE_SHARE * usual;
          int from = firstVisible(b, lines.start(prev), lines.end(prev), deleted);
          boolean title = (blank && !numberSplit && isColonTitle(b, from, a))
              || (firstLine && !numberSplit && isDocumentTitle(b, from, a)
                  && (opensWithYear(b, from, a) || 10 * widths[prev] <= 7 * widths[i]));
          if ((full || numberSplit) && !endsSentence(b, a) && !startsBlock(b, z) && !title) {
            int wsFrom = a + 1;
            if (isAsciiAlnum(b[a]) && isAsciiAlnum(b[z])) {
              // "per\ncent" or "2018\n2019": keep one space so that two words do not merge.
              b[wsFrom] = ' ';
              wsFrom++;
              wroteSpace = true;
            }
            deleted.set(wsFrom, z);
          }
        }
      }
      if (prev >= 0) firstLine = false;
      prev = i;
    }
    return wroteSpace;
  }

  /**
   * Whether the line [from, last], the document's first, is its title: at most {@value
   * #DOCUMENT_TITLE_MAX} characters, no comma or sentence end, and it ends in a word that ends
   * titles ({@code 2023年全市国民经济和社会发展统计公报}, {@code 全市经济运行情况}). Joined, the title
   * ran into the first figure's metric (review 13: 济和社会发展统计公报全年全市地区生产总值).
   * Counter-example, joined: a first line that is a column of body text ends in any other word
   * ({@code 全区重大项目总投资约2262亿元，同比增长8.5%，其中工业项目} has commas anyway).
   */
  private static boolean isDocumentTitle(char[] b, int from, int last) {
    if (from < 0 || last - from + 1 > DOCUMENT_TITLE_MAX || last - from < 3) return false;
    for (int i = from; i <= last; i++) {
      char c = b[i];
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？'
          || c == '：' || c == ':') {
        return false;
      }
    }
    String end = new String(b, last - 1, 2);
    return TITLE_ENDS.contains(end);
  }

  /**
   * Whether [from, last] opens with a year (2023年, four digits and 年) or with 关于: a title's
   * opening, where a line of body text that ends in 情况 (上半年全市…生产经营情况 before 总体平稳) is
   * joined (second read). A title without one must be at most 0.7 times as wide as the line after
   * it.
   */
  private static boolean opensWithYear(char[] b, int from, int last) {
    if (last - from >= 4 && b[from + 4] == '年') {
      for (int k = from; k < from + 4; k++) {
        if (b[k] < '0' || b[k] > '9') return false;
      }
      return true;
    }
    return last - from >= 1 && b[from] == '关' && b[from + 1] == '于';
  }

  /**
   * The longest first line {@link #isDocumentTitle} reads as a title: 关于2023年国民经济和社会发展计划执行情况与
   * 2024年国民经济和社会发展计划草案的报告 has 44 characters (review 15: it was joined at 40).
   */
  private static final int DOCUMENT_TITLE_MAX = 64;
  /** The last words of a document's title: 统计公报, 运行情况, 工作报告, 实施方案 … */
  private static final Set<String> TITLE_ENDS = Set.of("公报", "情况", "报告", "通知", "方案", "意见",
      "决定", "办法", "纲要", "简报", "综述", "通报", "公告", "快报");

  /**
   * The 80th percentile of the non-zero widths, {@code sorted[floor(0.8 (m - 1))]} of the m
   * non-zero ones, or 0 if there are none. Counted in a histogram when the widths are small for
   * their number (any text of many lines), else sorted (a few very long lines).
   */
  private static int usualWidth(int[] widths) {
    int m = 0;
    int max = 0;
    for (int w : widths) {
      if (w > 0) {
        m++;
        max = Math.max(max, w);
      }
    }
    if (m == 0) return 0;
    int rank = (int) Math.floor(0.8 * (m - 1));
    if (max > 4 * m + 256) {
      int[] nonEmpty = new int[m];
      int k = 0;
      for (int w : widths) if (w > 0) nonEmpty[k++] = w;
      Arrays.sort(nonEmpty);
      return nonEmpty[rank];
    }
    int[] lines = new int[max + 1]; // lines[w]: how many lines are w wide
    for (int w : widths) lines[w]++;
    int narrower = 0;
    for (int w = 1; ; w++) {
      narrower += lines[w];
      if (narrower > rank) return w;
    }
  }

  private static int lastVisible(char[] b, int from, int to, BitSet deleted) {
    for (int i = to - 1; i >= from; i--) {
      if (!isSpace(b[i]) && !deleted.get(i)) return i;
    }
    return -1;
  }

  /**
   * Whether the line [from, last] is the headline of a round-up item: two to eight Chinese
   * characters and a colon open it ({@code 湖北：86个项目集中开工 总投资超400亿元}), and it holds no
   * comma or sentence end. A blank line after it is no column break, however long the line: joined,
   * the headline ran into the body, and its figures were counted twice. Counter-example, joined:
   * {@code 目前，道孚县农特产品加工园} (no colon; a comma) before {@code 区已完成主体工程}; {@code
   * 据介绍：前三季度规模以上工业企业实现营业收入达到} (words that introduce speech or a source open it,
   * or it ends in a word that wants its figure: 达到, 为, 的 …).
   */
  private static boolean isColonTitle(char[] b, int from, int last) {
    if (from < 0) return false;
    int k = from;
    while (k <= last && k - from < 8 && isIdeograph(b[k])) k++;
    if (k - from < 2 || k > last || (b[k] != '：' && b[k] != ':')) return false;
    String opening = new String(b, from, k - from);
    for (String w : SPEECH) {
      if (opening.endsWith(w)) return false;
    }
    if (OPEN_ENDS.indexOf(b[last]) >= 0) return false;
    for (int i = k + 1; i <= last; i++) {
      char c = b[i];
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
        return false;
      }
    }
    return true;
  }

  /** What ends the opening of a quotation or a source, not a round-up headline (据介绍：, 他表示：). */
  private static final List<String> SPEECH =
      List.of("介绍", "了解", "统计", "说", "表示", "指出", "显示", "称", "透露", "强调", "认为");
  /** The last characters of a line that wants what follows: a verb, preposition or particle. */
  private static final String OPEN_ENDS = "达到为至超约近共计的和与及、在是有";

  private static int firstVisible(char[] b, int from, int to, BitSet deleted) {
    for (int i = from; i < to; i++) {
      if (!isSpace(b[i]) && !deleted.get(i)) return i;
    }
    return -1;
  }

  /** Columns on the page from the first to the last visible character: two for wide forms. */
  private static int displayWidth(char[] b, int from, int to, BitSet deleted) {
    int first = firstVisible(b, from, to, deleted);
    if (first < 0) return 0;
    int last = lastVisible(b, from, to, deleted);
    int w = 0;
    for (int i = first; i <= last; i++) {
      if (!deleted.get(i)) w += columns(b[i]);
    }
    return w;
  }

  private static int columns(char c) {
    return c < 0x1100 ? 1 : 2;
  }

  private static boolean endsSentence(char[] b, int i) {
    char c = b[i];
    switch (c) {
      case '。', '！', '？', '!', '?', '；', ';', '：', ':', '…', '」', '』', '】', '》' -> {
        return true;
      }
      case '”', '"', '’', '）', ')' -> {
        // 。” and 。） end a sentence; “自选动作” in mid-sentence does not.
        return i > 0 && endsSentence(b, i - 1);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean startsBlock(char[] b, int i) {
    char c = b[i];
    switch (c) {
      case '●', '○', '■', '□', '◆', '◇', '▲', '△', '★', '☆', '•', '▶', '►', '【', '（', '(', '—', '#',
          '*' -> {
        return true;
      }
      default -> {
        // 一、 and 1、 and 1. list markers
        int j = i;
        while (j < b.length && j - i < 4 && (isAsciiDigit(b[j]) || isChineseDigit(b[j]))) j++;
        return j > i && j < b.length && (b[j] == '、' || (b[j] == '.' && j + 1 < b.length
            && !isAsciiDigit(b[j + 1])));
      }
    }
  }

  /** A line that ends like this is inside a number: {@code 4400余万}, {@code 35.11}. */
  private static boolean isNumberEnd(char c) {
    return isAsciiDigit(c) || c == '.' || c == '余' || c == '多' || c == '万' || c == '亿';
  }

  // ---------------------------------------------------------------- stray spaces

  /**
   * Deletes one to three spaces between a digit (or a magnitude after a digit) and an ideograph:
   * {@code 335.5 亿元}, {@code 1000 斤}. Spaces before a number and between words stay.
   */
  private static void deleteSpacesAfterNumbers(char[] b, BitSet deleted, Lines lines) {
    int next = 1; // the first position still to look at
    for (int k = 0; k < lines.spaceCount; k++) {
      int i = lines.spaces[k];
      if (i < next || deleted.get(i)) continue;
      int j = i;
      while (j < b.length && j - i < 4 && isInlineSpace(b[j]) && !deleted.get(j)) j++;
      if (j - i > 3 || j >= b.length) {
        next = j + 1;
        continue;
      }
      char before = b[i - 1];
      boolean numberBefore =
          isAsciiDigit(before)
              || before == '%'
              || ((before == '万' || before == '亿') && i >= 2 && isAsciiDigit(b[i - 2]));
      if (numberBefore && !deleted.get(i - 1) && isIdeograph(b[j])) {
        deleted.set(i, j);
      }
      next = j;
    }
  }

  // ---------------------------------------------------------------- output

  /**
   * Compacts {@code b} in place, moving each kept run down over the deleted runs before it, and
   * records one map entry per deleted run that a kept character follows. If nothing is deleted
   * and {@code changed} is false (no character of {@code b} differs from the original), the
   * original is the text.
   */
  private static NormalizedText build(String original, char[] b, BitSet deleted,
      boolean changed) {
    if (deleted.isEmpty()) {
      return new NormalizedText(original, changed ? new String(b) : original, new int[0],
          new int[0]);
    }
    int n = b.length;
    int entries = 0; // deleted runs with a kept character after them
    for (int d = deleted.nextSetBit(0), end; d >= 0; d = deleted.nextSetBit(end)) {
      end = deleted.nextClearBit(d);
      if (end < n) entries++;
    }
    int[] at = new int[entries];
    int[] shift = new int[entries];
    int kept = 0; // b[0, kept) is the output so far
    int read = 0; // b[read, …) is still to be copied
    int k = 0;
    for (int d = deleted.nextSetBit(0); d >= 0; d = deleted.nextSetBit(read)) {
      System.arraycopy(b, read, b, kept, d - read);
      kept += d - read;
      read = deleted.nextClearBit(d);
      if (read < n) {
        at[k] = kept;
        shift[k] = read - kept;
        k++;
      }
    }
    System.arraycopy(b, read, b, kept, n - read);
    kept += n - read;
    return new NormalizedText(original, new String(b, 0, kept), at, shift);
  }

  // ---------------------------------------------------------------- character classes

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isChineseDigit(char c) {
    return switch (c) {
      case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十' -> true;
      default -> false;
    };
  }

  static boolean isIdeograph(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  private static boolean isSpace(char c) {
    // one comparison and one test for the characters above the space, most of the text
    return c <= ' ' ? c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' : c == '\u3000';
  }

  private static boolean isInlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  /**
   * The text's lines, found in the one pass that also folds it: line i is {@code [start(i),
   * end(i))}, end including its '\n'; with each line's display width and where the inline spaces
   * are, which the later steps read instead of passing over the text again. (Only where a column
   * break between two Latin words or numbers became a space are the inline spaces found again, by
   * a second pass.)
   */
  private static final class Lines {
    final int count;
    // bounds[i] is where line i starts and line i - 1 ends; bounds[count] is the text's length.
    private final int[] bounds;
    /**
     * {@link #displayWidth} of each line as folded, before anything is deleted, one per line;
     * {@link #joinColumnBreaks} then corrects the lines where a doubled run was deleted.
     */
    private final int[] widths;
    /** Where the inline spaces are, in text order: {@code spaces[0, spaceCount)}. */
    private int[] spaces;
    private int spaceCount;
    /** Whether folding changed any character. */
    private boolean folded;

    private static final int[] NO_SPACES = new int[0];

    private Lines(int n, int count) {
      this.count = count;
      bounds = new int[count + 1];
      widths = new int[count];
      spaces = n < 1024 ? NO_SPACES : new int[n / 1024]; // few in Chinese text; doubled as needed
    }

    /**
     * Folds {@code b} in place ({@link #folded}, in text order) and finds its {@code count} lines
     * (folding adds and removes no line feed), their widths and its inline spaces, all in one
     * pass.
     */
    static Lines fold(char[] b, int count) {
      int n = b.length;
      Lines lines = new Lines(n, count);
      boolean folded = false;
      int line = 0;
      int columns = 0; // columns from the line's start
      int firstVisible = -1; // columns before the line's first visible character, or -1
      int lastVisible = 0; // columns up to and including its last visible character
      for (int i = 0; i < n; i++) {
        char c = b[i];
        char f = folded(b, i, c);
        if (f != c) {
          b[i] = f;
          folded = true;
        }
        int w = columns(f);
        columns += w;
        if (!isSpace(f)) {
          if (firstVisible < 0) firstVisible = columns - w;
          lastVisible = columns;
        } else if (f == '\n') {
          lines.addLine(line++, i + 1, firstVisible < 0 ? 0 : lastVisible - firstVisible);
          columns = 0;
          firstVisible = -1;
        } else if (isInlineSpace(f)) {
          lines.addSpace(i);
        }
      }
      lines.addLine(line, n, firstVisible < 0 ? 0 : lastVisible - firstVisible);
      lines.folded = folded;
      return lines;
    }

    /** Records that line {@code k} (width {@code width}) ends at {@code end}. */
    private void addLine(int k, int end, int width) {
      bounds[k + 1] = end;
      widths[k] = width;
    }

    private void addSpace(int i) {
      if (spaceCount == spaces.length) spaces = Arrays.copyOf(spaces, 2 * spaces.length + 4);
      spaces[spaceCount++] = i;
    }

    /** Finds the inline spaces again, after {@link #joinColumnBreaks} wrote one into a break. */
    void findInlineSpaces(char[] b) {
      spaceCount = 0;
      for (int i = 0; i < b.length; i++) if (isInlineSpace(b[i])) addSpace(i);
    }

    int start(int i) {
      return bounds[i];
    }

    int end(int i) {
      return bounds[i + 1];
    }
  }
}
