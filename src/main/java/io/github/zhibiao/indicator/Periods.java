package io.github.zhibiao.indicator;

import io.github.zhibiao.number.CharSet;
import io.github.zhibiao.number.FirstMonths;
import io.github.zhibiao.number.ShortYears;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds period expressions in normalized text in one pass: {@code 2017年}, {@code 今年上半年},
 * {@code 前三季度}, {@code 1~5月}, {@code 1至10月}, {@code 截至6月底}, {@code 2018年四季度},
 * {@code 2021年以来}, {@code 到2025年}. Each attempt reads at most a few characters, so the scan is
 * linear on any input.
 */
final class Periods {
  private Periods() {}

  /**
   * A period as written, in normalized offsets. {@code year} is absolute or null; {@code
   * relativeYear} is the offset from the document's year (今年 0, 去年 -1) or null; months are
   * 1-based, 0 when not given. {@code pairWidth} is 1 for two months written as a list ({@code
   * 7、8月}, {@code 1、3月}: {@code fromMonth} and {@code toMonth} are the two), 3 for two quarters
   * ({@code 一、二季度}: the first month of the one and the last of the other), else 0; when the two
   * are not next to each other no span of dates states them. {@code endYear} is the absolute year a range of
   * years ends in ({@code 2021年至2023年}, {@code 2023年1月至2024年6月}: {@code toMonth} is in it),
   * or null when the period ends in its own year; {@code endRelativeYear} the offset from the
   * document's year of the year it ends in when that is written relative ({@code 2021年至今年6月}).
   * {@code endDay} is the day of {@code toMonth} an open period ends on ({@code 截至6月18日}: 18),
   * or 0 for the month's last; of a span of days ({@code 3月15日至4月30日}) it is the last day, and
   * {@code startDay} the first day of {@code fromMonth} (else 0, the month's first). {@code
   * holiday} marks a holiday of the year ({@code 2024年春节假期}, {@code 今年“五一”}): its days move from
   * year to year, so it resolves to no dates (review 19: the whole year).
   */
  record Found(int start, int end, Integer year, Integer relativeYear, int fromMonth,
      int toMonth, boolean open, boolean since, boolean target, int pairWidth, Integer endYear,
      Integer endRelativeYear, int endDay, int startDay, boolean holiday) {

    Found(int start, int end, Integer year, Integer relativeYear, int fromMonth, int toMonth,
        boolean open, boolean since, boolean target, int pairWidth, Integer endYear,
        Integer endRelativeYear, int endDay, int startDay) {
      this(start, end, year, relativeYear, fromMonth, toMonth, open, since, target, pairWidth,
          endYear, endRelativeYear, endDay, startDay, false);
    }

    Found(int start, int end, Integer year, Integer relativeYear, int fromMonth, int toMonth,
        boolean open, boolean since, boolean target, int pairWidth, Integer endYear,
        Integer endRelativeYear, int endDay) {
      this(start, end, year, relativeYear, fromMonth, toMonth, open, since, target, pairWidth,
          endYear, endRelativeYear, endDay, 0);
    }

    Found(int start, int end, Integer year, Integer relativeYear, int fromMonth, int toMonth,
        boolean open, boolean since, boolean target, int pairWidth, Integer endYear,
        Integer endRelativeYear) {
      this(start, end, year, relativeYear, fromMonth, toMonth, open, since, target, pairWidth,
          endYear, endRelativeYear, 0);
    }

    Found(int start, int end, Integer year, Integer relativeYear, int fromMonth, int toMonth,
        boolean open, boolean since, boolean target, int pairWidth) {
      this(start, end, year, relativeYear, fromMonth, toMonth, open, since, target, pairWidth,
          null);
    }

    Found(int start, int end, Integer year, Integer relativeYear, int fromMonth, int toMonth,
        boolean open, boolean since, boolean target, int pairWidth, Integer endYear) {
      this(start, end, year, relativeYear, fromMonth, toMonth, open, since, target, pairWidth,
          endYear, null);
    }

    /** One year {@code y} of a span of years, with the span's text. */
    Found oneYear(int y) {
      return new Found(start, end, y, null, 0, 0, false, false, target, 0);
    }

    /** Whether this is two months or two quarters written as a list. */
    boolean pair() {
      return pairWidth > 0;
    }

    /** One month or quarter of a {@link #pair}, 0 or 1, with the pair's text. */
    Found member(int m) {
      int from = m == 0 ? fromMonth : toMonth - pairWidth + 1;
      return new Found(start, end, year, relativeYear, from, from + pairWidth - 1, open, since,
          target, 0);
    }

    /** Resolves to calendar dates given the document date (may be null): {start, end}. */
    LocalDate[] resolve(LocalDate documentDate) {
      if (holiday) return new LocalDate[] {null, null};
      if (pair() && toMonth != fromMonth + 2 * pairWidth - 1) return new LocalDate[] {null, null};
      Integer y = year;
      if (y == null && documentDate != null) {
        y = documentDate.getYear() + (relativeYear == null ? 0 : relativeYear);
      }
      if (y == null || y < 1 || y > 9999) return new LocalDate[] {null, null};
      int from = fromMonth == 0 ? 1 : fromMonth;
      int to = toMonth == 0 ? 12 : toMonth;
      if (startDay > YearMonth.of(y, from).lengthOfMonth()) return new LocalDate[] {null, null};
      LocalDate s = LocalDate.of(y, from, startDay > 0 ? startDay : 1);
      Integer ey = endYear;
      if (endRelativeYear != null) {
        if (documentDate == null) return new LocalDate[] {s, null}; // 2021年至今年6月, undated
        ey = documentDate.getYear() + endRelativeYear;
      }
      if (ey != null && ey < y) return new LocalDate[] {null, null};
      YearMonth last = YearMonth.of(ey == null ? y : ey, to);
      if (endDay > last.lengthOfMonth()) return new LocalDate[] {null, null}; // 截至6月31日
      LocalDate e = endDay > 0 ? last.atDay(endDay) : last.atEndOfMonth();
      if (since) {
        return new LocalDate[] {s, documentDate == null || documentDate.isBefore(s) ? null : documentDate};
      }
      if (open) return new LocalDate[] {null, e};
      return new LocalDate[] {s, e};
    }
  }

