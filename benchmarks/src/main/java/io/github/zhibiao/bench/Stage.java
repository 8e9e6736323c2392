package io.github.zhibiao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing the harness times: a function of one document that returns a count of what it found
 * (the count is summed into a checksum, so the work cannot be optimised away, and must be
 * non-zero on real text; see {@code Bench --check}).
 *
 * @param name the name in the tables
 * @param baseline whether this is a baseline the library's stages are compared with
 * @param run the work on one document
 */
record Stage(String name, boolean baseline, ToLongFunction<String> run) {
  static Stage of(String name, ToLongFunction<String> run) {
    return new Stage(name, false, run);
  }

  static Stage baseline(String name, ToLongFunction<String> run) {
    return new Stage(name, true, run);
  }

  /** The floor: every character read once through a 64K lookup table. */
  static final Stage RAW_PASS = baseline("raw pass", Baselines::rawPass);

  /** What a user would write instead: one java.util.regex pattern, values as BigDecimal. */
  static final Stage NAIVE_REGEX = baseline("naive regex", Baselines::naiveRegex);

  /** The baselines. */
  static final class Baselines {
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
      for (char c = '0'; c <= '9'; c++) CLASSES[c] = 1;
      for (char c = '０'; c <= '９'; c++) CLASSES[c] = 1;
      for (char c : "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億".toCharArray()) {
        CLASSES[c] = 2;
      }
      for (char c : "%％.．,，".toCharArray()) CLASSES[c] = 3;
    }

    // The lookbehind and possessive quantifiers are the one refinement over the first thing a
    // user writes: plain \d+(\.\d+)? restarts inside every run of digits and is quadratic
    // (a 64K-digit run took over ten minutes).
    private static final Pattern NAIVE = Pattern.compile(
        "(?<![\\d.])(\\d++(?:\\.\\d++)?)\\s*([万亿]{0,2})\\s*"
            + "(亿元|万元|美元|元|%|个|项|家|户|人次|人|名|吨|亩|公顷|平方米|平方公里|千瓦|千米|公里|年|倍|套|件|台)");

    private Baselines() {}

    static long rawPass(String text) {
      long sum = 0;
      for (int i = 0, n = text.length(); i < n; i++) sum += CLASSES[text.charAt(i)];
      return sum;
    }

    /** A found figure, as a user's own extractor would hold it. */
    record Found(int start, int end, BigDecimal value, String unit) {}

    static long naiveRegex(String text) {
      List<Found> found = find(text);
      return found.size();
    }

    static List<Found> find(String text) {
      List<Found> out = new ArrayList<>();
      Matcher m = NAIVE.matcher(text);
      while (m.find()) {
        BigDecimal value = new BigDecimal(m.group(1));
        for (char c : m.group(2).toCharArray()) value = value.scaleByPowerOfTen(c == '万' ? 4 : 8);
        String unit = m.group(3);
        if (unit.length() == 2 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿')) {
          value = value.scaleByPowerOfTen(unit.charAt(0) == '万' ? 4 : 8);
          unit = unit.substring(1);
        }
        out.add(new Found(m.start(), m.end(), value, unit));
      }
      return out;
    }
  }
}
