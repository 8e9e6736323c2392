package io.github.zhibiao.check;

import com.google.common.collect.ImmutableListMultimap;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * E14: a fixed word whose numeral is written in Arabic digits, ERROR (GB/T 15835 4.2.3: words,
 * idioms and names with a numeral keep the Chinese numeral): {@code 星期5} → {@code 星期五},
 * {@code “14五”规划} → {@code “十四五”规划}, {@code 1带1路} → {@code 一带一路}.
 *
 * <p>The words are the bundled list {@value #WORDS}. A run of one or two digits is read as a
 * Chinese numeral both by place ({@code 14} → 十四) and digit by digit ({@code 54} → 五四; {@code 2}
 * is also 两), and the word must match around it literally, any other digit run inside it read
 * alike ({@code 1国2制}). Digits the quantity finder reads as a figure are never a word: {@code
 * 每星期3次} is a count; nor digits after 第 ({@code 第54运动会}, an ordinal).
 */
final class FixedWordRule extends CatalogueRule {
  static final String WORDS = "fixed-words.txt";
  private static final String NUMERALS = "〇一二三四五六七八九十两";

  /** The list, read once: each numeral substring of a word → the word and where it stands. */
  private static final class Holder {
    static final ImmutableListMultimap<String, Entry> BY_NUMERAL = load();
  }

  private record Entry(String word, int at) {}

  FixedWordRule() {
    super("E14", Severity.ERROR);
  }

  static ImmutableListMultimap<String, Entry> load() {
    ImmutableListMultimap.Builder<String, Entry> b = ImmutableListMultimap.builder();
    for (Table.Row row : Table.words(FixedWordRule.class, WORDS)) {
      String w = row.field(0);
      boolean any = false;
      for (int x = 0; x < w.length(); x++) {
        for (int y = x + 1; y <= w.length() && NUMERALS.indexOf(w.charAt(y - 1)) >= 0; y++) {
          b.put(w.substring(x, y), new Entry(w, x));
          any = true;
        }
      }
      if (!any) throw row.error("a fixed word without a Chinese numeral: '" + w + "'");
    }
    return b.build();
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Forms.startsDigits(t, i)) {
        i++;
        continue;
      }
      int j = Forms.digitsEnd(t, i);
      int end = -1;
      int start = -1;
      String word = null;
      if (j - i <= 2 && Forms.at(t, j) != '.' && !inFigure(c, i)) {
        for (String r : readings(t, i, j)) {
          for (Entry e : Holder.BY_NUMERAL.get(r)) {
            int from = i - e.at;
            if (from < 0 || !t.startsWith(e.word.substring(0, e.at), from)) continue;
            if (Forms.at(t, from - 1) == '第') continue; // 第54运动会: an ordinal, not 五四运动
            int k = match(t, j, e.word, e.at + r.length());
            if (k > end) {
              end = k;
              start = from;
              word = e.word;
            }
          }
        }
      }
      if (end < 0) {
        i = j;
        continue;
      }
      out.add(c.finding(id(), severity(), start, end,
          "“" + word + "”是固定词语，其中的数字应使用汉字：应为“" + word + "”", word));
      i = end;
    }
  }

  /** The end in {@code t} of {@code word} from its index {@code w}, read from {@code k}, or -1. */
  private static int match(String t, int k, String word, int w) {
    while (w < word.length()) {
      if (k >= t.length()) return -1;
      if (Forms.digit(t.charAt(k))) {
        int j = Forms.digitsEnd(t, k);
        boolean found = false;
        for (String r : readings(t, k, j)) {
          if (word.startsWith(r, w)) {
            w += r.length();
            found = true;
            break;
          }
        }
        if (!found) return -1;
        k = j;
      } else if (t.charAt(k) == word.charAt(w)) {
        k++;
        w++;
      } else {
        return -1;
      }
    }
    return Forms.digit(Forms.at(t, k)) ? -1 : k;
  }

  /** The Chinese readings of the digits [i, j): by place (十四), digit by digit (一四), 两 for 2. */
  private static List<String> readings(String t, int i, int j) {
    List<String> out = new ArrayList<>(3);
    if (j - i > 2) return out;
    int v = Integer.parseInt(t.substring(i, j));
    String place = Forms.chinese(v);
    if (place != null) out.add(place);
    StringBuilder each = new StringBuilder(2);
    for (int k = i; k < j; k++) each.append(Forms.cnDigitChar(t.charAt(k) - '0'));
    if (!each.toString().equals(place)) out.add(each.toString());
    if (v == 2) out.add("两");
    return out;
  }

  /** Whether the digit at normalized {@code i} is inside a figure the finder reports. */
  private static boolean inFigure(CheckContext c, int i) {
    return c.quantityAt(i) >= 0;
  }
}