  /**
   * The last characters of the verbs of change that 到 or 至 can follow (增长到, 增加到, 提高到, 上升到,
   * 增至, 回落至, 缩减至, 收窄至, 跌至, 涨至 …), and 恢复到 (恢复到2019年的102%: a ratio to 2019, no goal year:
   * review 15).
   */
  static final String CHANGED_TO = "长加高升大降少低展增落减缩窄跌涨复";

  /** Relative years and their offset from the document's year, in the order they are tried. */
  private static final List<String> RELATIVE = List.of("今年", "去年", "上年", "明年", "本年", "当年", "前年");

  private static final List<Integer> RELATIVE_OFFSET = List.of(0, -1, -1, 1, 0, 0, -2);

  static List<Found> find(String s) {
    List<Found> out = new ArrayList<>();
    int[] scratch = new int[SCRATCH]; // one for the whole scan, not one per attempt
    int n = s.length();
    int i = 0;
    int marker = nextMarker(s, 0);
    while (i < n) {
      if (marker < i) marker = nextMarker(s, i);
      if (marker - i >= REACH) {
        // No marker close enough: no period can start anywhere before marker - REACH.
        i = Math.max(i + 1, marker - REACH + 1);
        continue;
      }
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      // 25月 is not month 5: a period never starts inside a digit run
      char c = s.charAt(i);
      Found f =
          (prev >= '0' && prev <= '9') || prev == '.' || !canStart(c) ? null : at(s, i, scratch);
      if (f != null) {
        f = extended(s, f, out.isEmpty() ? 0 : out.get(out.size() - 1).end(), scratch);
        if (!out.isEmpty()) f = wholeYearOf(s, out.get(out.size() - 1), f);
        f = holidayOf(s, f);
        f = upToNow(s, f);
        out.add(f);
        i = f.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * A year with a holiday after it, as one period over both ({@code 2024年春节假期}, {@code
   * 今年“五一”假期}, {@code 今年暑期}, {@code 2024年春节前}), resolving to no dates; else f.
   * Counter-example: {@code 2024年1月春节} (a month, its own dates).
   */
  private static Found holidayOf(String s, Found f) {
    if (!wholeYear(f) || (f.year() == null && f.relativeYear() == null)) return f;
    int p = f.end();
    if (p < s.length() && (s.charAt(p) == '“' || s.charAt(p) == '"')) p++;
    int e = -1;
    for (String h : HOLIDAYS) {
      if (s.startsWith(h, p)) {
        e = p + h.length();
        break;
      }
    }
    if (e < 0) return f;
    if (e < s.length() && (s.charAt(e) == '”' || s.charAt(e) == '"')) e++;
    for (String w : HOLIDAY_WORDS) {
      if (s.startsWith(w, e)) {
        e += w.length();
        break;
      }
    }
    if (e < s.length() && (s.charAt(e) == '前' || s.charAt(e) == '后')) e++; // 春节前: undated too
    return new Found(f.start(), e, f.year(), f.relativeYear(), 0, 0, false, false, false, 0, null,
        null, 0, 0, true);
  }

  /**
   * This year after 截至目前 (截止目前, 到目前为止), as 今年以来: {@code 截至目前，今年全市重大项目累计完成投资1023亿元}
   * runs to the document's date (review 19: the whole year); else f. Counter-example: {@code 截至目前，
   * 2023年…} (a past year, whole).
   */
  private static Found upToNow(String s, Found f) {
    if (!wholeYear(f) || f.holiday() || f.year() != null || f.relativeYear() == null
        || f.relativeYear() != 0) {
      return f;
    }
    int p = f.start();
    if (p > 0 && (s.charAt(p - 1) == '，' || s.charAt(p - 1) == ',')) p--;
    for (String w : UP_TO_NOW) {
      if (p >= w.length() && s.startsWith(w, p - w.length())) {
        return new Found(f.start(), f.end(), null, 0, 0, 0, false, true, false, 0);
      }
    }
    return f;
  }

  /** Whether f is one whole year as written (2024年, 今年): no months, bounds, goal, pair or range. */
  private static boolean wholeYear(Found f) {
    return f.fromMonth() == 0 && f.toMonth() == 0 && !f.open() && !f.since() && !f.target()
        && !f.pair() && f.endYear() == null && f.endRelativeYear() == null;
  }

  private static final List<String> UP_TO_NOW = List.of("截至目前", "截止目前", "到目前为止", "截至当前");

  /** Holidays whose days change from year to year, longest first where one begins another. */
  private static final List<String> HOLIDAYS = List.of("中秋国庆", "春节", "五一", "劳动节", "国庆节",
      "国庆", "端午节", "端午", "中秋节", "中秋", "清明节", "清明", "元旦", "暑期", "暑假", "寒假", "春运");

  /** What follows a holiday's name as part of it: 假期, 期间, 黄金周, 小长假, 档 …, longest first. */
  private static final List<String> HOLIDAY_WORDS = List.of("节日期间", "黄金周", "小长假", "长假", "假期",
      "期间", "档期", "档", "节");

  /**
   * Every period holds 年, 月 or 季 (2017年, 今年, 上半年, 全年, 6月, 1~5月, 前三季度), or 期, 以 or 末
   * (“十四五”期间, 十三五以来, 到“十四五”末: 3 to 6 characters to it), at most this far from
   * where it starts: 截至到 (3), four year digits and 年 (5) are the longest way to a 年; 截至到 (3), 第 or 前
   * (1), two digits, a range mark and two digits before 月 (5) the longest way to a 月. The scan
   * skips every position whose next such character is further away: in running text most are.
   */
  private static final int REACH = 12;

  /**
   * The first index at or after {@code from} holding 年, 月 or 季, or 期, 以 or 末 (of a plan's years:
   * 十四五期间, 十三五以来, 十四五末), or the length of {@code s}.
   */
  private static int nextMarker(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '年' || c == '月' || c == '季' || c == '期' || c == '以' || c == '末') return k;
    }
    return s.length();
  }

  /**
   * The characters a period can start with; every other position is skipped at once. (Not 〇 or
   * ○: a year written in numerals starts with 一 or 二, and 〇 only follows.)
   */
  private static final CharSet STARTING =
      CharSet.of("0123456789零一二三四五六七八九十截到至今去上明本当前下全第过年");

  private static boolean canStart(char c) {
    return STARTING.contains(c);
  }

  /**
   * The scratch of one attempt: the months from and to ({@link #readMonths}), then the numbers
   * {@link #readSmall} reads.
   */
  private static final int FROM = 0;
  private static final int TO = 1;
  private static final int NUM = 2;
  private static final int NUM2 = 3;
  /** The width of a pair in months: 1 for {@code 7、8月}, 3 for {@code 一、二季度}, else 0. */
  private static final int PAIR = 4;
  private static final int SCRATCH = 5;

  /** Tries to read a period starting exactly at {@code i}. */
  private static Found at(String s, int i, int[] scratch) {
    if (s.charAt(i) == '年') return yearEnd(s, i);
    Found plan = planPeriod(s, i);
    if (plan != null) return plan;
    if (s.startsWith("过去", i)) return pastYears(s, i, scratch);
    if ((s.startsWith("到", i) || s.startsWith("至", i)) && i + 2 < s.length()
        && !(i > 0 && CHANGED_TO.indexOf(s.charAt(i - 1)) >= 0)
        && (plan = planPeriod(s, isQuote(s.charAt(i + 1)) ? i + 2 : i + 1)) != null) {
      // 到十四五末, 到“十四五”末: a goal, as 到2025年 (增长至“十三五”末的2.6万亿元 is no goal)
      return new Found(i, plan.end(), plan.year(), null, plan.fromMonth(), plan.toMonth(),
          plan.open(), plan.since(), true, 0, plan.endYear());
    }
    int p = i;
    boolean open = false;
    boolean target = false;
    if (s.startsWith("截至", p) || s.startsWith("截止", p)) {
      open = true;
      p += 2;
      if (s.startsWith("到", p)) p++;
    } else if ((s.startsWith("到", p) || s.startsWith("至", p)) && p + 1 < s.length()
        && isYearStart(s, p + 1)) {
      // 到2025年: a goal year; but after a verb of change, 到 is the verb's: 从2012年的1200亿元
      // 增长到2023年的3000亿元 is 2023's level, no goal (the scan reads 2023年 next)
      if (p > 0 && CHANGED_TO.indexOf(s.charAt(p - 1)) >= 0) return null;
      target = true;
      p += 1;
    }
    Integer year = null;
    Integer rel = null;
    int q = readYear(s, p);
    if (q > p) {
      year = yearValue(s, p, q - 1);
      p = q;
    } else {
      // 比上年, 较去年同期: a base of comparison, not the period of the figure; 上年结转收入23.5亿元 is
      // this year's receipt carried over from the last (review 15: its period was 上年)
      char before = p > 0 ? s.charAt(p - 1) : ' ';
      boolean carried = s.startsWith("结转", p + 2);
      for (int k = 0; k < RELATIVE.size() && before != '比' && before != '较' && !carried; k++) {
        if (s.startsWith(RELATIVE.get(k), p)) {
          rel = RELATIVE_OFFSET.get(k);
          p += 2;
          break;
        }
      }
    }
    if (target && year == null) return null;
    int[] months = scratch;
    Arrays.fill(months, 0);
    int m = readMonths(s, p, months);
    boolean anyMonths = m > p;
    if (anyMonths) p = m;
    if (year == null && rel == null && !anyMonths) return null;
    // 底/末/份 after a month; 以来 after anything
    if (anyMonths) {
      if (s.startsWith("份", p)) p++;
      if (s.startsWith("底", p) || s.startsWith("末", p)) {
        // 5月末，全市贷款余额2.3万亿元, 一季度末: a point in time, as 年末 and 截至5月底 are (the
        // stock at the month's end), not the whole month. Counter-example: 1至5月底 is the months.
        if (months[FROM] == months[TO] || s.charAt(p - 1) == '度' || s.charAt(p - 1) == '季') {
          open = true;
        }
        p++;
      }
    } else if (year != null || rel != null) {
      // 2023年度, 本年度: the year (its metric was 度全市…)
      // 今年年底, 去年年末, 2023年年底: the year's end, its 年 written twice (it was the whole year)
      if (s.startsWith("度", p) || s.startsWith("年底", p) || s.startsWith("年末", p)) p++;
      if (s.startsWith("底", p) || s.startsWith("末", p)) {
        open = true;
        months[FROM] = 12;
        months[TO] = 12;
        p++;
        if (s.startsWith("前", p)) p++; // 2025年底前: a deadline (its metric was 前…)
      }
    }
    boolean since = false;
    if (s.startsWith("以来", p)) {
      since = true;
      p += 2;
    }
    if (open && !anyMonths && months[TO] == 0) return null; // 截至目前: no date to anchor
    int day = 0;
    if (open && !since && anyMonths && months[FROM] == months[TO] && s.charAt(p - 1) == '月') {
      // 截至6月18日: the stock on that day (it ended on 30 June). Not 6月18日 without 截至, a day's
      // event whose period stays the month, nor 截至6月底 (read above).
      int d = readDay(s, p, scratch);
      if (d > p) {
        day = scratch[NUM];
        p = d;
      }
    }
    int startDay = 0;
    if (!open && !since && anyMonths && months[FROM] == months[TO] && months[PAIR] == 0
        && s.charAt(p - 1) == '月') {
      // 2024年1月1日至5月31日, 3月15日至4月30日, 5月1日至5日: a span of days (review 13: it was the
      // last month alone, 5月). Counter-example: 6月18日 alone, a day's event, stays the month.
      int d1 = readDay(s, p, scratch);
      if (d1 > p && d1 < s.length() && isRangeMark(s.charAt(d1))) {
        int first = scratch[NUM];
        int r = d1 + 1;
        // 2024年5月1日至2024年5月5日: the year written again (its second half was read as a goal,
        // 至2024年5月, TARGET); 2023年12月25日至2024年1月5日: the next year, a span across New Year.
        // Counter-example: 2023年5月1日至2025年…, a longer span than days, is left to the range rule.
        Integer nextYear = null;
        int y2 = year == null ? r : readYear(s, r);
        if (y2 > r) {
          int v = yearValue(s, r, y2 - 1);
          if (v == year || v == year + 1) {
            nextYear = v == year ? null : v;
            r = y2;
          } else {
            y2 = -1;
          }
        }
        int toMonth = months[TO];
        int m2 = readSmall(s, r, scratch, NUM2);
        // 5月1日至5月5日 and 2024年5月1日至2024年5月5日 write the month again; the day then decides
        // (into the next year, less than a year: 12月25日至2024年1月5日, not 2024年12月25日至2025年12月5日,
        // eleven months, which is no span of days: second read)
        boolean later = nextYear != null ? scratch[NUM2] < months[FROM]
            : scratch[NUM2] >= months[FROM];
        if (y2 >= 0 && m2 > r && m2 < s.length() && s.charAt(m2) == '月' && later
            && scratch[NUM2] >= 1 && scratch[NUM2] <= 12) {
          toMonth = scratch[NUM2];
          r = m2 + 1;
        } else if (y2 < 0 || y2 > d1 + 1) {
          r = -1; // another year, or a year then no month (2024年5月1日至2024年底): no span of days
        }
        int d2 = r < 0 ? r : readDay(s, r, scratch);
        if (d2 > r && r >= 0
            && (nextYear != null || toMonth > months[FROM] || scratch[NUM] > first)) {
          startDay = first;
          day = scratch[NUM];
          months[TO] = toMonth;
          p = d2;
          return new Found(i, p, year, rel, months[FROM], months[TO], open, since, target,
              months[PAIR], nextYear, null, day, startDay);
        }
      }
    }
    return new Found(i, p, year, rel, months[FROM], months[TO], open, since, target, months[PAIR],
        null, null, day, startDay);
  }

  /**
   * A bare 年末 or 年底 at {@code i} that starts a sentence or clause ({@code 年末全市户籍人口986.5万人}
   * in a bulletin: the stock at the end of the report's year, which had no period), after 截至 the
   * same, and after 到 or 至 a goal ({@code 力争到年底，全市建成5G基站1万个}); else null.
   * Counter-examples: {@code 2023年末} (read with its year), {@code 每年年底}, {@code 近三年末} (a
   * word before it that is no 到, 至 or 截至), {@code 增长到年底的…} (到 of a verb of change).
   */
  private static Found yearEnd(String s, int i) {
    if (!s.startsWith("年末", i) && !s.startsWith("年底", i)) return null;
    int e = s.startsWith("前", i + 2) ? i + 3 : i + 2; // 年底前: a deadline (its metric was 前…)
    if (i >= 2 && (s.startsWith("截至", i - 2) || s.startsWith("截止", i - 2))) {
      return new Found(i - 2, e, null, null, 12, 12, true, false, false, 0);
    }
    if (i >= 3 && (s.startsWith("截至到", i - 3) || s.startsWith("截止到", i - 3))) {
      return new Found(i - 3, e, null, null, 12, 12, true, false, false, 0);
    }
    if (i > 0 && (s.charAt(i - 1) == '到' || s.charAt(i - 1) == '至')) {
      // the end of a span, not a goal: 2023年6月至年底, 从年初到年底, 从6月到年底 (they would have been
      // goals and lost the span's start); left to the period before
      if (i > 1 && (CHANGED_TO.indexOf(s.charAt(i - 2)) >= 0 || "月初年底日".indexOf(s.charAt(i - 2)) >= 0
          || isDigit(s.charAt(i - 2)))) {
        return null;
      }
      for (int k = Math.max(0, i - SPAN_FROM_REACH); k < i - 1; k++) {
        if (s.charAt(k) == '从') return null;
      }
      return new Found(i - 1, e, null, null, 12, 12, true, false, true, 0);
    }
    if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) return null;
    return new Found(i, e, null, null, 12, 12, true, false, false, 0);
  }

  /** How far before 到年底 a 从 makes it the end of a span (从今年6月份到年底: 8). */
  private static final int SPAN_FROM_REACH = 8;

  /**
   * A bare 全年 that a year before it governs, with only a name between ({@code 2023年四川省全年地区
   * 生产总值60132.9亿元}: 2023, where it was the document's year), or {@code f} itself. Counter-example:
   * {@code 2023年，…。全年…} (punctuation between) keeps the document's year.
   */
  private static Found wholeYearOf(String s, Found prior, Found f) {
    if (f.year() != null || f.relativeYear() != null || f.fromMonth() != 1 || f.toMonth() != 12
        || !s.startsWith("全年", f.start()) || f.start() - prior.end() > NAME_BETWEEN
        || prior.end() > f.start() || prior.fromMonth() != 0 || prior.open() || prior.since()
        || prior.target() || prior.endYear() != null || prior.endRelativeYear() != null
        || (prior.year() == null && prior.relativeYear() == null)) {
      return f;
    }
    for (int k = prior.end(); k < f.start(); k++) {
      if (!Character.isIdeographic(s.charAt(k))) return f;
    }
    return new Found(f.start(), f.end(), prior.year(), prior.relativeYear(), 1, 12, false, false,
        false, 0);
  }

  /** The longest name {@link #wholeYearOf} reads between a year and 全年: 新疆维吾尔自治区. */
  private static final int NAME_BETWEEN = 8;

  /**
   * The last whole years before the document's, when {@code s} at {@code i} reads 过去N年 or
   * 过去的N年 ({@code 过去一年，全市地区生产总值达到3856.2亿元} in a work report of 2024: 2023; {@code
   * 过去五年}: 2019 to 2023), or null (过去的成绩, 过去10个月).
   */
  private static Found pastYears(String s, int i, int[] scratch) {
    int p = i + 2;
    if (s.startsWith("的", p)) p++;
    int q = readSmall(s, p, scratch, NUM);
    if (q == p || !s.startsWith("年", q) || s.startsWith("年代", q)) return null;
    int years = scratch[NUM];
    if (years < 1) return null;
    return new Found(i, q + 1, null, -years, 0, 0, false, false, false, 0, null, -1);
  }

  /**
   * A period with what the text writes around it to make it a span of years, or itself: {@code
   * 2021年至2023年} and {@code 2023年1月至2024年6月} (one span, not a goal year 至2023年);
   * {@code 2023年1月至6月} (June of 2023, not of the document's year); {@code 2021—2023年} (the
   * scan found 2023年); {@code 2021年至今} (since 2021, not the year 2021). Never reaches back before
   * {@code floor}, the end of the period found before.
   */
  private static Found extended(String s, Found f, int floor, int[] scratch) {
    if (f.open() || f.since() || f.target() || f.pair() || f.endYear() != null
        || f.endRelativeYear() != null) {
      return f;
    }
    int e = f.end();
    // 2021年至今: 以来; not 至今年 (this year) nor 至今后五年 (the years ahead)
    if (s.startsWith("至今", e) && !s.startsWith("至今年", e) && !s.startsWith("至今后", e)) {
      return new Found(f.start(), e + 2, f.year(), f.relativeYear(), f.fromMonth(), f.toMonth(),
          false, true, false, 0);
    }
    if (e + 1 < s.length() && isRangeMark(s.charAt(e))) {
      Found g = at(s, e + 1, scratch);
      if (g != null && !g.since() && !g.target() && !g.pair()) {
        int to = g.toMonth() == 0 ? 12 : g.toMonth();
        if (f.year() != null && g.year() != null && (g.year() > f.year()
            || g.year().equals(f.year()) && to >= Math.max(1, f.fromMonth()))) {
          // 2021年至2023年, 2023年1月至2024年6月, 2022年至2023年底
          return new Found(f.start(), g.end(), f.year(), null, f.fromMonth(), to, false, false,
              false, 0, g.year());
        }
        if (f.year() != null && g.year() == null && g.relativeYear() != null) {
          // 2021年至今年6月, 2023年12月至今年5月: the end year is the document's
          return new Found(f.start(), g.end(), f.year(), null, f.fromMonth(), to, false, false,
              false, 0, null, g.relativeYear());
        }
        if (g.year() == null && g.relativeYear() == null && f.fromMonth() != 0
            && g.fromMonth() >= f.fromMonth() && (f.year() != null || f.relativeYear() != null)) {
          // 2023年1月至6月, 今年1月至5月: the months of one year
          return new Found(f.start(), g.end(), f.year(), f.relativeYear(), f.fromMonth(), to,
              false, false, false, 0);
        }
      }
    }
    // 2021—2023年: four digits and a range mark right before a year
    int a = f.start();
    if (f.year() != null && a - 5 >= floor && isRangeMark(s.charAt(a - 1))
        && isDigit(s.charAt(a))) {
      int y = 0;
      for (int k = a - 5; k < a - 1; k++) {
        char c = s.charAt(k);
        if (!isDigit(c)) return f;
        y = 10 * y + (c - '0');
      }
      if (a - 5 > 0 && isDigit(s.charAt(a - 6))) return f; // 12021-2023年
      if (y >= 1900 && y < f.year()) {
        return new Found(a - 5, f.end(), y, null, 0, f.toMonth() == 0 ? 12 : f.toMonth(), false,
            false, false, 0, f.year());
      }
    }
    return f;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The years of a five-year plan, by its name at {@code i} and a word after it: {@code
   * “十四五”期间} and {@code 十四五时期} are 2021–2025, {@code 十三五以来} since 2016, {@code 十四五末} the end
   * of 2025 (十一五 is 2006–2010 … 十五五 2026–2030). Counter-example, the plan itself: {@code
   * 十四五规划} names a document, no period.
   */
  private static Found planPeriod(String s, int i) {
    if (s.startsWith("第十", i) && i + 8 < s.length() && s.startsWith("个五年", i + 3)
        && (s.startsWith("规划", i + 6) || s.startsWith("计划", i + 6))) {
      // 第十四个五年规划期间: the plan's name written out (it was no period)
      int k = "一二三四五".indexOf(s.charAt(i + 2));
      return k < 0 ? null : planYears(s, i, i + 8, 2006 + 5 * k);
    }
    if (i + 3 >= s.length() || s.charAt(i) != '十' || s.charAt(i + 2) != '五') return null;
    int k = "一二三四五".indexOf(s.charAt(i + 1));
    if (k < 0) return null;
    int first = 2006 + 5 * k;
    int start = i > 0 && isQuote(s.charAt(i - 1)) ? i - 1 : i;
    int p = i + 3;
    if (isQuote(s.charAt(p)) && p + 1 < s.length()) p++;
    // “十四五”规划期间: the plan's years, as “十四五”期间 (十四五规划 alone stays a document)
    if ((s.startsWith("规划", p) || s.startsWith("计划", p)) && p + 2 < s.length()
        && (s.startsWith("期间", p + 2) || s.startsWith("时期", p + 2)
            || s.startsWith("以来", p + 2))) {
      p += 2;
    }
    return planYears(s, start, p, first);
  }

  /**
   * The years of a five-year plan whose first year is {@code first}, written from {@code start}
   * with its name ending at {@code p}: then 期间 or 时期 (all five), 以来 (since the first) or 末 (the
   * end of the last); else null.
   */
  private static Found planYears(String s, int start, int p, int first) {
    if (s.startsWith("期间", p) || s.startsWith("时期", p)) {
      return new Found(start, p + 2, first, null, 0, 12, false, false, false, 0, first + 4);
    }
    if (s.startsWith("以来", p)) {
      return new Found(start, p + 2, first, null, 0, 0, false, true, false, 0);
    }
    if (s.startsWith("末", p)) {
      return new Found(start, p + 1, first + 4, null, 12, 12, true, false, false, 0);
    }
    return null;
  }

  private static boolean isQuote(char c) {
    return c == '“' || c == '”' || c == '"';
  }

  private static boolean isYearStart(String s, int p) {
    return readYear(s, p) > p;
  }

  /** Reads {@code 2017年} / {@code 二〇一八年} at p; returns the index after 年, or p. */
  private static int readYear(String s, int p) {
    // 23年上半年, 24年GDP, 18年7月: a year shortened to two digits (the finder rejects it as one)
    if (p + 2 < s.length() && ShortYears.at(s, p)) return p + 3;
    int k = p;
    while (k < s.length() && k - p < 4 && yearDigit(s.charAt(k)) >= 0) k++;
    if (k - p != 4 || k >= s.length() || s.charAt(k) != '年') return p;
    if (k + 1 < s.length() && s.charAt(k + 1) == '级') return p; // 2018年级 is a school cohort
    int y = yearValue(s, p, k);
    if (y < 1900 || y > 2100) return p;
    if (p > 0 && yearDigit(s.charAt(p - 1)) >= 0) return p;
    return k + 1;
  }

  private static int yearValue(String s, int from, int to) {
    if (to - from == 2) { // 23年: 2023, 98年: 1998
      int v = (s.charAt(from) - '0') * 10 + s.charAt(from + 1) - '0';
      return v < 50 ? 2000 + v : 1900 + v;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      int d = yearDigit(s.charAt(k));
      if (d < 0) break;
      v = v * 10 + d;
    }
    return v;
  }

  private static int yearDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    return switch (c) {
      case '〇', '零', '○', 'O', 'o' -> 0;
      case '一' -> 1;
      case '二' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /**
   * Reads the part after the year: 1~5月, 1至10月, 6月, 上半年, 下半年, 半年度, 前三季度, 前7个月, 四季度, 全年;
   * fills the {@link #FROM} and {@link #TO} months of {@code months} (the scratch of {@link #at},
   * whose numbers it also uses) and returns the index after it, or p.
   */
  private static int readMonths(String s, int p, int[] months) {
    if (s.startsWith("上半年", p)) return set(months, 1, 6, p + 3);
    if (s.startsWith("下半年", p)) return set(months, 7, 12, p + 3);
    // 2024年半年度营业收入, 2024年半年报: a company's first half (review 16: the whole year)
    if (s.startsWith("半年度", p)) return set(months, 1, 6, p + 3);
    if (s.startsWith("半年报", p)) return set(months, 1, 6, p + 3);
    if (s.startsWith("全年", p)) return set(months, 1, 12, p + 2);
    int k = p;
    boolean first = false;
    if (s.startsWith("前", k)) {
      first = true;
      k++;
    } else if (s.startsWith("第", k)) {
      k++;
    }
    int e = readSmall(s, k, months, NUM);
    if (e > k && s.startsWith("季度", e) && months[NUM] >= 1 && months[NUM] <= 4) {
      int qn = months[NUM];
      return set(months, first ? 1 : 3 * qn - 2, 3 * qn, e + 2);
    }
    // 一、二季度: the first half, or each quarter after 分别 (it was 二季度 alone)
    if (!first && e > k && e + 1 < s.length() && s.charAt(e) == '、' && months[NUM] >= 1
        && months[NUM] <= 4) {
      int e2 = readSmall(s, e + 1, months, NUM2);
      if (e2 > e + 1 && s.startsWith("季度", e2) && months[NUM2] > months[NUM]
          && months[NUM2] <= 4) {
        months[PAIR] = 3;
        return set(months, 3 * months[NUM] - 2, 3 * months[NUM2], e2 + 2);
      }
    }

    // 前7个月, 前两个月: the first months of the year, as Matcher.calendar rejects them.
    // Counter-examples: 提前3个月, 此前3个月, 入职前3个月 are lengths, and no period (FirstMonths).
    boolean ahead = !FirstMonths.opens(s, p);
    if (first && !ahead && s.startsWith("两个月", k)) return set(months, 1, 2, k + 3);
    // 前三个季度, 前两个季度: as 前三季度 (提前两个季度 is a length, as 提前3个月)
    if (first && !ahead && s.startsWith("两个季度", k)) return set(months, 1, 6, k + 4);
    if (first && !ahead && e > k && s.startsWith("个季度", e) && months[NUM] >= 1
        && months[NUM] <= 4) {
      return set(months, 1, 3 * months[NUM], e + 3);
    }
    if (first && !ahead && e > k && s.startsWith("个月", e) && months[NUM] >= 1
        && months[NUM] <= 12 && !s.startsWith("个月以", e)) {
      return set(months, 1, months[NUM], e + 2);
    }
    if (first) return p;
    if (e > k && months[NUM] >= 1 && months[NUM] <= 12) {
      int a = months[NUM];
      if (e < s.length() && s.charAt(e) == '月') {
        return set(months, a, a, e + 1);
      }
      // 1~5月, 1至10月; 7、8月 and 7/8月 (two months, next to each other)
      boolean pair = e < s.length() && (s.charAt(e) == '、' || s.charAt(e) == '/');
      if (e < s.length() && (isRangeMark(s.charAt(e)) || pair)) {
        int e2 = readSmall(s, e + 1, months, NUM2);
        if (e2 > e + 1 && e2 < s.length() && s.charAt(e2) == '月' && months[NUM2] >= a
            && months[NUM2] <= 12) {
          // 1、3月份 is January and March: no span of dates, but a period all the same, so that
          // the figure is not given March alone (the scan would start again at 3月) or the year;
          // 7、8月份 is July to August, and either of them after 分别 (Found.member)
          if (pair) months[PAIR] = 1; // (a width of one month)
          return set(months, a, months[NUM2], e2 + 1);
        }
      }
    }
    return p;
  }

  /**
   * Reads a day of the month, 1–31 in Arabic digits or Chinese numerals and 日 or 号 ({@code 18日},
   * {@code 十八日}, {@code 二十一日}), into {@code out[NUM]}; returns the index after it, or p.
   */
  private static int readDay(String s, int p, int[] out) {
    int k = p;
    int v = 0;
    while (k < s.length() && k - p < 3 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      v = v * 10 + (s.charAt(k) - '0');
      k++;
    }
    if (k == p) { // 十八, 二十, 二十一, 三十一, 八: tens before 十, then a unit
      int tens = 0;
      if (k + 1 < s.length() && s.charAt(k + 1) == '十' && unitDigit(s.charAt(k)) >= 2) {
        tens = unitDigit(s.charAt(k));
        k += 2;
      } else if (k < s.length() && s.charAt(k) == '十') {
        tens = 1;
        k++;
      }
      int unit = k < s.length() ? unitDigit(s.charAt(k)) : -1;
      if (unit >= 1) k++;
      v = 10 * tens + Math.max(unit, 0);
    } else if (k - p > 2) {
      return p;
    }
    if (k == p || k >= s.length() || (s.charAt(k) != '日' && s.charAt(k) != '号') || v < 1
        || v > 31) {
      return p;
    }
    out[NUM] = v;
    return k + 1;
  }

  /** The index after a day of the month at p ({@link #readDay}: 5日, 二十一号), or p. */
  static int dayEnd(String s, int p) {
    return readDay(s, p, new int[SCRATCH]);
  }

  /** 1 to 9 for 一 to 九, else -1 (not 〇 or 零: no day is written with them). */
  private static int unitDigit(char c) {
    int d = "一二三四五六七八九".indexOf(c);
    return d < 0 ? -1 : d + 1;
  }

  private static boolean isRangeMark(char c) {
    return c == '-' || c == '~' || c == '～' || c == '至' || c == '到' || c == '—' || c == '－'
        || c == '–';
  }

  private static int set(int[] months, int from, int to, int end) {
    months[FROM] = from;
    months[TO] = to;
    return end;
  }

  /**
   * Reads 1–2 Arabic digits or a Chinese numeral up to 十二 into {@code out[slot]}; returns the
   * index after it.
   */
  private static int readSmall(String s, int p, int[] out, int slot) {
    int k = p;
    int v = 0;
    while (k < s.length() && k - p < 2 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      v = v * 10 + (s.charAt(k) - '0');
      k++;
    }
    if (k > p) {
      if (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') return p; // 2018月?
      out[slot] = v;
      return k;
    }
    if (s.startsWith("十二", p)) {
      out[slot] = 12;
      return p + 2;
    }
    if (s.startsWith("十一", p)) {
      out[slot] = 11;
      return p + 2;
    }
    if (s.startsWith("十", p)) {
      out[slot] = 10;
      return p + 1;
    }
    if (p < s.length()) {
      int d = yearDigit(s.charAt(p));
      if (d >= 1 && s.charAt(p) != 'O' && s.charAt(p) != 'o') {
        out[slot] = d;
        return p + 1;
      }
    }
    return p;
  }
}
