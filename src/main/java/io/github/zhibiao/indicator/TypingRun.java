package io.github.zhibiao.indicator;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Period;
import io.github.zhibiao.Place;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Qualifier;
import io.github.zhibiao.Span;
import io.github.zhibiao.Status;
import io.github.zhibiao.indicator.Keywords.Keyword;
import io.github.zhibiao.indicator.Keywords.Role;
import io.github.zhibiao.number.Trie;
import io.github.zhibiao.place.Gazetteer;
import io.github.zhibiao.place.PlaceMention;
import io.github.zhibiao.text.NormalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Types the quantities of one text. Not thread-safe; one per call. */
final class TypingRun implements Trie.Sink<Keyword[]> {
  /** How far back from a figure its clause is read: bounded work per figure. */
  static final int WINDOW = 40;
  /** How far back in its sentence a figure looks for a status word. */
  static final int STATUS_WINDOW = 80;
  /** How far around a figure its sentence is read for places and periods. */
  static final int SENTENCE_REACH = 120;
  /** How far back a figure's paragraph is read for a place or a period. */
  static final int PARAGRAPH_REACH = 400;
  /** How far back 全省 looks for the province it refers to. */
  static final int ANAPHOR_REACH = 300;
  /** The longest metric phrase kept. */
  static final int METRIC_MAX = 24;
  /** How far into a metric cut at {@link #METRIC_MAX} a joiner ends the cut word. */
  private static final int CUT_SKIP = 10;
  /** The joiners that end a word cut by {@link #METRIC_MAX}: 、 《 》 — 的 …, and then 或 和 并 …. */
  private static final String CUT_AFTER = "、，》《“”（）—的";
  private static final String CUT_AFTER_WEAK = "或和及与并";
  /** How far before a status word {@link #insideNoun} looks for a noun that holds it. */
  static final int NOUN_REACH = 4;

  /**
   * How far from a figure its keyword lookups reach, before its start and after its end: its
   * sentence is read for a support word up to {@value #SENTENCE_REACH} characters either side
   * (more than the {@value #STATUS_WINDOW} of the status words plus the {@value #NOUN_REACH} that
   * {@link #insideNoun} looks back, the clause {@value #WINDOW} and the noun after a counted
   * figure).
   */
  static final int HIT_REACH = Math.max(SENTENCE_REACH,
      Math.max(STATUS_WINDOW + NOUN_REACH, Math.max(WINDOW, TypingRun.RIGHT_MAX)));

  private final Keywords keywords;
  private final Gazetteer gazetteer;
  private final NormalizedText normalized;
  private final String s;
  private final LocalDate date;
  private final Structure structure;
  // keyword hits, sorted by start (then end): parallel arrays. They hold every hit that starts in
  // [hitFrom, scanned), and perhaps older ones before hitFrom that no lookup reaches any more.
  private int[] hitStart;
  private int[] hitEnd;
  private Keyword[] hitKey;
  private int hits;
  private int hitFrom;
  private int scanned;
  private final List<Periods.Found> periods;
  private final int[] periodEnds;
  private final List<PlaceMention> places;
  private final int[] placeStarts;
  /** Sections opened by 省份：标题 headlines: start offsets and their places. */
  private final int[] sectionStarts;
  private final Place[] sectionPlaces;

  TypingRun(Keywords keywords, Gazetteer gazetteer, NormalizedText normalized, Structure structure,
      LocalDate date) {
    this.keywords = keywords;
    this.gazetteer = gazetteer;
    this.normalized = normalized;
    this.s = normalized.text();
    this.date = reportDate(s, date);
    this.structure = structure;
    // the hits near one figure: a few dozen; fewer in a short text
    int capacity = Math.min(64, 8 + s.length() / 4);
    this.hitStart = new int[capacity];
    this.hitEnd = new int[capacity];
    this.hitKey = new Keyword[capacity];
    this.periods = Periods.find(s);
    this.periodEnds = new int[periods.size()];
    for (int k = 0; k < periods.size(); k++) periodEnds[k] = periods.get(k).end();
    this.places = gazetteer.find(s);
    this.placeStarts = new int[places.size()];
    for (int k = 0; k < places.size(); k++) placeStarts[k] = places.get(k).start();
    int headlines = structure.headlineCount();
    Place[] prefix = new Place[headlines];
    int sections = 0;
    for (int k = 0; k < headlines; k++) {
      prefix[k] = sectionPlace(structure.headlineStart(k));
      if (prefix[k] != null) sections++;
    }
    this.sectionStarts = new int[sections];
    this.sectionPlaces = new Place[sections];
    findSections(prefix);
  }

  /**
   * The date a text's relative periods are read against: the document's date, or the last day of
   * the year a statistical bulletin reports on, from its title ({@code 2023年湖北省国民经济和社会发展
   * 统计公报}: its 全年 is 2023, published in 2024). Only the first line is read, so that one
   * bulletin's title speaks for no other text; a later title year than the date changes nothing.
   */
  static LocalDate reportDate(String s, LocalDate date) {
    int from = 0;
    while (from < s.length() && (s.charAt(from) == '\n' || Structure.isSpace(s.charAt(from)))) {
      from++;
    }
    int end = s.indexOf('\n', from);
    if (end < 0) end = s.length();
    if (end - from > BULLETIN_TITLE_MAX) return date;
    int bulletin = s.indexOf("统计公报", from);
    if (bulletin < 0 || bulletin >= end) return date;
    // the title is the whole line: 2023年统计公报显示，… is a sentence about one
    int tail = bulletin + 4;
    while (tail < end && (Structure.isSpace(s.charAt(tail)) || s.charAt(tail) == '》')) tail++;
    if (tail != end || end >= s.length()) return date;
    for (int i = from; i + 5 <= bulletin; i++) {
      if (s.charAt(i + 4) == '年' && isYearDigits(s, i) && (i == from || !isDigit(s.charAt(i - 1)))) {
        int y = Integer.parseInt(s, i, i + 4, 10);
        if (y < 1949 || (date != null && y >= date.getYear())) return date;
        return LocalDate.of(y, 12, 31);
      }
    }
    return date;
  }

  /** The longest first line read as a bulletin's title. */
  private static final int BULLETIN_TITLE_MAX = 60;

  private static boolean isYearDigits(String s, int i) {
    for (int k = i; k < i + 4; k++) if (!isDigit(s.charAt(k))) return false;
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Makes the hit arrays hold every keyword that starts in [from, to). The figures come in text
   * order, so each call scans only the text the last one did not reach, skips the text between two
   * figures far apart (no lookup reads it), and lets go of the hits before {@code from}: the arrays
   * hold the hits near one figure, not those of the whole text.
   */
  private void scanHits(int from, int to) {
    if (from < hitFrom) {
      // a figure before the last one (never, for quantities in text order): scan afresh
      hits = 0;
      hitHint = 0;
      scanned = from;
    }
    hitFrom = from;
    if (scanned < from) scanned = from;
    for (; scanned < to; scanned++) {
      scanFrom = scanned;
      keywords.trie.forEachMatch(s, scanned, this);
    }
  }

  /** Where the keyword scan is: the start of the matches {@link #match} receives. */
  private int scanFrom;

  @Override
  public void match(int end, Keyword[] list) {
    for (Keyword k : list) addHit(scanFrom, end, k);
  }

  private void addHit(int start, int end, Keyword k) {
    if (hits == hitStart.length) {
      // drop the hits no lookup reaches any more; grow only if that frees less than half
      int drop = lowerBound(hitStart, hits, hitFrom, hits);
      if (drop > 0) {
        hits -= drop;
        System.arraycopy(hitStart, drop, hitStart, 0, hits);
        System.arraycopy(hitEnd, drop, hitEnd, 0, hits);
        System.arraycopy(hitKey, drop, hitKey, 0, hits);
        hitHint = Math.max(0, hitHint - drop);
      }
      if (2 * hits >= hitStart.length) {
        hitStart = Arrays.copyOf(hitStart, hitStart.length * 2);
        hitEnd = Arrays.copyOf(hitEnd, hitStart.length);
        hitKey = Arrays.copyOf(hitKey, hitStart.length);
      }
    }
    hitStart[hits] = start;
    hitEnd[hits] = end;
    hitKey[hits] = k;
    hits++;
  }

  // ---------------------------------------------------------------- sections

  /**
   * A headline {@code 省份：标题} opens a section for the body that follows it, until the next such
   * headline. Two exceptions, both from seed 000: a headline followed directly by another headline
   * opens nothing (its own figures are in the headline), and a run of headlines with three or more
   * {@code 省份：} entries is a table of contents, whose entries open nothing either (otherwise
   * every bullet after it would belong to its last entry, 安徽).
   *
   * @param prefix the place of each headline written {@code 省份：…}, else null
   */
  private void findSections(Place[] prefix) {
    int n = prefix.length;
    int out = 0;
    int k = 0;
    while (k < n) {
      int runEnd = k; // headlines k..runEnd are consecutive (only blank lines between)
      while (runEnd + 1 < n && onlySpace(structure.headlineEnd(runEnd),
          structure.headlineStart(runEnd + 1))) {
        runEnd++;
      }
      int sections = 0;
      for (int j = k; j <= runEnd; j++) if (prefix[j] != null) sections++;
      for (int j = k; j <= runEnd; j++) {
        if (prefix[j] == null) continue;
        boolean opens = sections < 3 && j == runEnd
            && structure.nextLineIsBody(structure.headlineEnd(j));
        sectionStarts[out] = structure.headlineStart(j);
        sectionPlaces[out++] = opens ? prefix[j] : null;
      }
      k = runEnd + 1;
    }
  }

  private boolean onlySpace(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '\n' && !Structure.isSpace(c)) return false;
    }
    return true;
  }

  /** The place of a headline written {@code 广西：…}, or null. */
  private Place sectionPlace(int start) {
    int k = firstPlaceAtOrAfter(start);
    if (k >= places.size()) return null;
    PlaceMention m = places.get(k);
    if (m.start() != start || m.end() >= s.length()) return null;
    char c = s.charAt(m.end());
    return c == '：' || c == ':' ? m.place() : null;
  }

  private Place sectionAt(int p) {
    int k = Arrays.binarySearch(sectionStarts, p);
    if (k < 0) k = -k - 2;
    return k >= 0 ? sectionPlaces[k] : null;
  }

  // ---------------------------------------------------------------- typing

  List<Indicator> type(List<Quantity> quantities) {
    List<Draft> drafts = new ArrayList<>(quantities.size());
    done = drafts;
    Draft previous = null;
    for (Quantity q : quantities) {
      Draft d = draft(q, previous);
      drafts.add(d);
      if (d.classAfter) boundList(drafts);
      previous = d;
    }
    respectively(drafts);
    return merge(drafts);
  }

  /**
   * Whether money figure d gives the one right before it in another currency: in brackets after it
   * ({@code 12.5亿美元（约合人民币90亿元）}, {@code 90亿元人民币（约12.5亿美元）}) or after a comma and a word
   * of conversion ({@code 30亿美元，折合人民币约210亿元}). Counter-examples: {@code 出口120亿美元，进口800亿元}
   * (no word of conversion), {@code 12.5亿美元（其中外资8亿美元）} (a part, in the same currency).
   */
  private boolean convertedFrom(Draft previous, Draft d) {
    if (d.q.unit().dimension() != Dimension.MONEY || previous.q.unit().dimension() != Dimension.MONEY
        || previous.q.unit().equals(d.q.unit()) || previous.end > d.start
        || d.start - previous.end > CONVERSION_GAP) {
      return false;
    }
    char open = s.charAt(previous.end);
    boolean bracket = open == '（' || open == '(';
    if (!bracket && open != '，' && open != ',') return false;
    int a = previous.end + 1;
    if (a == d.start) return bracket;
    for (String w : CONVERSIONS) {
      if (s.startsWith(w, a)) {
        int k = a + w.length();
        if (k < d.start && s.startsWith("人民币", k)) k += 3;
        return k == d.start;
      }
    }
    return false;
  }

  /** Words of a conversion to another currency, longest first: 约合, 折合, 相当于, 合. */
  private static final List<String> CONVERSIONS = List.of("约合", "折合", "相当于", "合");
  private static final int CONVERSION_GAP = 8;

  /** An indicator under construction, with its normalized offsets. */
  static final class Draft {
    Quantity q;
    int start;
    int end;
    IndicatorType type;
    boolean negative;
    String metric = "";
    String base;
    Period period;
    Status status = Status.ACTUAL;
    Place place;
    boolean headline;
    /** Where the figure's sentence starts. */
    int sentenceStart;
    /** Where the figure's clause starts (not bounded by {@link #WINDOW}). */
    int clauseStart;
    /** Whether the figure follows the one before it in a list and was read as it (800亿元、600亿元). */
    boolean listed;
    /**
     * Whether the figure is the length of a streak ({@code 连续9年稳定在1.3万亿斤以上}, {@code 连续5年
     * 入选}): background to the figures around it, no indicator of its own. It stays a draft, the
     * figure before the next one.
     */
    boolean streak;
    /**
     * Whether the figure is the unit amount of an exchange rate ({@code 1美元兑7.1088元人民币}): the
     * rate is the figure after 兑, and this one no indicator of its own (review 13: AMOUNT 1美元).
     */
    boolean rateUnit;
    /** Whether a listed figure is followed by a class it bounds (5亿元、10亿元的企业). */
    boolean classAfter;
    /** Whether its status came from a header of goals above its paragraph ({@link #headerAbove}). */
    boolean underHeader;
    /** The headline mentions merged into this one, or null if none is. */
    List<Span> mentions;
    Draft mergedInto;

    /** Takes the base, metric, status, period and place of {@code other}, a figure read as it. */
    void readAs(Draft other) {
      base = other.base;
      metric = other.metric;
      status = other.status;
      period = other.period;
      place = other.place;
    }

    Indicator build() {
      // 净利润同比下降-12.3%, 同比减少-2.3亿元: a fall marked twice is still a fall (review 16: the
      // signs cancelled, +12.3); a figure written with its minus keeps it
      BigDecimal written = q.value() != null ? q.value() : q.low() != null ? q.low() : q.high();
      boolean flip = negative && !(written != null && written.signum() < 0);
      BigDecimal v = signed(q.value(), flip);
      BigDecimal lo = signed(flip ? q.high() : q.low(), flip);
      BigDecimal hi = signed(flip ? q.low() : q.high(), flip);
      // immutable already, so the indicator keeps the list rather than copying it
      ImmutableList<Span> all = mentions == null ? ImmutableList.of(q.span())
          : ImmutableList.<Span>builderWithExpectedSize(1 + mentions.size()).add(q.span())
              .addAll(mentions).build();
      return new Indicator(type, q, v, lo, hi, metric, base, period, status, place, all);
    }

    private static BigDecimal signed(BigDecimal x, boolean flip) {
      return x == null || !flip ? x : x.negate();
    }
  }

  private Draft draft(Quantity q, Draft previous) {
    Draft d = new Draft();
    d.q = q;
    d.start = normalized.toNormalized(q.span().start());
    d.end = Math.max(d.start, normalized.toNormalized(Math.max(q.span().start(),
        q.span().end() - 1)) + 1);
    // the figure's layout, looked up once: the lookups below read these
    d.headline = structure.inHeadline(d.start);
    int sentence = structure.sentenceStart(d.start);
    d.sentenceStart = sentence;
    d.clauseStart = structure.clauseStart(d.start);
    int clause = Math.max(d.clauseStart, d.start - WINDOW);
    boolean sameSentence = previous != null && previous.start >= sentence
        && previous.sentenceStart == sentence;

    Dimension dim = q.unit().dimension();
    // 连续9年, 已连续三个季度: a streak's length (review 12: five such DURATION indicators with the
    // metric 连续). Counter-example, a length that is a figure: 建设工期36个月, 用3年时间.
    d.streak = dim == Dimension.DURATION && d.start >= 2 && s.startsWith("连续", d.start - 2);
    if (previous != null && convertedFrom(previous, d)) {
      // 投资总额为12.5亿美元（约合人民币90亿元）: the same figure in another currency, of the same
      // measure (review 19: an AMOUNT with no metric)
      d.type = previous.type;
      d.negative = previous.negative;
      d.readAs(previous);
      return d;
    }
    if (previous != null && listed(previous, d) && previous.q.unit().equals(q.unit())) {
      // 分别增长23.4%、15.4%: the second figure is read as the first
      d.type = previous.type;
      int direction = directionBetween(previous, d);
      d.negative = direction == 0 ? previous.negative : direction < 0;
      d.readAs(previous);
      d.listed = true;
      // 突破1亿元、5亿元、10亿元的企业: the class a list of bounds bounds follows its last figure
      scanHits(Math.max(0, Math.max(d.start - HIT_REACH, sentence - NOUN_REACH)),
          Math.min(s.length(), d.end + RIGHT_MAX));
      d.classAfter = thresholdAt(d.end);
      return d;
    }
    // Every lookup below reads hits that start in the sentence holding d.start and within
    // HIT_REACH of the figure, except that insideNoun looks back NOUN_REACH characters from a
    // status word in it, and rightNoun and the threshold test in status read up to RIGHT_MAX
    // characters after the figure's end (past its sentence when the figure ends a headline): the
    // keywords are found in that stretch only. Half the benchmarks' synthetic corpus lies within
    // HIT_REACH of a figure, but only a fifth of it in a figure's sentence.
    int sentenceEnd = structure.sentenceEnd(d.start);
    scanHits(Math.max(0, Math.max(d.start - HIT_REACH, sentence - NOUN_REACH)),
        Math.min(s.length(),
            Math.max(d.end + RIGHT_MAX, Math.min(d.end + HIT_REACH, sentenceEnd))));
    int change = changeVerb(clause, d.start, dim == Dimension.PERCENT); // index of the hit, or -1
    int typeHit = nearest(clause, d.start, Role.TYPE);
    int compare = nearestOf(clause, d.start, Role.ABOVE, Role.BELOW);
    int share = shareHit(clause, d.start);
    int base = nearest(clause, d.start, Role.BASE);
    // 比一季度加快0.3个百分点, 比上年同期低1.5个百分点, 较上年末增加200亿元: the verb or adjective
    // of the comparison, and its 比 or 较
    int verb = change >= 0 ? hitStart[change] : comparative(d.start);
    int by = verb >= 0 ? comparison(clause, verb) : -1;
    int fundEnd = -1; // the end of the fund named after a money figure (设立100亿元的产业基金)
    int multipleBy = -1; // the 是 of 是2018年的1.5倍
    boolean reached = false; // the exact value after a bound: 突破两万亿元，达到20217亿元
    int levelAfterRate = -1; // the type keyword of a rate's metric that a level after it takes
    Draft level; // the money figure whose level a bare 力争达到… clause gives again
    switch (dim) {
      case PERCENTAGE_POINT -> {
        d.type = IndicatorType.PERCENTAGE_POINT_CHANGE;
        if (compare >= 0 && (change < 0 || hitEnd[compare] > hitEnd[change])) {
          d.negative = hitKey[compare].role() == Role.BELOW;
          d.base = target(hitEnd[compare], d.start);
          by = -1;
        } else if (change >= 0) {
          d.negative = hitKey[change].role() == Role.DOWN;
        } else if (by >= 0) {
          // 比上年同期低1.5个百分点, 较全国平均水平高0.5个百分点
          d.negative = "低少慢".indexOf(s.charAt(verb)) >= 0;
        } else {
          d.negative = anyDown(clause, d.start);
        }
      }
      case PERCENT -> {
        if (change >= 0) {
          d.type = IndicatorType.GROWTH_RATE;
          d.negative = hitKey[change].role() == Role.DOWN;
        } else if (share >= 0) {
          d.type = IndicatorType.SHARE;
          String whole = shareWhole(clause, share, d.start);
          if (whole != null && !hitKey[share].phrase().equals("占比")
              && !NAMED_SHARES.contains(hitKey[share].phrase())) {
            d.base = whole;
          }
        } else if (nearest(clause, d.start, Role.GROWTH) >= 0) {
          d.type = IndicatorType.GROWTH_RATE;
          d.negative = anyDown(clause, d.start);
        } else {
          d.type = IndicatorType.RATE;
        }
      }
      case MULTIPLE -> {
        d.type = IndicatorType.MULTIPLE;
        int baseStart = multipleBase(d.start); // 是2018年的1.5倍: base 2018年, metric before 是
        if (baseStart >= 0) {
          multipleBy = multipleLink(baseStart);
          d.base = words(baseStart, d.start - 1);
        } else if (change >= 0 && q.text().indexOf('番') < 0) {
          // 出口额增长1.5倍, 较上年增长一倍多: the increase in times of the old level, a growth rate
          // in 倍 (review 19: MULTIPLE 1.5, the same as 是去年的1.5倍, a level 1.5 times the old).
          // Counter-examples kept MULTIPLE: 增长到去年的1.5倍 (至, 到, 为: the new level), 翻一番.
          d.type = IndicatorType.GROWTH_RATE;
          d.negative = hitKey[change].role() == Role.DOWN;
        }
      }
      case MONEY -> {
        if (change >= 0) {
          d.type = IndicatorType.CHANGE;
          d.negative = hitKey[change].role() == Role.DOWN;
        } else if (typeHit >= 0) {
          d.type = hitKey[typeHit].type();
          // 净亏损3.2亿元, 净利润亏损12.4亿元: a loss is a negative profit (a change of one, 亏损减少
          // 2亿元, is signed by its verb)
          if (hitKey[typeHit].phrase().contains("亏")) {
            // 少亏5亿元 is no level of profit, and its sign is not a loss's
            if (lessLoss(hitEnd[typeHit], d.start)) d.type = IndicatorType.AMOUNT;
            else d.negative = true;
          }
        } else if (sameSentence && previous.type.isMoney() && startsWithPart(clause)) {
          d.type = previous.type; // 总投资100亿元，其中中央投资30亿元
        } else if (sameSentence && previous.type.isMoney() && previous.mergedInto == null
            && reachedAfterBound(previous, d)) {
          // 地区生产总值突破两万亿元，达到20217亿元: one figure, written twice; a total adds it once
          d.type = previous.type;
          reached = true;
          mergeInto(previous, d);
        } else if (sameSentence && previous.type.isMoney() && previous.type != IndicatorType.CHANGE
            && changedTo(previous, d)) {
          // 由2018年的8536亿元增加到2023年的1.16万亿元: the same measure, later
          d.type = previous.type;
          d.metric = previous.metric;
        } else if (sameSentence && (level = levelAgain(previous, d)) != null) {
          // 确保完成固定资产投资200亿元，力争达到220亿元; 实际使用外资4.5亿美元，增长12.3%，今年力争突破
          // 5亿美元: the same measure's level again, a goal beside a floor or this year's beside last
          d.type = level.type;
          d.negative = level.negative;
          d.metric = level.metric;
        } else if (sameSentence && previous.mergedInto == null && !previous.type.isMoney()
            && (levelAfterRate = levelOfRate(previous, d)) >= 0) {
          // 全市地区生产总值增长6%，达到1.2万亿元: the level of the metric whose rate was just given
          d.type = hitKey[levelAfterRate].type();
          d.negative = hitKey[levelAfterRate].phrase().contains("亏"); // 亏损总额下降20%，为300亿元
          int cut = previous.metric.lastIndexOf(hitKey[levelAfterRate].phrase());
          d.metric = cut < 0 ? hitKey[levelAfterRate].phrase()
              : previous.metric.substring(0, cut + hitKey[levelAfterRate].phrase().length());
        } else {
          fundEnd = fundAfter(d);
          d.type = fundEnd >= 0 || fundBefore(sentence, clause, d) ? IndicatorType.FUND_SIZE
              : IndicatorType.AMOUNT;
        }
      }
      case AREA -> d.type = IndicatorType.AREA;
      case LENGTH -> d.type = IndicatorType.LENGTH;
      case MASS -> d.type = IndicatorType.MASS;
      case VOLUME -> d.type = IndicatorType.VOLUME;
      case ENERGY -> d.type = IndicatorType.ENERGY;
      case POWER -> d.type = IndicatorType.POWER;
      case DURATION -> d.type = IndicatorType.DURATION;
      case PEOPLE -> d.type = IndicatorType.PEOPLE;
      case COUNT -> d.type = IndicatorType.COUNT;
      default -> d.type = IndicatorType.OTHER;
    }
    if (change >= 0 && CHANGEABLE.contains(dim) && isChangeOfLevel(change)) {
      // 减少30万人, 增加50万吨, 扩大3万亩: a change of a level, signed, never a level itself
      d.type = IndicatorType.CHANGE;
      d.negative = hitKey[change].role() == Role.DOWN;
    }
    int reduced = change < 0 && by < 0 && (dim == Dimension.MONEY || CHANGEABLE.contains(dim))
        ? reducedNoun(clause, d.start) : -1;
    if (reduced >= 0) {
      // 减少二氧化碳排放92万吨, 压减粗钢产量300万吨: what was cut, signed (review 13), not the level
      d.type = IndicatorType.CHANGE;
      d.negative = true;
    }
    if (change < 0 && by >= 0 && "少多低高".indexOf(s.charAt(verb)) >= 0
        && (dim == Dimension.MONEY || CHANGEABLE.contains(dim))) {
      // 比上年同期少12亿元, 比上年多8亿元: the difference, signed, not the level (利润总额 12亿元)
      d.type = IndicatorType.CHANGE;
      d.negative = s.charAt(verb) == '少' || s.charAt(verb) == '低';
    }
    int over = dim == Dimension.MONEY && change < 0 ? overBudget(d.start) : -1;
    if (over >= 0) {
      d.type = IndicatorType.CHANGE; // 超年初预算12亿元: the excess over the budget
      d.negative = underBudget(over); // 低于年初预算10亿元: the shortfall (second read)
      d.base = s.substring(over, d.start);
    }
    if (d.base == null && by >= 0 && d.type.isSigned()) {
      // the keyword when it is the whole comparison (比上年同期增长), else what stands between 比
      // and the verb (比2023年增长 → 2023年, 比上年末增加 → 上年末, not the keyword 比上年)
      d.base = base >= 0 && hitStart[base] == by && hitEnd[base] == verb ? hitKey[base].phrase()
          : target(by + 1, verb);
    }
    if (d.base == null && base >= 0 && d.type.isSigned()) d.base = hitKey[base].phrase();

    // metric: the noun phrase before the figure, or after a counted figure (建设43个农特产品展销中心)
    // (not shares, named before them: 以总股本12.8亿股计算 is no count of 计算)
    if ((dim == Dimension.COUNT || dim == Dimension.PEOPLE) && d.type != IndicatorType.CHANGE
        && !q.unit().symbol().equals("股")) {
      d.metric = rightNoun(d.end);
    }
    if (fundEnd >= 0) d.metric = phrase(d.end, fundEnd); // 100亿元的产业基金: 产业基金
    if (d.metric.isEmpty()) {
      int to = d.start;
      // 集中开工项目100个、总投资298亿元: the metric of 298亿元 starts after 100个
      int from = sameSentence && previous.end <= d.start ? Math.max(clause, previous.end) : clause;
      // 出口增长8.2%和进口下降3.5%: the joiner after the figure before is not the metric's (it was 和进口)
      if (sameSentence && from == previous.end && from + 1 < to && "和与及、".indexOf(s.charAt(from)) >= 0) from++;
      if (reduced >= 0) from = Math.max(from, reduced); // 压减粗钢产量: the metric is 粗钢产量
      if (change >= 0) {
        // 市场主体新增3.2万户, 净增: the metric ends before 新 or 净 too (it was 市场主体新)
        int cut = hitStart[change];
        if (hitEnd[change] - cut == 1 && cut > from
            && (s.charAt(cut - 1) == '新' || s.charAt(cut - 1) == '净')) {
          cut--;
        }
        to = Math.min(to, cut);
      }
      if (by >= 0 && d.base != null) to = Math.min(to, by); // 增速比一季度加快: not the metric
      if (d.type == IndicatorType.SHARE && share >= 0) {
        int of = occupies(clause, share); // 制造业增加值占全省比重为30%: the metric ends before 占
        // 全球市场占有率为36.8%: a share that names the measure ends it (it was 市场, base 有率)
        int cut = NAMED_SHARES.contains(hitKey[share].phrase()) ? hitEnd[share] : hitStart[share];
        to = Math.min(to, of >= 0 ? hitStart[of] : cut);
      }
      if (multipleBy >= 0) to = Math.min(to, multipleBy);
      if (d.type == IndicatorType.GROWTH_RATE && change < 0) {
        // GDP增长预期目标为5%: the metric is GDP, what the target is of
        int goal = nearest(clause, d.start, Role.GROWTH);
        if (goal >= 0 && hitKey[goal].phrase().endsWith("目标")) to = Math.min(to, hitStart[goal]);
      }
      if (compare >= 0 && d.type == IndicatorType.PERCENTAGE_POINT_CHANGE) {
        to = Math.min(to, hitStart[compare]);
      }
      to = changeOpening(from, to);
      d.metric = phrase(from, to);
      if (d.metric.isEmpty()) {
        int turn = turnBefore(d);
        if (turn >= 0 && (!sameSentence || previous.end <= structure.clauseStart(turn))) {
          // 归属于上市公司股东的净利润由负转正，为2.35亿元; 营业利润同比由负转正，增长3.2%: the measure
          // that turned, in the clause before (review 16: no metric, and the profit an AMOUNT)
          String m = phrase(Math.max(d.sentenceStart, structure.clauseStart(turn)), turn);
          if (m.endsWith("同比") || m.endsWith("环比")) m = m.substring(0, m.length() - 2);
          if (turn >= 2 && (s.startsWith("同比", turn - 2) || s.startsWith("环比", turn - 2))
              && d.base == null && d.type.isSigned()) {
            d.base = s.substring(turn - 2, turn);
          }
          if (m.length() >= 2) {
            d.metric = m;
            IndicatorType own = d.type == IndicatorType.AMOUNT ? typeIn(m) : null;
            if (own != null) d.type = own;
          }
        }
      }
      if (d.metric.isEmpty() && sameSentence && previous.q.unit().dimension() == dim
          && changedTo(previous, d)) {
        d.metric = previous.metric; // …增加到6000亿元: the same measure, later
      }
      if (d.type == IndicatorType.PROFIT && !LOSS_WORDS.contains(d.metric)) {
        // 归母净利润亏损2.3亿元: the measure, the loss its sign (the metric kept 亏损)
        for (String w : LOSS_TAILS) {
          if (d.metric.length() > w.length() + 1 && d.metric.endsWith(w)) {
            String m = d.metric.substring(0, d.metric.length() - w.length());
            if (typeIn(m) == IndicatorType.PROFIT) d.metric = m; // (公司亏损 stays: 公司 is none)
            break;
          }
        }
      }
      if (d.type == IndicatorType.PROFIT && LOSS_WORDS.contains(d.metric)) {
        // 归母净利润2.1亿元，上年同期亏损1.8亿元; 利润总额由上年同期的亏损1.2亿元转为盈利0.8亿元: the
        // profit measure before, of which the loss is a value (review 16: the metric was 亏损)
        int open = fromBefore(d);
        if (sameSentence && previous.type == IndicatorType.PROFIT
            && !LOSS_WORDS.contains(previous.metric)) {
          d.metric = previous.metric;
        } else if (open < d.start) {
          String m = phrase(Math.max(hitFrom, d.clauseStart), open);
          if (typeIn(m) == IndicatorType.PROFIT) d.metric = m;
        }
      }
      int headed = d.metric.isEmpty() ? unitHeadEnd(d) : -1;
      int open = d.metric.isEmpty() ? asideBefore(headed >= 0 ? headed : d.clauseStart) : -1;
      // (an aside in the figure's sentence, and a phrase within the keywords scanned: 00（；）0 held a
      // sentence end, and the phrase before it lay outside them; found by ExtractPropertiesTest)
      if (open >= d.sentenceStart) {
        // 全年固定资产投资（不含农户）比上年下降1.6%: the metric stands before the aside
        d.metric = phrase(Math.max(hitFrom, Math.max(structure.clauseStart(open), open - WINDOW)),
            open);
        // 营业收入（元）：1,234,567,890.12: a report's line, its unit in brackets (review 16)
        IndicatorType own = headed >= 0 && d.type == IndicatorType.AMOUNT ? typeIn(d.metric) : null;
        if (own != null) d.type = own;
      }
      boolean percent = d.type == IndicatorType.RATE && dim == Dimension.PERCENT;
      int column = percent || (d.type != IndicatorType.CHANGE && change < 0
          && (dim == Dimension.MONEY || CHANGEABLE.contains(dim))) ? columnOfChange(d, !percent) : -1;
      if (column >= 0) {
        // 本报告期比上年同期增减：12.34%, 营业收入较上年同期增减（%）：-8.76, 增长（%）：5.2: a report's
        // column of growth rates, the sign as written (review 16: a RATE); 增减（元）：-1000 a column
        // of changes (second read: a level of 营业收入)
        d.type = percent ? IndicatorType.GROWTH_RATE : IndicatorType.CHANGE;
        d.negative = false;
        int than = comparison(Math.max(d.sentenceStart, column - 13), column);
        if (d.base == null && than >= 0) d.base = target(than + 1, column);
        if (d.metric.isEmpty() && sameSentence) d.metric = previous.metric;
        if (d.metric.isEmpty()) {
          // 营业收入比上年同期增长：5.2%: the measure before 比 (second read: none)
          int at = than >= 0 ? than : column;
          d.metric = phrase(Math.max(hitFrom, Math.max(d.sentenceStart,
              structure.clauseStart(at))), at);
        }
      }
    }
    if (over >= 0) {
      // 一般公共预算收入超预算12亿元: the measure before the verb (its metric ran on to 超预算)
      String m = phrase(Math.max(hitFrom, d.clauseStart), beyondAt(over));
      if (!m.isEmpty()) d.metric = m;
    }
    // a level before it, not a rate (增长5%，为全国的…): 3000万人次，相当于上年同期的120% too
    // (after a growth rate only a part of a goal: 完成投资420亿元，增长8%，完成全年目标任务的47%, where the
    // rate is of the same measure)
    // (比年初预算短收45亿元，为预算的92%: after a change of money too, the ratio of its measure: second read)
    int of = d.type == IndicatorType.RATE && sameSentence
        && (((!previous.type.isSigned() || previous.type == IndicatorType.CHANGE)
                && previous.q.unit().dimension() != Dimension.PERCENT)
            || (previous.type == IndicatorType.GROWTH_RATE && !previous.metric.isEmpty()
                && ofGoal(d))) ? ratioOf(d) : -1;
    if (of >= 0) {
      // 一般公共预算收入完成3568.2亿元，为预算的101.2%: the revenue as a share of its budget (the
      // metric was 预算, and the growth rate after it took that)
      d.base = words(of, d.start - 1);
      d.metric = previous.metric;
      if (wholeOf(d.base) && q.value() != null && q.value().compareTo(HUNDRED) <= 0) {
        d.type = IndicatorType.SHARE; // 全市GDP 5000亿元，为全省的12.5%: a part of the province's
      }
    }
    if (of < 0 && d.type == IndicatorType.RATE && d.start > 0 && s.charAt(d.start - 1) == '的') {
      // 一般公共预算收入完成预算的94.8%, 能繁母猪存栏达到正常保有量的105.3%: the measure before the verb
      // as a part of its goal (review 15: the metric ran on to 完成预算)
      // (完成年初预算的102.3%, whose metric had lost its status word 年初预算: the base from the text)
      int v = goalVerb(d.start - 1);
      if (v >= 0) {
        String goal = s.substring(v + 2, d.start - 1);
        d.base = goal;
        int k = Math.max(d.metric.lastIndexOf("完成"), d.metric.lastIndexOf("达到"));
        if (k > 0 && goal.startsWith(d.metric.substring(k + 2))) d.metric = d.metric.substring(0, k);
      }
    }
    int recovered = d.type == IndicatorType.RATE ? recoveredTo(d) : -1;
    if (recovered >= 0) {
      // 旅客运输量6.2亿人次，恢复至2019年的93.9%; 入境游客人次恢复到2019年水平的80%: a ratio to 2019's
      // level, of the measure before 恢复 or of the level before it (review 15: the metric was
      // 恢复到2019年 or 水平, and the figure a goal of 2019)
      d.base = s.substring(recovered + 3, d.start - 1);
      String m = phrase(Math.max(hitFrom, d.clauseStart), recovered);
      d.metric = m.endsWith("分别") ? m.substring(0, m.length() - 2) : m;
    }
    if (d.metric.isEmpty() && sameSentence && previous.q.unit().dimension() == dim
        && previous.mergedInto == null && sameTimeOpens(d)) {
      // 营业收入8.36亿元，上年同期为10.57亿元: last year's 营业收入
      if (d.type == IndicatorType.AMOUNT || d.type == IndicatorType.RATE) d.type = previous.type;
      d.metric = previous.metric;
    }
    if (d.metric.isEmpty() && sameSentence && (reached || d.type.isSigned() || risenTo(previous, d)
        || d.type == IndicatorType.SHARE || d.type == IndicatorType.RATE
        || d.type == IndicatorType.MULTIPLE) && !otherMeasure(previous, d)) {
      d.metric = previous.metric; // 外贸进出口3000亿元，同比增长5%
    }
    if (d.metric.isEmpty() && sameSentence && d.type == IndicatorType.COUNT
        && previous.type == IndicatorType.COUNT && previous.q.unit().equals(q.unit())) {
      // 改造便民市场200个，截至目前已完成198个: the same count, done so far (it had no metric)
      d.metric = previous.metric;
    }
    if (d.type == IndicatorType.PERCENTAGE_POINT_CHANGE && sameSentence
        && previous.type == IndicatorType.GROWTH_RATE && !previous.metric.isEmpty()
        && RATE_WORDS.contains(d.metric)) {
      // 社会消费品零售总额下降1.2%，降幅比一季度收窄0.8个百分点: the change is of the retail sales'
      // growth rate (−2.0% → −1.2%, so +0.8), not of a measure called 降幅; a fall that widens (降幅
      // 扩大2.3个百分点) lowers the rate. 增速回落0.3个百分点 keeps its sign and takes the metric too.
      if (d.metric.equals("降幅") || d.metric.equals("跌幅")) d.negative = !d.negative;
      d.metric = previous.metric;
    } else if (d.type == IndicatorType.PERCENTAGE_POINT_CHANGE && d.metric.length() > 2
        && (d.metric.endsWith("降幅") || d.metric.endsWith("跌幅") || d.metric.endsWith("下降幅度")
            || d.metric.endsWith("下跌幅度"))) {
      // PPI降幅收窄0.3个百分点, 二手住宅销售价格同比降幅比上月收窄0.5个百分点: the same change of the
      // measure's growth rate as after its 下降2.5% above, +0.3 (review 16: −0.3 of a measure called
      // PPI降幅, so one release gave both signs)
      String m = d.metric.substring(0, d.metric.length()
          - (d.metric.endsWith("幅度") ? 4 : 2)); // (房地产开发投资下降幅度收窄2.1个百分点: second read)
      if (m.endsWith("同比") || m.endsWith("环比")) m = m.substring(0, m.length() - 2);
      if (m.length() >= 2) {
        d.metric = m;
        d.negative = !d.negative;
      }
    } else if (d.type == IndicatorType.GROWTH_RATE && sameSentence && !previous.metric.isEmpty()
        && previous.type != IndicatorType.PERCENTAGE_POINT_CHANGE && RATE_WORDS.contains(d.metric)
        && previous.end + 1 < d.start && s.charAt(previous.end) == '，'
        && (s.startsWith(d.metric, previous.end + 1) || s.startsWith(d.metric, previous.end + 3)
            && (s.startsWith("同比", previous.end + 1) || s.startsWith("环比", previous.end + 1)))) {
      // 钢材综合价格指数下跌150元/吨，跌幅3.5%; 利润总额120亿元，增幅8.2%: the rate of the figure just
      // given (review 15: the metric was 跌幅). Counter-examples: 营收减少两成，净利润近乎腰斩，降幅达
      // 49.6% (a clause between: not 营收's), 降幅收窄0.5个百分点 (points, above).
      d.metric = previous.metric;
    }

    if (dim == Dimension.MONEY && q.value() != null && exchangeAfter(d.end) > d.end
        && (q.value().compareTo(BigDecimal.ONE) == 0 || q.value().compareTo(HUNDRED) == 0)) {
      // 1美元兑7.1088元人民币, 100日元兑4.6元, 1美元兑换7.1268元: the amount the rate is of, no figure
      d.rateUnit = true;
    } else if (sameSentence && previous.rateUnit && exchangeAfter(previous.end) == d.start
        && dim == Dimension.MONEY) {
      // …的7.1088元人民币: the rate, with the metric before the unit amount (人民币汇率中间价)
      d.type = IndicatorType.RATE;
      d.metric = previous.metric;
      d.base = null;
      d.negative = false;
    }
    if (d.type.isMoney() && d.type != IndicatorType.INCOME && perUnit(d.metric)) {
      d.type = IndicatorType.RATE; // 亩年产值达到10000元 is per 亩, never a level to add up
    } else if (CHANGEABLE.contains(dim) && dim != Dimension.DURATION
        && d.type != IndicatorType.CHANGE && perUnit(d.metric)) {
      // 亩产415.8公斤, 城镇居民人均住房建筑面积41.8平方米, 每万人拥有执业医师3.2人: per unit too
      d.type = IndicatorType.RATE;
    }
    d.status = status(d, sentence);
    // (最高可达200万元: 可达 projects, and the cap is still a cap)
    if ((d.status == Status.ACTUAL || d.status == Status.PLAN && deciding >= 0
        && hitKey[deciding].phrase().startsWith("可")) && (highestCap(d, sentence) || d.metric.contains("上限")
        || d.metric.endsWith("限额") || (q.text().startsWith("最高") && grantBefore(sentence, d.start))
        || milestoneAfter(d.end) || (isBound(q.qualifier()) && singleItem(d.metric))
        || (isBound(q.qualifier()) && sameSentence && keptAbove(d)))) {
      // 单个项目补助不超过200万元, 单笔贷款最高300万元: a cap on each, never a sum to add up
      // 最高贷款额度提高到30万元, 给予补贴，最高1000万元, 地方政府债务限额为3200亿元: a ceiling, not a
      // loan, a grant or a debt; but 日均接待游客3万人次，最高5万人次 is a peak, a fact. 迈上两万亿元新台阶:
      // a level passed, not the GDP (达到2.35万亿元 is)
      d.status = Status.THRESHOLD;
    }
    int paragraph = structure.paragraphStart(d.start);
    d.period = period(d.start, sentence, paragraph);
    int opener;
    if (periodFound != null && sameSentence && previous.end <= d.start
        && periodFound.end() <= previous.start && changedTo(previous, d)
        && (opener = fromBefore(previous)) < previous.start
        && periodFound.start() >= opener) {
      // 由2020年的3200亿元增加到4523.6亿元 (review 13): 2020年 is the old level's year, not the new
      // one's; the new level reads the period before 由, if any (2023年，GDP由2020年的…增加到…).
      // Counter-example: 增加到2023年的4523.6亿元 gives its own year, which ends after the old level.
      d.period = period(opener, sentence, paragraph);
    }
    if (d.period != null && periodFound != null && (d.status == Status.PLAN
        || d.status == Status.TARGET) && periodFound.year() == null
        && periodFound.relativeYear() == null && !sameTime(periodFound)) {
      // 2023年全市GDP增长5.2%。预计全年增长5.5%左右: a plan's or a goal's bare 全年 or 年末 is the
      // document's year, not the year before it in the paragraph (second read: a 2023 ACTUAL 5.5%)
      d.period = built(periodFound);
    }
    if (d.status == Status.PLAN && deciding >= 0 && ESTIMATES.contains(hitKey[deciding].phrase())
        && date != null && d.period != null && d.period.end() != null
        && d.period.end().isBefore(date) && !oldForecast(deciding, d, sentence)) {
      // 预计2023年全市地区生产总值增长5.3%左右 in a text of 2024, a company's 预计2023年度实现净利润…:
      // an estimate of what has happened, a fact to date (review 13: PLAN). Counter-example: 预计
      // 全年增长5% in a text of June, the year not over, stays a plan.
      d.status = Status.ACTUAL;
    }
    if (d.underHeader && date != null && d.period != null && d.period.end() != null
        && d.period.end().isBefore(date)) {
      // 主要预期目标：\n\n2023年地区生产总值增长5.2%，今年增长6%左右: an item's own past period
      // reports (second read: a TARGET of 2023)
      d.status = Status.ACTUAL;
    }
    Prior prior = priorBefore(d);
    if (prior != null) {
      // CPI环比由上月上涨0.1%转为下降0.1%: the old level is the month before (review 16: both were
      // the month's, contradicting each other); dated when the figure's own period is one month.
      // 二季度GDP增长由上季度的5.3%回落至4.7%: the quarter before, likewise (second read: no period)
      // 贷款余额由上季度末的1.2万亿元增至1.3万亿元: the end of the quarter before, a stock's date
      // (second read: 二季度末's, the new level's)
      int months = prior.months();
      Span span = normalized.toOriginal(prior.start(), prior.end());
      LocalDate start = null;
      LocalDate end = null;
      if (prior.atEnd()) {
        if (d.period != null && d.period.start() == null && d.period.end() != null
            && d.period.end().equals(YearMonth.from(d.period.end()).atEndOfMonth())) {
          end = YearMonth.from(d.period.end()).minusMonths(months).atEndOfMonth();
        }
      } else if (d.period != null && d.period.start() != null && d.period.end() != null
          && d.period.start().getDayOfMonth() == 1
          && d.period.end().equals(d.period.start().plusMonths(months).minusDays(1))) {
        start = d.period.start().minusMonths(months);
        end = d.period.start().minusDays(1);
      }
      d.period = new Period(span, normalized.original().substring(span.start(), span.end()), start,
          end);
      periodFound = null;
      periodDated = false;
    }
    if (d.status == Status.ACTUAL && date != null && date.getMonthValue() <= SPRING_END
        && !strongActual && periodFound != null && !periodDated && bareYearPart(periodFound)
        && d.period != null && d.period.end() != null && d.period.end().isAfter(date)
        && s.charAt(periodFound.end() - 1) != '前'
        && (q.qualifier() == Qualifier.EXACT || q.qualifier() == Qualifier.MORE_THAN)
        && onlyBareBefore(paragraphBefore(paragraph), sentenceEnd)
        && !anyWordIn(sentence, sentenceEnd, GOAL_CONTEXT)) {
      // 全年完成固定资产投资4560亿元, 年末常住人口1200万人 in a text of March 2024: a fact of a year not
      // over is of the year before, as a work report or an annual release in the spring writes it
      // (review 16: 2024's). Only a bare 全年 or 年末 that nothing in the text dates, in a text of
      // January to April. Counter-examples, this year's (second read): 预计全年增长5% (a plan),
      // 年底前200个项目将全面完成 (a deadline), 全年已完成投资50亿元 (已), 全年GDP增长5%左右 (about),
      // 全年粮食播种面积稳定在1.78亿亩以上 (a bound), 实现全年经济增长5%左右的目标 (a goal word in the
      // sentence), 全年累计发放贷款100亿元，其中上半年… and 上半年…。\n\n全年… (a period of this year in
      // the sentence or the paragraph before), 2024年，…\n\n全年… (dated by the text).
      Periods.Found f = periodFound;
      periodFound = new Periods.Found(f.start(), f.end(), date.getYear() - 1, null, f.fromMonth(),
          f.toMonth(), f.open(), false, false, 0);
      d.period = built(periodFound);
    }
    if (d.status == Status.ACTUAL && !strongActual && d.period != null
        && ahead(periodFound, d.period)) {
      // 2025年达到3000亿元 in a text of 2024: a year that has not begun has no actual figures
      d.status = Status.TARGET;
    }
    d.place = place(d, sentence, sentenceEnd, clause, paragraph);
    return d;
  }

  /**
   * Whether money figure d states, in a clause of its own, the exact value a bound before it held
   * back: {@code 地区生产总值突破两万亿元，达到20217亿元}, {@code 财政总收入首次突破50亿元，达52.7亿元}.
   * The two are one indicator, the bound a mention of it. Counter-example, another figure: {@code
   * 总投资超过100亿元，完成50亿元} (完成 is no 达).
   */
  private boolean reachedAfterBound(Draft previous, Draft d) {
    Qualifier b = previous.q.qualifier();
    // (not before 的: 超过200亿元，为300亿元的目标的三分之二 names the target)
    if ((b != Qualifier.MORE_THAN && b != Qualifier.AT_LEAST)
        || !previous.q.unit().equals(d.q.unit()) || previous.end >= d.start
        || s.charAt(previous.end) != '，' || (d.end < s.length() && s.charAt(d.end) == '的')) {
      return false;
    }
    int p = previous.end + 1;
    for (String w : REACHED) {
      if (p + w.length() == d.start && s.startsWith(w, p)) return true;
    }
    return false;
  }

  /**
   * Whether change {@code d} is of another measure than the level {@code previous}, told by their
   * dimensions: 种养面积达到600万亩，累计增收720亿元 (money, not the area: review 15). A rate before a
   * change (增长5%，增加100亿元) names its measure.
   */
  private static boolean otherMeasure(Draft previous, Draft d) {
    Dimension was = previous.q.unit().dimension();
    return d.type == IndicatorType.CHANGE && was != d.q.unit().dimension()
        && was != Dimension.PERCENT && was != Dimension.PERCENTAGE_POINT
        && was != Dimension.MULTIPLE && was != Dimension.NONE
        && was != Dimension.RATE; // 收购价为2800元/吨，比上年上涨100元: the price's (second read)
  }

  /** The words for a growth rate itself, which a change of it in points names as its metric. */
  private static final Set<String> RATE_WORDS = Set.of("降幅", "跌幅", "增幅", "涨幅", "升幅", "增速",
      "增长速度");

  /** The verbs between a bound and its exact value (突破两万亿元，达到20217亿元). */
  private static final List<String> REACHED = List.of("达到", "达", "为", "达到了");

  /**
   * Where the fund named right after a money figure no keyword types ends, or -1: {@code
   * 设立100亿元的产业基金}, {@code 50亿元人才发展基金} are funds' sizes. 规模 alone is no keyword: most
   * 规模 are not funds' (数字经济规模, 交易规模, 外贸规模). Counter-examples, money put into a fund:
   * {@code 出资10亿元参与设立基金}, {@code 投入5亿元用于设立基金}.
   */
  private int fundAfter(Draft d) {
    if (!createsFund(d.clauseStart, d.start)) return -1;
    int p = d.end < s.length() && s.charAt(d.end) == '的' ? d.end + 1 : d.end;
    for (int k = p; k < s.length() && k - p <= FUND_GAP; k++) {
      if (s.startsWith("基金", k)) return k + 2;
      char c = s.charAt(k);
      if (!Character.isIdeographic(c) || FUND_STOP.indexOf(c) >= 0) break;
    }
    return -1;
  }

  /**
   * Whether the clause of a money figure is 规模 after a fund named earlier in its sentence
   * ({@code 设立产业基金，规模100亿元}).
   */
  private boolean fundBefore(int sentence, int clause, Draft d) {
    return s.startsWith("规模", skipJunk(clause, d.start))
        && anyWordIn(Math.max(sentence, d.start - WINDOW), clause, FUND);
  }

  private static final List<String> FUND = List.of("基金");

  /**
   * Whether [from, to) says a fund is set up or sized: 设立, 成立, 组建, 发起, 募集, 规模, 总额.
   * Counter-examples, money moved: 发放100亿元养老保险基金, 追回10亿元医保基金, 出资2亿元认购基金份额.
   */
  private boolean createsFund(int from, int to) {
    return anyWordIn(Math.max(from, to - WINDOW), to, FUND_VERBS);
  }

  /** Whether one of {@code words} starts in [from, to - 1). */
  private boolean anyWordIn(int from, int to, List<String> words) {
    return anyWordStartingIn(from, to - 1, words);
  }

  /** Whether one of {@code words} starts in [from, to) (it may run on past {@code to}). */
  private boolean anyWordStartingIn(int from, int to, List<String> words) {
    for (int k = from; k < to; k++) {
      if (startsWithAny(s, k, words)) return true;
    }
    return false;
  }

  private static final List<String> FUND_VERBS =
      List.of("设立", "成立", "组建", "发起", "募集", "规模", "总额", "设");

  /** The most characters between a figure and the 基金 named after it (的江西国资创新发展基金). */
  private static final int FUND_GAP = 12;
  /** Characters of verbs and particles that end the noun after a figure before 基金 (参与设立基金). */
  private static final String FUND_STOP = "的和与及参设用投入注出支引撬组在对为";

  private int skipJunk(int from, int to) {
    int i = from;
    while (i < to && isJunk(s.charAt(i))) i++;
    return i;
  }

  /**
   * Whether a word of a grant or of a cap per item stands in [from, to): 给予, 补贴, 奖励, 配套,
   * 单笔, 每户 ….
   */
  private boolean grantBefore(int from, int to) {
    return anyWordIn(Math.max(from, to - STATUS_WINDOW), to, GRANTS);
  }

  private static final List<String> GRANTS = List.of("给予", "补贴", "补助", "奖励", "资助", "贴息",
      "扶持", "配套", "单笔", "每户", "每家", "每人", "每个", "每项");

  /**
   * The dimensions of levels whose change is written with a verb (money has its own types). A unit
   * per unit is one: 动力煤价格下降120元/吨, PM2.5浓度比上年下降2微克/立方米 (review 15: unsigned OTHER).
   */
  private static final java.util.Set<Dimension> CHANGEABLE =
      com.google.common.collect.Sets.immutableEnumSet(Dimension.AREA,
      Dimension.LENGTH, Dimension.MASS, Dimension.VOLUME, Dimension.ENERGY, Dimension.POWER,
      Dimension.DURATION, Dimension.PEOPLE, Dimension.COUNT, Dimension.RATE);

  /**
   * Whether a change verb before a count or a physical figure makes it a change: a verb of two
   * characters or more (增加, 减少, 下降). Counter-examples, levels: 新增3000家企业 (新增 counts what
   * is new), 增3万人 (one character: 增 also ends 新增 and 净增 written without the 新).
   */
  private boolean isChangeOfLevel(int change) {
    return hitEnd[change] - hitStart[change] >= 2
        && !(hitStart[change] > 0 && s.charAt(hitStart[change] - 1) == '新');
  }

  /**
   * The end of a verb of cutting ({@code 减少}, {@code 压减}, {@code 削减}, {@code 减排}) in the clause before the
   * figure at {@code at}, when only a noun of Chinese characters stands between them: {@code
   * 全年减少二氧化碳排放92万吨}, {@code 累计减少农村贫困人口568万人}; else -1. Counter-examples: a verb
   * with 了, 为, 至 or 到 after it, or the figure right after it (减少30万人 is {@link #changeVerb}'s;
   * 减少为551万人 is the new level), a stretch with a figure, a Latin letter or punctuation in it, one
   * longer than {@value #REDUCED_NOUN_MAX} characters, 减少 as a noun's head (减少量, 减少额), a
   * purpose or a kind ({@code 为减少…}, {@code 实施减少…项目}) and a stretch holding a word of {@link
   * #NOT_CUT}.
   * {@code 减少审批环节3个} is a change too.
   */
  private int reducedNoun(int clause, int at) {
    int from = Math.max(clause, at - REDUCED_NOUN_MAX - 2);
    int p = at;
    while (p > from && Structure.isHan(s.charAt(p - 1))) p--;
    for (int i = at - 3; i >= p; i--) { // the verb nearest the figure, a noun after it
      for (String w : REDUCING) {
        if (!s.startsWith(w, i)) continue;
        if ("了为至到量额幅".indexOf(s.charAt(i + 2)) >= 0) return -1;
        // 为减少疫情影响…, 通过减少…: a purpose, and 实施减少…项目, 安排减少…资金: the verb names a
        // kind of the thing counted (second read: they became negative changes)
        if (i > 0 && "为以过施排".indexOf(s.charAt(i - 1)) >= 0) return -1;
        String noun = s.substring(i + 2, at);
        for (String stop : NOT_CUT) {
          if (noun.contains(stop)) return -1;
        }
        return i + 2;
      }
    }
    return -1;
  }

  /**
   * Words that show the noun after a verb of cutting is no measure cut: 的 and verbs (减少化肥使用量的农户
   * 达到1200户, 削减过剩产能涉及职工1.2万人), a second subject (全市, 全省), and heads that name what is
   * counted or paid (减少碳排放项目32个, 压减产能企业15家, 减少碳排放专项资金10亿元).
   */
  private static final List<String> NOT_CUT = List.of("的", "达到", "惠及", "涉及", "发放", "新增", "带动",
      "全市", "全省", "全区", "全县", "项目", "企业", "资金", "农户", "政策", "措施", "职工", "主体");

  /** 减排二氧化碳92万吨 too: what was cut is the noun after it (its metric was 排二氧化碳). */
  private static final List<String> REDUCING = List.of("减少", "压减", "削减", "减排");
  /** The longest noun {@link #reducedNoun} reads between the verb and the figure: 农村建档立卡贫困人口. */
  private static final int REDUCED_NOUN_MAX = 12;

  /** Whether d follows previous in a list: only 、 和 与 及 or spaces between them. */
  private boolean listed(Draft previous, Draft d) {
    if (previous.end > d.start || d.start - previous.end > 3) return false;
    if (directionBetween(previous, d) != 0) {
      // 高0.03个和低0.12个百分点: the second is the first's kind, lower. Only after a change: 100亿元、
      // 下降100亿元 is an amount and then a fall (property test: the amount took the minus sign)
      return previous.type != null && previous.type.isSigned();
    }
    if (d.start - previous.end > 2) return false;
    for (int i = previous.end; i < d.start; i++) {
      if ("、和与及 ".indexOf(s.charAt(i)) < 0) return false;
    }
    return d.start > previous.end;
  }

  /**
   * -1 or +1 when 和 or 、 and a word of direction stand alone between two figures of one list
   * ({@code 分别比上月和上年同期高0.03个和低0.12个百分点}: the second is lower, review 13), else 0.
   */
  private int directionBetween(Draft previous, Draft d) {
    int gap = d.start - previous.end;
    if ((gap != 2 && gap != 3) || "和、".indexOf(s.charAt(previous.end)) < 0) return 0;
    if (gap == 3) {
      // 进口、出口分别增长8.2%和下降3.5%: a verb of its own, of two characters (review 16: not a list,
      // so both rates had the metric 进口、出口)
      String verb = s.substring(previous.end + 1, d.start);
      return LIST_DOWN.contains(verb) ? -1 : LIST_UP.contains(verb) ? 1 : 0;
    }
    char c = s.charAt(previous.end + 1);
    return "低降少减".indexOf(c) >= 0 ? -1 : "高升多增".indexOf(c) >= 0 ? 1 : 0;
  }

  /** The verbs of two characters that {@link #directionBetween} reads between two listed figures. */
  private static final Set<String> LIST_DOWN = Set.of("下降", "减少", "下跌", "回落", "降低", "收窄");

  private static final Set<String> LIST_UP = Set.of("增长", "增加", "上涨", "上升", "提高", "扩大");

  /**
   * Whether a metric is per unit: 亩年产值, 每亩产值, 亩均税收, 户均, 单位面积 …; 人均可支配收入 stays
   * income (the caller tests the type). Also a metric that ends in 每 and a short unit right
   * before the figure ({@code 投资强度不低于每亩300万元}) and an intensity ({@code 投资强度}): per 亩,
   * never an investment to add up, and a metric of each single item ({@link #singleItem}).
   * Counter-example: 每 further back ({@code 每年投资计划中，新开工项目投资}) leaves a level.
   */
  static boolean perUnit(String metric) {
    // (公司拟向全体股东每10股派发现金红利3.5元, 公司拟每股派发…: 每 and the divisor anywhere, review 16:
    // an AMOUNT)
    int per = metric.lastIndexOf('每');
    return metric.startsWith("亩") || metric.startsWith("每") || metric.startsWith("单位")
        || metric.contains("亩均") || metric.contains("户均") || metric.contains("人均")
        || metric.contains("亩产") || metric.contains("单产") || metric.startsWith("百户居民")
        || metric.startsWith("百户家庭") || singleItem(metric)
        || metric.contains("每百户") || metric.contains("万人拥有") || metric.startsWith("吨钢")
        || intensity(metric) || (per >= 0 && metric.length() - per <= 4)
        || (per >= 0 && per + 1 < metric.length() && (Character.isDigit(metric.charAt(per + 1))
            || metric.charAt(per + 1) == '股'));
  }

  /**
   * Whether the metric is of each single item ({@code 单个项目补助}, {@code 单笔贷款}, {@code 单户奖励}):
   * a figure of it is per item, and bounded a cap. Not 单位 (单位GDP能耗, see {@link #perUnit}) nor
   * 单价 or 单产.
   */
  static boolean singleItem(String metric) {
    return metric.startsWith("单个") || metric.startsWith("单笔") || metric.startsWith("单项")
        || metric.startsWith("单户") || metric.startsWith("单家") || metric.startsWith("单体")
        || metric.startsWith("单一项目") || metric.startsWith("单次");
  }

  /**
   * Whether the metric ends in 强度 and at most a verb of comparison ({@code 园区投资强度达到}, {@code
   * 投资强度不低于}). Counter-examples, levels: {@code 通过加大投资强度完成固定资产投资}, {@code 保持高强度投资完成投资}.
   */
  private static boolean intensity(String metric) {
    int k = metric.lastIndexOf("强度");
    return k >= 0 && metric.length() - (k + 2) <= 3;
  }

  /** Whether the clause starts with 其中: a part of the figure before it. */
  private boolean startsWithPart(int clause) {
    int a = skipSpace(clause);
    return s.startsWith("其中", a);
  }

  private int skipSpace(int p) {
    while (p < s.length() && (Structure.isSpace(s.charAt(p)) || s.charAt(p) == '\n')) p++;
    return p;
  }

  // ---------------------------------------------------------------- keyword lookups

  /** The first hit whose start is at or after {@code from}. */
  private int firstHitAtOrAfter(int from) {
    assert from >= hitFrom : "a lookup from " + from + " before the hits kept from " + hitFrom;
    return hitHint = lowerBound(hitStart, hits, from, hitHint);
  }

  // Where the last search of each array landed. Figures are typed in text order, so the next
  // search lands close by: it gallops from there instead of halving the whole array (a million
  // keyword hits in a megabyte of text).
  private int hitHint;
  private int periodHint;
  private int placeHint;

  /**
   * The first index k in [0, size) of the sorted {@code a} with {@code a[k] >= key}, or size; the
   * search starts at {@code hint} (any index in [0, size]) and gallops towards the answer, so it
   * costs O(log d) for an answer d places away.
   */
  static int lowerBound(int[] a, int size, int key, int hint) {
    int h = Math.max(0, Math.min(hint, size));
    int lo;
    int hi;
    if (h < size && a[h] < key) {
      // The answer lies after h.
      int bound = 1;
      lo = h + 1;
      while (bound < size - h && a[h + bound] < key) {
        lo = h + bound + 1;
        bound <<= 1;
      }
      hi = bound < size - h ? h + bound : size;
    } else {
      // The answer is h or lies before it.
      int bound = 1;
      hi = h;
      while (bound <= h && a[h - bound] >= key) {
        hi = h - bound;
        bound <<= 1;
      }
      lo = bound <= h ? h - bound + 1 : 0;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The hit of this role inside [from, to) ending last (longest on ties), or -1. */
  private int nearest(int from, int to, Role role) {
    return nearestOf(from, to, role, role);
  }

  private int nearestOf(int from, int to, Role a, Role b) {
    assert to <= scanned : "a lookup to " + to + " past the hits scanned to " + scanned;
    int best = -1;
    for (int k = firstHitAtOrAfter(from); k < hits && hitStart[k] < to; k++) {
      Role r = hitKey[k].role();
      if ((r == a || r == b) && hitEnd[k] <= to) {
        if (best < 0 || hitEnd[k] > hitEnd[best]
            || (hitEnd[k] == hitEnd[best] && hitStart[k] < hitStart[best])) {
          best = k;
        }
      }
    }
    return best;
  }

  /**
   * The 比 or 较 of a comparison that ends at {@code verb} ({@code 比上年同期低1.5个百分点}, {@code
   * 比一季度加快0.3个百分点}, {@code 比上年末增加200亿元}), with a base of one to twelve characters
   * between; or -1. Counter-examples, no comparison: 占比, 对比, 相比, 同比, 环比 (比 ends another
   * word); 比重, 比例, 比亚迪, 比特币, 比利时, 比如, 比照, 比赛 (比 begins one); 较快增长, 较大幅度, 较小,
   * 较明显, 具有比较优势 (较 is "fairly").
   */
  private int comparison(int clause, int verb) {
    for (int i = verb - 2; i >= Math.max(clause, verb - 13); i--) {
      char c = s.charAt(i);
      // 增速分别比同期工业、高技术制造业高7.6个和2.3个百分点: a list of bases after 分别比 (review 15:
      // no comparison, and the metric ran on to 高); another 、 ends the search (比上年增长5%、消费增长6%)
      if (c == '、' && basesListed(i, verb)) continue;
      if (c == '，' || c == '、' || c == '；' || c == '。' || c == '\n') return -1;
      if (c != '比' && c != '较') continue;
      if (i > 0 && "占对相环同无评类可比".indexOf(s.charAt(i - 1)) >= 0) return -1;
      if ("重例率较快大高好多少低为亚特利如照赛拼小强弱差明".indexOf(s.charAt(i + 1)) >= 0) return -1;
      return i;
    }
    return -1;
  }

  /** Whether 分别比 or 分别较 opens the 、-list of bases that {@code k} is in, before {@code verb}. */
  private boolean basesListed(int k, int verb) {
    for (int i = k - 1; i >= Math.max(2, verb - 13); i--) {
      char c = s.charAt(i);
      if ((c == '比' || c == '较') && s.charAt(i - 1) == '别' && s.charAt(i - 2) == '分') return true;
      if (!Structure.isHan(c)) return false;
    }
    return false;
  }

  /** The 低 of 比上年同期低1.5个百分点 (低, 高, 少, 多, 慢, 快 right before the figure), or -1. */
  private int comparative(int at) {
    return at >= 3 && "低高少多慢快".indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : -1;
  }

  private boolean anyDown(int from, int to) {
    assert to <= scanned : "a lookup to " + to + " past the hits scanned to " + scanned;
    for (int k = firstHitAtOrAfter(from); k < hits && hitStart[k] < to; k++) {
      // 增速回落至2.1%: a verb with 至 or 到 gives the new level, which keeps its own sign.
      if (hitKey[k].role() == Role.DOWN && hitEnd[k] <= to && hitEnd[k] < s.length()
          && (s.charAt(hitEnd[k]) == '至' || s.charAt(hitEnd[k]) == '到')) {
        continue;
      }
      if (hitKey[k].role() == Role.DOWN && hitEnd[k] <= to) return true;
      if (hitKey[k].phrase().equals("降幅") || hitKey[k].phrase().equals("跌幅")) return true;
    }
    return false;
  }

  /**
   * A change verb right before the figure ({@code 同比增长8.5%}, {@code 增长了8.5%}, {@code
   * 减少30亿元}), or -1. Only 了, a qualifier (约, 近, 超过) or 达 may stand between. A verb with 至 or 到
   * or right after it 为 gives the new level, not the change: {@code 下降至3%} and {@code 下降为3%} are a
   * rate of 3%, not a fall of 3%.
   */
  private int changeVerb(int clause, int at, boolean percent) {
    int best = nearestOf(Math.max(clause, at - 8), at, Role.UP, Role.DOWN);
    if (best < 0 || verbInNoun(best)) return -1;
    for (int i = hitEnd[best]; i < at; i++) {
      char c = s.charAt(i);
      if (c == '至' || c == '到') return -1;
      // 减少为551万人, 下降为4.8%, 提高为5%, 人口增长为1280万人: 为 right after the verb gives the new
      // level, as 至 does. Counter-examples kept, the change: 增长为5.2% (a percentage after 增长 is
      // the growth rate), 分别为 (增长分别为8%和9%).
      if (c == '为' && i == hitEnd[best] && !(percent && hitKey[best].phrase().endsWith("增长"))) {
        return -1;
      }
      if (GAP.indexOf(c) < 0 && !Structure.isSpace(c) && c != '\n') return -1;
    }
    // 增加值 is a value added, not an increase: the verb must not be the head of a metric noun
    if (hitKey[best].phrase().startsWith("增加") && s.startsWith("增加值", hitStart[best])) {
      return -1;
    }
    return best;
  }

  /**
   * Whether the estimate word k was written before the period it estimates ended: a year before it
   * in the sentence and the figure's period after it ({@code 2020年市政府工作报告预计2023年…}, {@code
   * 据2021年发布的规划，预计2023年…}), or 将, 有望 or 力争 after it ({@code 预计2023年…将突破5000亿元}).
   * Such a forecast stays a plan (second read: they became facts).
   */
  private boolean oldForecast(int k, Draft d, int sentence) {
    int a = hitEnd[k];
    if (anyWordIn(a, d.start, FORECASTS)) return true;
    if (periodFound == null || periodFound.start() < a) return false;
    for (int p = firstPeriodEndingAfter(sentence); p < periods.size()
        && periods.get(p).end() <= hitStart[k]; p++) {
      Periods.Found f = periods.get(p);
      if (f.start() >= sentence && (f.year() != null || f.relativeYear() != null)) return true;
    }
    return false;
  }

  private static final List<String> FORECASTS = List.of("将", "有望", "力争");

  /**
   * The end of 兑 or 兑换 at p, the word of an exchange rate, or -1. Counter-examples: 兑付, 兑现, and
   * 兑换券 (100元兑换券 is a face value).
   */
  private int exchangeAfter(int p) {
    if (p >= s.length() || s.charAt(p) != '兑') return -1;
    if (s.startsWith("兑换", p)) return s.startsWith("兑换券", p) ? -1 : p + 2;
    return s.startsWith("兑付", p) || s.startsWith("兑现", p) ? -1 : p + 1;
  }

  /**
   * Plan words that estimate: of a period that has ended they say what happened. (A keyword
   * 初步预计 of its own would need adding here.)
   */
  private static final Set<String> ESTIMATES = Set.of("预计");

  /** Actual-status words that no plan word or goal year before them overrides: 已, 已经. */
  private static final java.util.Set<String> STRONG_ACTUAL = java.util.Set.of("已", "已经");
  private static final String GAP = "了达约近超过逾突破分别为";
  /** Characters that end the noun after a counted figure: particles and common verbs. */
  private static final String RIGHT_STOP = "的了和与及在对将为是等签订发放参加实现完成带动";
  private static final int RIGHT_MAX = 10;

  /**
   * The whole of a share: what stands between 占 and the figure ({@code 占全国的44%} → 全国), or between
   * 占 and 比重 ({@code 占全省经济比重达到55%} → 全省经济: the verb after 比重 is no whole); null for none.
   */
  private String shareWhole(int clause, int share, int figure) {
    if (hitKey[share].phrase().equals("比重")) {
      int k = occupies(clause, share);
      return k < 0 ? null : target(hitEnd[k], hitStart[share]); // 比重达到55%: no whole written
    }
    return target(hitEnd[share], figure);
  }

  /** The 占 before the 比重 of hit {@code share} in the clause ({@code 占全省比重}), or -1. */
  private int occupies(int clause, int share) {
    if (!hitKey[share].phrase().equals("比重")) return -1;
    for (int k = firstHitAtOrAfter(clause); k < hits && hitStart[k] < hitStart[share]; k++) {
      if (hitKey[k].role() == Role.SHARE && hitKey[k].phrase().startsWith("占")) return k;
    }
    return -1;
  }

  /** 占比, 比重, 占…的: the nearest share word in the clause; 占地 (land use) is not a share. */
  private int shareHit(int clause, int at) {
    int k = nearest(clause, at, Role.SHARE);
    if (k >= 0 && hitKey[k].phrase().equals("占") && hitEnd[k] < s.length()
        && s.charAt(hitEnd[k]) == '地') {
      return -1;
    }
    return k;
  }

  // ---------------------------------------------------------------- phrases

  /**
   * The noun phrase in [from, to): leading periods, places, punctuation and fillers (全省, 累计) and
   * trailing verbs and fillers (达到, 约, 同比增长) are stripped; "" if nothing of two or more
   * characters remains. At most {@value #METRIC_MAX} characters, the last ones, from a joiner in the
   * first few when the cut falls inside a word.
   */
  String phrase(int from, int to) {
    int a = Math.max(from, to - WINDOW);
    int b = to;
    boolean changed = true;
    while (changed && a < b) {
      changed = false;
      while (a < b && isJunk(s.charAt(a))) {
        a++;
        changed = true;
      }
      while (b > a && isJunk(s.charAt(b - 1))) {
        b--;
        changed = true;
      }
      int p = periodEndingAfterStartAt(a, b);
      if (p > a) {
        a = p;
        changed = true;
        continue; // a place before a filler: 海南藏族自治州共和县光伏项目 is not 共 + 和县…
      }
      int k = strippableAt(a, b, true);
      if (k > a) {
        a = k;
        changed = true;
      }
      k = strippableAt(a, b, false);
      if (k < b) {
        b = k;
        changed = true;
      }
      if (!changed && (k = innerPeriodEnd(a, b)) > a) {
        a = k;
        changed = true;
      }
      if (!changed && (k = innerStatusEnd(a, b)) > a) {
        a = k;
        changed = true;
      }
    }
    a = afterPlus(a, b, to);
    if (b - a < 2) return "";
    b = glossClosed(a, b);
    if (b - a > METRIC_MAX) {
      a = b - METRIC_MAX;
      // 推进改造或新建生鲜超市…: a cut inside a word goes on past the first joiner near it (review
      // 16: 于上市公司股东的…, 次下调存款准备金率…, the cut of 20 characters inside 归属 and 本次)
      // (的, 、 and 》 before 和 or 并, which may join within a word: 批发和零售业; not 以 or 对, which
      // begin words: 规模以上, 对外, second read)
      int limit = Math.min(a + CUT_SKIP, b - 2);
      int cut = cutAfter(a, limit, CUT_AFTER);
      if (cut < 0) cut = cutAfter(a, limit, CUT_AFTER_WEAK);
      if (cut > 0) a = cut;
    }
    return words(a, b);
  }

  /** Just after the first of {@code chars} in [from, limit), or -1. */
  private int cutAfter(int from, int limit, String chars) {
    for (int k = from; k < limit; k++) {
      if (chars.indexOf(s.charAt(k)) >= 0) return k + 1;
    }
    return -1;
  }

  /**
   * Where a budget's next term starts after 加上 ("plus") in the phrase [a, b), or {@code a}:
   * {@code 收入总量加上中央转移支付收入2345.6亿元} is the transfer, {@code 加上级补助收入} is 加 + 上级补助收入
   * (found after review 15: the metric was the whole sum). Only after 总量 or 收入, or at the
   * phrase's start. Counter-examples: {@code 增加上市公司3家}, {@code 叠加上涨} (加上 inside a word), and
   * a sum's total ({@code 税收收入加上非税收入共计120亿元}: 共计, 合计, 总计, 达到 or 累计 before {@code to},
   * the figure; second read).
   */
  private int afterPlus(int a, int b, int to) {
    for (int k = b - 3; k >= a; k--) {
      if (s.charAt(k) != '加' || s.charAt(k + 1) != '上') continue;
      if (k > a && !(s.charAt(k - 1) == '入' || (k - 2 >= a && s.startsWith("总量", k - 2)))) return a;
      char next = s.charAt(k + 2);
      if (next == '市' || next == '涨' || next == '升') return a;
      if (anyWordStartingIn(b, to, SUM_WORDS)) return a;
      return next == '级' ? k + 1 : k + 2;
    }
    return a;
  }

  /**
   * The end of the last period inside (a, b) with two or more characters after it, or a: the
   * subject before a period and the measure after it ({@code 贵州茅台2023年实现营业总收入} is 营业总收入,
   * {@code 该区1-5月规上工业增加值} 规上工业增加值; they kept the subject and the period).
   */
  private int innerPeriodEnd(int a, int b) {
    int end = a;
    for (int k = firstPeriodEndingAfter(a); k < periods.size() && periods.get(k).start() < b;
        k++) {
      Periods.Found f = periods.get(k);
      if (f.start() <= a || f.end() > b) continue;
      // 粮食产量是1978年和2000年的3倍, 比2022年、2023年: bases, and a period at the end, leave the
      // phrase as it is
      if (f.end() > b - 2 || comparedWith(k)) return a;
      end = dayAfter(f.end(), b);
    }
    return end;
  }

  /**
   * The end of the last plan or goal word inside [a, b) with two or more characters after it, or a:
   * {@code 项目预计实现年产值} is 年产值, {@code 达产后可实现年销售收入} 年销售收入 (review 19: the metric kept the
   * words of the status). The words of a metric keep theirs: 计划总投资, 年度计划投资 and 预期寿命 hold one
   * (a longer keyword covers it).
   */
  private int innerStatusEnd(int a, int b) {
    int end = a;
    for (int k = firstHitAtOrAfter(a + 1); k < hits && hitStart[k] < b; k++) {
      if (hitKey[k].role() != Role.STATUS || !projects(hitKey[k]) || hitEnd[k] > b - 2 || covered(k)) {
        continue;
      }
      end = Math.max(end, hitEnd[k]);
    }
    return end;
  }

  /**
   * Whether w projects what a project is to yield: 预计, the words of 后 (建成后, 达产后) and of 可 (可实现).
   * Not 计划, 拟 or 安排, whose words are the metric's (股权激励计划拟授予的股票数量, 省财政安排资金).
   */
  private static boolean projects(Keyword w) {
    return w.status() == Status.PLAN && (ESTIMATES.contains(w.phrase()) || w.phrase().endsWith("后")
        || w.phrase().startsWith("可"));
  }

  /** Whether a longer keyword than hit k covers it (计划 inside 计划总投资). */
  private boolean covered(int k) {
    for (int j = firstHitAtOrAfter(Math.max(0, hitStart[k] - NOUN_REACH)); j < hits
        && hitStart[j] <= hitStart[k]; j++) {
      if (j != k && hitEnd[j] >= hitEnd[k] && hitEnd[j] - hitStart[j] > hitEnd[k] - hitStart[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a period that ends in a month at {@code e}, the end of the day written after it ({@code
   * 2024年2月5日下调…}: the metric was 5日下调…, review 13) and of 起 after it ({@code 自…5日起}), if
   * that ends before {@code b}; else e.
   */
  private int dayAfter(int e, int b) {
    if (e < 1 || s.charAt(e - 1) != '月') return e;
    int k = Periods.dayEnd(s, e); // after 日 or 号, or e
    if (k == e || k > b) return e;
    // 自2024年2月5日起下调…: 起 ends the date too
    return k + 1 < b && s.charAt(k) == '起' ? k + 1 : k;
  }

  /**
   * {@code b}, or after the bracket that closes a gloss left open at the end of [a, b): {@code
   * 居民消费价格（CPI）上涨0.3%} has the metric 居民消费价格（CPI）, where the trailing bracket was stripped
   * as punctuation and left 居民消费价格（CPI.
   */
  private int glossClosed(int a, int b) {
    for (int k = b - 1; k >= a && k >= b - Structure.GLOSS_MAX - 1; k--) {
      char c = s.charAt(k);
      if (c == '）' || c == ')') return b;
      if (c == '（' || c == '(') return Structure.glossEnd(s, k, s.length()) == b + 1 ? b + 1 : b;
    }
    return b;
  }

  /**
   * What a comparison or share is relative to, verbatim between the word and the figure: {@code
   * 高于全省规上工业11.2个百分点} → 全省规上工业, {@code 占全国…总产值的44%} → 全国…总产值; null if empty.
   */
  private String target(int from, int to) {
    int a = from;
    int b = to;
    while (a < b && isJunk(s.charAt(a))) a++;
    while (b > a && (isJunk(s.charAt(b - 1)) || s.charAt(b - 1) == '的'
        || GAP.indexOf(s.charAt(b - 1)) >= 0)) {
      b--;
    }
    if (b - a < 1 || b - a > METRIC_MAX) return null;
    return words(a, b);
  }

  /**
   * The text of [a, b) without its line breaks, the same string for the same words: the figures
   * of one metric (a paragraph's 地区生产总值, each repeat of it) share one string, not a copy each.
   */
  private String words(int a, int b) {
    int h = 0; // String.hashCode of the result
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c != '\n') h = 31 * h + c;
    }
    if (wordTable == null) wordTable = new String[8];
    int mask = wordTable.length - 1;
    int k = h & mask;
    for (String t = wordTable[k]; t != null; t = wordTable[k = (k + 1) & mask]) {
      if (t.hashCode() == h && sameWords(t, a, b)) return t;
    }
    String t = s.substring(a, b).replace("\n", "");
    if (words < WORDS_MAX) {
      wordTable[k] = t;
      if (2 * ++words > wordTable.length) growWords();
    }
    return t;
  }

  /** Whether {@code t} is [a, b) of the text without its line breaks. */
  private boolean sameWords(String t, int a, int b) {
    int j = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == '\n') continue;
      if (j == t.length() || t.charAt(j++) != c) return false;
    }
    return j == t.length();
  }

  private void growWords() {
    String[] old = wordTable;
    wordTable = new String[2 * old.length];
    int mask = wordTable.length - 1;
    for (String t : old) {
      if (t == null) continue;
      int k = t.hashCode() & mask;
      while (wordTable[k] != null) k = (k + 1) & mask;
      wordTable[k] = t;
    }
  }

  /** The strings {@link #words} made, by hash (open addressing), or null before the first. */
  private String[] wordTable;
  private int words;
  /** How many strings the table keeps at most: bounded memory on a text of all-new words. */
  static final int WORDS_MAX = 1 << 12;

  private static boolean isJunk(char c) {
    return Structure.isSpace(c) || c == '\n' || c == '●' || c == '、' || c == '“' || c == '”'
        || c == '"' || c == '，' || c == '：' || c == '（' || c == '）' || c == '《' || c == '》'
        || c == '(' || c == ')' || c == '，' || c == ',' || c == '□';
  }

  /**
   * A period starting at a and ending inside [a, b]: its end, or a; with the joiner after it when
   * another period follows (去年和今年上半年分别完成投资 is 完成投资, not 和今年上半年分别完成投资).
   */
  private int periodEndingAfterStartAt(int a, int b) {
    for (int k = firstPeriodEndingAfter(a); k < periods.size() && periods.get(k).start() <= a;
        k++) {
      Periods.Found f = periods.get(k);
      // (or at the quote before a: “十三五”期间)
      if ((f.start() == a || (f.start() == a - 1 && isJunk(s.charAt(a - 1)))) && f.end() <= b) {
        boolean more = k + 1 < periods.size() && periods.get(k + 1).end() <= b
            && periodsListed(k, k + 1);
        return more ? f.end() + 1 : dayAfter(f.end(), b);
      }
    }
    // a place at a
    int pk = firstPlaceAtOrAfter(a);
    if (pk < places.size() && places.get(pk).start() == a && places.get(pk).end() <= b) {
      int e = places.get(pk).end();
      // 天津港货物吞吐量, 宁波舟山港完成货物吞吐量: the port named by its place goes with it (the
      // metric was 港货物吞吐量), before a port's measure only. Counter-examples, words of 港: 宁波港口,
      // 上海港务集团, 宁波港航企业, 连云港港城建设, 深圳港资企业.
      if (e + 3 <= b && s.charAt(e) == '港' && portMeasureAt(e + 1)) e++;
      return e;
    }
    return a;
  }

  /** Whether a port's measure starts at {@code p}: 货物, 集装箱, 吞吐, 旅客, 外贸, 完成. */
  private boolean portMeasureAt(int p) {
    for (String w : PORT_MEASURES) if (s.startsWith(w, p)) return true;
    return false;
  }

  private static final List<String> PORT_MEASURES = List.of("货物", "集装箱", "吞吐", "旅客", "外贸",
      "完成");

  /**
   * If {@code front}, the end of the longest strippable word starting at a within [a,b], else the
   * start of the longest strippable word ending at b; a or b when there is none. Strippable: a
   * filler, status, direction, base or scope word.
   */
  private int strippableAt(int a, int b, boolean front) {
    int best = front ? a : b;
    // a metric word at the edge protects the words inside it: 完成投资 keeps 完成, 增收 keeps 增
    int kept = front ? a : b;
    int from = front ? a : Math.max(a, b - 8);
    assert b <= scanned : "a lookup to " + b + " past the hits scanned to " + scanned;
    for (int k = firstHitAtOrAfter(from); k < hits && hitStart[k] < b; k++) {
      if (hitEnd[k] > b) continue;
      boolean edge = front ? hitStart[k] == a : hitEnd[k] == b && hitStart[k] >= a;
      if (!edge) continue;
      if (names(hitKey[k].role())) {
        kept = front ? Math.max(kept, hitEnd[k]) : Math.min(kept, hitStart[k]);
      } else if (strippable(hitKey[k].role())) {
        best = front ? Math.max(best, hitEnd[k]) : Math.min(best, hitStart[k]);
      }
    }
    if (front) return best > kept ? best : a;
    return best < kept ? best : b;
  }

  /** Roles of words that name what is measured and are never stripped from a metric. */
  private static boolean names(Role r) {
    return r == Role.TYPE || r == Role.GROWTH || r == Role.NOUN;
  }

  private static boolean strippable(Role r) {
    return r == Role.FILLER || r == Role.STATUS || r == Role.UP || r == Role.DOWN
        || r == Role.BASE || r == Role.SCOPE || r == Role.ABOVE || r == Role.BELOW
        || r == Role.SUPPORT;
  }

  /**
   * The noun after a counted figure, up to the end of its clause, 的, 和 or 、 ({@code
   * 108个混改项目}); "" when punctuation or a verb-like continuation follows.
   */
  private String rightNoun(int end) {
    int b = end;
    int limit = Math.min(s.length(), end + RIGHT_MAX);
    assert limit <= scanned : "a lookup to " + limit + " past the hits scanned to " + scanned;
    int k = firstHitAtOrAfter(end);
    while (b < limit) {
      char c = s.charAt(b);
      if (!Character.isIdeographic(c) || RIGHT_STOP.indexOf(c) >= 0) break;
      // a verb or another keyword ends the noun: 8.5万户民营企业|发放融资 (融资 is a keyword)
      while (k < hits && hitStart[k] < b) k++;
      boolean stop = false;
      boolean verb = false;
      boolean noun = false;
      for (int j = k; j < hits && hitStart[j] == b; j++) {
        Role r = hitKey[j].role();
        if (b > end && r != Role.THRESHOLD) stop = true;
        verb |= r == Role.UP || r == Role.DOWN;
        noun |= r == Role.NOUN;
      }
      // 员工人数从10人减少为6人: a verb right after the figure says what it did, it names nothing
      // (second read: the metric was 减少); 降水量 after it would be a noun
      if (stop || (b == end && verb && !noun)) break;
      b++;
    }
    if (b - end < 2) return "";
    return words(end, b);
  }

  // ---------------------------------------------------------------- status, period, place

  private Status status(Draft d, int sentence) {
    // threshold: 5000万元以上项目, 亿元以上的企业: a bound followed by the class it bounds
    // (not a count: 有超过千家企业参与 is more than a thousand firms)
    if (isBound(d.q.qualifier()) && d.q.unit().dimension() != Dimension.COUNT
        && (thresholdAt(d.end) || classAfter(d.end))) {
      return Status.THRESHOLD;
    }
    // 1亿元以上、2亿元以下的项目, 总投资5亿至8亿元的项目: a range before the class it bounds
    if (d.q.value() == null && d.q.qualifier() == Qualifier.EXACT
        && d.q.unit().dimension() != Dimension.COUNT && thresholdAt(d.end)) {
      return Status.THRESHOLD;
    }
    // 拟每10股派发现金红利3.5元，以截至2023年12月31日的总股本12.8亿股计算: the basis of a computation
    // is a fact, whatever the plan around it (review 16: PLAN)
    if (s.startsWith("计算", d.end) && basisOpens(d)) return Status.ACTUAL;
    int from = Math.max(sentence, d.start - STATUS_WINDOW);
    Status st = ownStatus(d, from);
    if (st != null && st != Status.ACTUAL) return st;
    // 主要预期目标是：…增长5.5%左右，…完成投资1.2万亿元; 2025年目标：…；居民收入增长7%: a list under
    // a header of targets or plans, up to its 。. Counter-example: 已完成投资30亿元 (已, 已经) in the
    // list is still a fact.
    if (d.start >= headerFrom && d.start < headerUntil && !strongActual) return headerStatus;
    if (st == null || (st == Status.ACTUAL && !strongActual)) {
      Status above = headerAbove(d.start);
      if (above != null) {
        d.underHeader = true;
        return above;
      }
    }
    return Status.ACTUAL;
  }

  /** Whether 以 or 按 opens d's clause, the basis of a computation ({@code 以…总股本12.8亿股计算}). */
  private boolean basisOpens(Draft d) {
    int a = skipSpace(d.clauseStart);
    return a < d.start && (s.charAt(a) == '以' || s.charAt(a) == '按');
  }

  /**
   * The status of a header of goals standing in a paragraph of its own above the one at {@code at},
   * over list items that end in ；, or null: {@code 今年主要预期目标是：\n\n地区生产总值增长6%左右；\n\n
   * 城镇调查失业率控制在5.5%以内。} (review 16: the items were facts, where on one line they are
   * goals). A header ends in ： and names 目标 or 任务 (a target) or 计划 (a plan), or is a short line
   * ending in one of them ({@code 2024年主要目标}). Counter-examples: {@code 主要指标完成情况如下：}
   * (no goal), {@code 全年目标任务完成情况如下：} (a report), an item ending in 。 between (the list
   * has ended).
   */
  private Status headerAbove(int at) {
    int para = structure.paragraphStart(at);
    if (para == headerAboveOf) return headerAboveStatus; // (one walk per paragraph, not per figure)
    headerAboveOf = para;
    headerAboveStatus = headerAboveWalk(para);
    return headerAboveStatus;
  }

  /** The paragraph {@link #headerAbove} last read, and what it found. */
  private int headerAboveOf = -1;
  private Status headerAboveStatus;

  private Status headerAboveWalk(int para) {
    for (int hops = 0; hops < HEADING_HOPS && para > 0; hops++) {
      int prev = paragraphBefore(para);
      int end = para;
      while (end > prev && (s.charAt(end - 1) == '\n' || Structure.isSpace(s.charAt(end - 1)))) end--;
      if (end <= prev) return null;
      char last = s.charAt(end - 1);
      if (last == '：' || last == ':') {
        return end - prev <= HEADER_LINE_MAX ? goalHeader(prev, end - 1) : null;
      }
      if (end - prev <= SHORT_HEADER_MAX && hops == 0) {
        Status st = goalHeader(prev, end);
        if (st != null && (s.startsWith("目标", end - 2) || s.startsWith("任务", end - 2)
            || s.startsWith("计划", end - 2))) {
          return st;
        }
      }
      if (last != '；' && last != ';') return null;
      para = prev;
    }
    return null;
  }

  /**
   * The status a header in [from, to) names: 目标, 任务 a target; 计划 a plan; else null, also for
   * a report on them ({@code 全年目标任务完成情况如下：}, {@code 计划执行情况：}).
   */
  private Status goalHeader(int from, int to) {
    // 围绕全年目标任务，上半年主要工作如下：, 对照年度目标任务…进展如下：, 目标任务落实取得实效：: results
    // told against the goals (second read: they became targets)
    if (!endsWithAny(from, to, HEADER_ENDS) || anyWordIn(from, to, REPORT_HEADERS)) return null;
    for (int i = from; i + 1 < to; i++) {
      if (s.startsWith("目标", i) || s.startsWith("任务", i)) return Status.TARGET;
      if (s.startsWith("计划", i)) return Status.PLAN;
    }
    return null;
  }

  /** Words of a header that reports on goals rather than sets them ({@link #goalHeader}). */
  private static final List<String> REPORT_HEADERS = List.of("情况", "完成", "执行", "回顾", "围绕",
      "对照", "对标", "紧盯", "实现", "落实", "进展", "表现", "工作", "过去", "取得");

  /** How a header of goals ends, before its colon: 主要预期目标是, 计划安排如下. */
  private static final List<String> HEADER_ENDS = List.of("目标", "目标是", "目标为", "任务", "任务是",
      "任务为", "计划", "计划是", "计划为", "如下");

  /** The longest header of goals {@link #headerAbove} reads, and its short form with no colon. */
  private static final int HEADER_LINE_MAX = 40;
  private static final int SHORT_HEADER_MAX = 16;

  /**
   * Whether status word j is 争取 with the source of money or projects after it: {@code
   * 2023年，全县争取上级资金36.8亿元}, {@code 全年共争取转移支付资金186.3亿元} say what was got, as 争取到
   * does; it decides no status, and a plan or goal word before it still does ({@code
   * 计划争取中央资金50亿元}). Counter-examples, goals: {@code 争取全年GDP增长6%}, {@code 争取实现…}, and
   * a bound to reach ({@code 争取中央预算内投资15亿元以上}).
   */
  private boolean obtains(int j, Draft d) {
    if (!hitKey[j].phrase().equals("争取") || isBound(d.q.qualifier())) return false;
    int e = hitEnd[j];
    int b = hitStart[j];
    // 共争取, 累计争取, 已争取, 争取…共: a sum of what was got; else a past year before it must say so
    boolean summed = b > 0 && "共已计".indexOf(s.charAt(b - 1)) >= 0;
    if (s.startsWith("共", e)) {
      e++;
      summed = true;
    } else if (s.startsWith("累计", e)) {
      e += 2;
      summed = true;
    }
    boolean source = false;
    for (String w : SOURCES) {
      if (s.startsWith(w, e)) {
        source = true;
        break;
      }
    }
    int from = Math.max(structure.paragraphStart(b), b - STATUS_WINDOW);
    return source && (summed || pastBefore(from, b));
  }

  /**
   * Whether status word j decides no status for figure d: 争取 money got ({@link #obtains}), or a
   * word of keeping a figure within bounds ({@code 控制在}, {@code 稳定在}, {@code 保持在}) or of
   * allotting it ({@code 安排}) with no period of this year or later before it. {@code 今年，城镇调查
   * 失业率控制在5.5%左右} is a goal and {@code 今年安排重点项目投资230亿元} a plan, but {@code 2023年，全市
   * 城镇登记失业率控制在3.2%以内} is what was kept to, {@code 去年安排资金5亿元} what was allotted, and so
   * is either with no period, or with a period since (今年以来).
   */
  private boolean decidesNothing(int j, Draft d) {
    if (obtains(j, d) || pastSpanOf(j) || goalOfPart(j, d) || budgetCompared(j, d)) return true;
    // 拟每股派发现金红利0.35元，共计派发现金红利3.15亿元: 共计 sums the figures before it, whatever
    // their status (review 16: the proposed total was a fact)
    if (hitKey[j].phrase().equals("共") && s.startsWith("共计", hitStart[j])) return true;
    if (!ONLY_AHEAD.contains(hitKey[j].phrase())) return false;
    int b = hitStart[j];
    return tenseBefore(Math.max(structure.paragraphStart(b), b - STATUS_WINDOW), b) <= 0;
  }

  /**
   * Whether budget word j is what a figure is compared with: {@code 比年初预算短收45亿元}, {@code
   * 超年初预算12亿元}, {@code 较预算数增加}, {@code 为调整预算的96.8%，增长4.1%} (review 15: PLAN). The
   * figure is a fact against the budget. Counter-example: {@code 年初预算为3150亿元} (the budget's own
   * figure).
   */
  private boolean budgetCompared(int j, Draft d) {
    int b = hitStart[j];
    if (!hitKey[j].phrase().contains("预算")) return false;
    if (hitEnd[j] < s.length() && s.charAt(hitEnd[j]) == '的') return true;
    // a budget names only its own figure, right after it: 年初预算为200亿元，…，执行数为212亿元 (212亿元
    // is done), 以零基预算为抓手，…压减支出3.2亿元 (no budget's figure: second read)
    int e = hitEnd[j];
    if (e < d.start && s.charAt(e) == '数') e++;
    if (e < d.start && s.charAt(e) == '为') e++;
    if (e < d.start && (s.charAt(e) == '约' || s.charAt(e) == '达')) e++;
    if (e != d.start) {
      // …收入预算为186亿元，增长5%: the budget's own growth, in the clause right after its figure
      int c = skipSpace(d.clauseStart);
      boolean growth = d.q.unit().dimension() == Dimension.PERCENT && c > 0
          && (s.startsWith("增长", c) || s.startsWith("下降", c))
          && b >= structure.clauseStart(c - 1);
      return !growth;
    }
    return (b >= 1 && (s.charAt(b - 1) == '比' || s.charAt(b - 1) == '较')) || beyondAt(b) >= 0;
  }

  /**
   * Where the word before {@code b} that sets a figure above or below what follows starts: 超, 超过,
   * 超出, 高于, 多于, 低于, 少于 ({@code 超年初预算}, {@code 低于调整预算}); or -1.
   */
  private int beyondAt(int b) {
    if (b >= 2 && (s.startsWith("超过", b - 2) || s.startsWith("超出", b - 2)
        || s.startsWith("高于", b - 2) || s.startsWith("多于", b - 2) || s.startsWith("低于", b - 2)
        || s.startsWith("少于", b - 2))) {
      return b - 2;
    }
    return b >= 1 && s.charAt(b - 1) == '超' ? b - 1 : -1;
  }

  /**
   * Where the budget a money figure right after it exceeds or falls short of starts, or -1: {@code
   * 超年初预算12亿元}, {@code 超过调整预算3.6亿元}, {@code 低于年初预算10亿元} (review 15: a level of
   * revenue, added to the totals). The figure is the difference, a change against that budget.
   */
  private int overBudget(int at) {
    int p = at;
    if (p >= 1 && s.charAt(p - 1) == '数') p--; // 超预算数12亿元
    if (p < 2 || !s.startsWith("预算", p - 2)) return -1;
    p -= 2;
    int budget = p;
    if (p >= 2 && (s.startsWith("年初", p - 2) || s.startsWith("调整", p - 2))) budget = p - 2;
    return beyondAt(budget) >= 0 ? budget : -1;
  }

  /** Whether the budget at {@code budget} is one a figure falls short of: 低于年初预算10亿元. */
  private boolean underBudget(int budget) {
    int w = beyondAt(budget);
    return w >= 0 && (s.charAt(w) == '低' || s.charAt(w) == '少');
  }

  /**
   * Whether status word j names a plan whose time so far follows: {@code 三年行动计划实施以来}, {@code
   * 规划纲要实施以来} (review 13: the figures were PLAN). The plan has been carried out; what was done
   * since is a fact. Counter-example: {@code 计划实施项目50个} (no 以来).
   */
  private boolean pastSpanOf(int j) {
    for (int p = hitEnd[j]; p < Math.min(s.length() - 1, hitEnd[j] + PAST_SPAN_MAX); p++) {
      if (s.charAt(p) == '以' && s.charAt(p + 1) == '来') return p > hitEnd[j];
      if (!Structure.isHan(s.charAt(p))) return false;
    }
    return false;
  }

  /** The longest words {@link #pastSpanOf} reads between a plan and 以来: 纲要实施. */
  private static final int PAST_SPAN_MAX = 6;

  /**
   * Whether status word j names the goal a percentage after 完成 or 达 is a part of: {@code
   * 上半年完成年度计划投资的58.6%} is done, as {@code 完成年度目标任务的58.6%} is (review 13: PLAN).
   * Counter-example: {@code 完成年度计划投资50亿元} is no part (the plan's figure).
   */
  private boolean goalOfPart(int j, Draft d) {
    if (d.q.unit().dimension() != Dimension.PERCENT || d.start < 1 || s.charAt(d.start - 1) != '的') {
      return false;
    }
    // the verb before the goal's words (计划 lies inside 年度计划投资)
    int b = hitStart[j];
    int stop = Math.max(0, b - GOAL_WORDS_MAX);
    while (b > stop && !s.startsWith("完成", b - 2) && !s.startsWith("达", b - 1)
        && Structure.isHan(s.charAt(b - 1))) {
      b--;
    }
    if (!s.startsWith("完成", b - 2) && !s.startsWith("达", b - 1)) return false;
    for (int p = hitEnd[j]; p < d.start - 1; p++) {
      if (!Structure.isHan(s.charAt(p))) return false;
    }
    return d.start - 1 - hitEnd[j] <= PAST_SPAN_MAX;
  }

  /** How many characters of the goal's name {@link #goalOfPart} reads before its status word: 年度. */
  private static final int GOAL_WORDS_MAX = 4;

  /** Share words that name the measure and belong to the metric: 市场占有率, 市场份额. */
  private static final Set<String> NAMED_SHARES = Set.of("占有率", "市场份额");

  /** The status words of {@link #decidesNothing} that decide only under this year or a later. */
  private static final Set<String> ONLY_AHEAD = Set.of("控制在", "稳定在", "保持在", "安排");

  /**
   * Whether the last period in [from, to) that is no base of a comparison ends before the
   * document's year: {@code 2023年，}, {@code 去年，}, {@code 过去一年，} in a text of 2024 (and not
   * {@code 去年…。今年，}).
   */
  private boolean pastBefore(int from, int to) {
    return tenseBefore(from, to) < 0;
  }

  /**
   * Where the last period in [from, to) that is no base of a comparison ends: −1 before the
   * document's year ({@code 2023年}, {@code 去年} in a text of 2024), 1 in it or later ({@code 今年},
   * {@code 明年}, {@code 到2025年}), 0 for none, a period since ({@code 今年以来}) or a year that no date
   * places.
   */
  private int tenseBefore(int from, int to) {
    Periods.Found last = null;
    for (int p = firstPeriodEndingAfter(from); p < periods.size() && periods.get(p).end() <= to;
        p++) {
      if (periods.get(p).start() >= from && !comparedWith(p)) last = periods.get(p);
    }
    if (last == null || last.since()) return 0;
    Integer year = null; // relative to the document's
    if (last.endRelativeYear() != null) year = last.endRelativeYear();
    else if (last.endYear() != null) year = date == null ? null : last.endYear() - date.getYear();
    else if (last.year() != null) year = date == null ? null : last.year() - date.getYear();
    else if (last.relativeYear() != null) year = last.relativeYear();
    return year == null ? 0 : year < 0 ? -1 : 1;
  }

  /** What money or projects 争取 gets from: 上级资金, 中央预算内投资, 专项债券 … */
  private static final List<String> SOURCES = List.of("上级", "中央", "省级", "省以上", "国家", "资金",
      "专项", "地方政府", "转移支付", "各类", "政策性", "债券", "国债", "超长期", "无偿", "项目");

  /**
   * Whether status word j names the whole of the figure at {@code at}, right before it with 的:
   * {@code 完成年度计划的45.4%}, {@code 占年度计划的53.6%}, {@code 完成全年目标的61.5%} measure progress
   * against a plan or goal, and are facts.
   */
  private boolean wholeBefore(int j, int at) {
    int e = hitEnd[j];
    if (s.startsWith("任务", e)) e += 2; // 年度目标任务的
    return e + 1 == at && s.charAt(e) == '的';
  }

  /**
   * Whether 的 and a noun of a class follow {@code p}: {@code 营收超过百亿元的龙头企业达到30家},
   * {@code 超过千亿元的产业集群}, {@code 收入超过万元的县}, {@code 超过千万元的合同}. Counter-example, a
   * figure: {@code 带动超过100亿元的投资} (投资 is no class).
   */
  private boolean classAfter(int p) {
    if (p >= s.length() || s.charAt(p) != '的') return false;
    for (int k = p + 1; k < s.length() && k - p <= CLASS_REACH; k++) {
      if (!Character.isIdeographic(s.charAt(k))) return false;
      for (String w : CLASS_NOUNS) if (s.startsWith(w, k)) return true;
    }
    return false;
  }

  /** Nouns of the classes a bound describes (超过亿元的企业), read up to CLASS_REACH after 的. */
  private static final List<String> CLASS_NOUNS =
      List.of("企业", "项目", "集群", "县", "乡镇", "景区", "合同", "园区", "城市", "农户", "家庭");
  private static final int CLASS_REACH = 8;

  /**
   * Whether bound {@code d} is a floor held for years: {@code 粮食总产量13908亿斤，连续9年稳定在1.3万亿斤以上},
   * {@code 连续多年保持在…以上} after the level itself (review 15: a second ACTUAL level, added to the
   * first). Counter-examples: {@code 稳定在1.3万亿斤以上} without 连续 (a goal or this year's level, left
   * to the status words); {@code GDP增速连续三个季度保持在6%以上} with no level before it (the fact).
   */
  private boolean keptAbove(Draft d) {
    int p = d.start;
    if (p < 3 || !(s.startsWith("稳定在", p - 3) || s.startsWith("保持在", p - 3))) return false;
    // the clause opens with 连续: its measure is the level's before it, not written again
    int c = p - 3;
    while (c > d.sentenceStart && c > p - 3 - KEPT_REACH && !Structure.isClauseEnd(s.charAt(c - 1))) c--;
    return c > d.sentenceStart && Structure.isClauseEnd(s.charAt(c - 1)) && s.startsWith("连续", c);
  }

  /** How far before 稳定在 {@link #keptAbove} looks for 连续: 连续9年, 连续多年. */
  private static final int KEPT_REACH = 6;

  private static boolean isBound(Qualifier q) {
    return q != Qualifier.EXACT && q != Qualifier.APPROX;
  }

  /** Whether a threshold noun starts at {@code p} (企业, 的项目: the class a bound bounds). */
  private boolean thresholdAt(int p) {
    if (p >= s.length()) return false;
    assert p < scanned : "a lookup at " + p + " past the hits scanned to " + scanned;
    for (int k = firstHitAtOrAfter(p); k < hits && hitStart[k] == p; k++) {
      if (hitKey[k].role() == Role.THRESHOLD) return true;
    }
    return false;
  }

  /**
   * Makes the list that ends with the last draft thresholds when its first figure is a bound:
   * {@code 对年主营业务收入首次突破1亿元、5亿元、10亿元的企业，分别给予…奖励} states three levels of a
   * class, no one's revenue. Counter-example, figures: {@code 分别完成投资800亿元、600亿元的项目}
   * (800亿元 is exact: the projects' own investment).
   */
  private static void boundList(List<Draft> drafts) {
    int first = drafts.size() - 1;
    while (first > 0 && drafts.get(first).listed) first--;
    if (!isBound(drafts.get(first).q.qualifier())) return;
    for (int k = first; k < drafts.size(); k++) drafts.get(k).status = Status.THRESHOLD;
  }

  /** A header of targets or plans (目标是：): its status, and the stretch of text it governs. */
  private Status headerStatus;
  private int headerFrom = -1;
  private int headerUntil = -1;
  /** Whether the last {@link #ownStatus} was decided by 已 or 已经. */
  private boolean strongActual;

  /** The status word that decided the last {@link #ownStatus}, or -1. */
  private int deciding = -1;

  /** How far a header of targets or plans governs the figures after it, at most. */
  static final int HEADER_REACH = 400;

  /**
   * The status the figure's own sentence gives it; null for none (no status word, no goal year).
   * When the deciding word heads a list ({@code 目标：}, {@code 目标是：}), the list is remembered
   * for the figures after it.
   */
  private Status ownStatus(Draft d, int from) {
    strongActual = false;
    deciding = -1;
    int k = -1;
    for (int j = firstHitAtOrAfter(from); j < hits && hitStart[j] < d.start; j++) {
      if (hitKey[j].role() == Role.STATUS && hitEnd[j] <= d.start && !insideNoun(j)
          && !insideTitle(hitStart[j]) && !wholeBefore(j, d.start) && !decidesNothing(j, d)
          && (k < 0 || hitEnd[j] > hitEnd[k] || (hitEnd[j] == hitEnd[k] && hitStart[j] < hitStart[k]))) {
        k = j;
      }
    }
    int goal = -1; // 到2025年: a target year before the figure in its sentence
    for (int p = firstPeriodEndingAfter(from); p < periods.size()
        && periods.get(p).end() <= d.start; p++) {
      if (periods.get(p).target() && periods.get(p).start() >= from) goal = periods.get(p).end();
    }
    // 到2025年，全省数字经济规模将突破3万亿元: 将 is the goal year's future, no plan of its own
    if (goal >= 0 && (k < 0 || goal >= hitEnd[k]
        || hitKey[k].status() == Status.PLAN && hitKey[k].phrase().startsWith("将"))) {
      return reportedSince(goal, d.start, d) ? null : Status.TARGET;
    }
    if (k < 0) return null;
    Status st = hitKey[k].status();
    deciding = k;
    int head = -1; // the status word of a header before the clause that decided, if one did
    strongActual = STRONG_ACTUAL.contains(hitKey[k].phrase());
    if (st == Status.ACTUAL && !STRONG_ACTUAL.contains(hitKey[k].phrase()) && goal >= 0) {
      return Status.TARGET; // 到2019年6月份实现…精简四分之一
    }
    if (st == Status.ACTUAL && !STRONG_ACTUAL.contains(hitKey[k].phrase())) {
      // 计划完成投资800亿元, 力争全年实现营业收入100亿元: 完成 and 实现 say what, not whether;
      // an earlier plan or goal word in the clause decides, or one that heads a list before it
      // (今年目标：完成投资100亿元)
      // The clause of k, when k stands in an earlier clause than the figure's: 力争全年实现地区生产
      // 总值增长6%，规模以上工业增加值增长6.5% (实现 is governed by 力争, and so is the list after it).
      // (确保完成全年目标任务，5月份…增长7.1%: the month's clause reports, see reportedSince)
      int clause = Math.max(Math.min(d.clauseStart, structure.clauseStart(hitStart[k])), from);
      boolean inClause = false; // a plan or goal word in the clause itself
      int strongAt = -1; // where the last 已 or 已经 before k starts
      for (int j = firstHitAtOrAfter(from); j < hits && hitStart[j] < hitStart[k]; j++) {
        boolean header = hitStart[j] < clause;
        Keyword w = hitKey[j];
        // 力争全年GDP增长6%，完成投资1.2万亿元: a goal word whose own figure is a target governs
        // the clauses after it too, up to a reporting period (reportedSince). Not a plan word:
        // 计划投资1000亿元，完成投资600亿元 is often the progress made.
        // 将 and a verb says what is to be done for the clauses after it too: 全市将新开工保障性租赁
        // 住房1.5万套，完成城中村改造项目12个
        // and so does a plan word of what follows completion, a clause with no figure of its own:
        // 项目建成后，年实现产值5亿元 (review 19)
        boolean carried = header && w.role() == Role.STATUS
            && (w.status() == Status.TARGET || w.status() == Status.PLAN && (w.phrase().startsWith("将")
                || w.phrase().endsWith("后")))
            && !insideNoun(j) && !decidesNothing(j, d)
            && (w.phrase().endsWith("后") || statusAfter(hitEnd[j], d.start, w.status()));
        if (header && !headsList(hitEnd[j]) && !carried) continue;
        if (w.role() == Role.STATUS && STRONG_ACTUAL.contains(w.phrase())) {
          strongActual = true;
          strongAt = hitStart[j];
        }
        if (w.role() == Role.STATUS && w.status() != Status.ACTUAL && !insideNoun(j)
            && !insideTitle(hitStart[j]) && !wholeBefore(j, d.start) && !decidesNothing(j, d)) {
          st = w.status();
          deciding = j;
          if (header) head = j;
          else inClause = true;
        }
      }
      // 目标是：增长6%，已完成投资30亿元: 已 in the clause outweighs the header, and 已 after the plan
      // word in it (项目建成后已实现产值5亿元: 建成后 says when, 已 that it has happened)
      if (strongActual && (!inClause || strongAt > hitStart[deciding])) st = Status.ACTUAL;
    }
    if (head < 0) head = k;
    if (st != Status.ACTUAL && !headsList(hitEnd[head])
        && (reportedSince(hitEnd[head], d.start, d) || actualAfter(hitEnd[head], d))) {
      return null;
    }
    if (st != Status.ACTUAL && headsList(hitEnd[head])) {
      int colon = hitEnd[head];
      if (s.charAt(colon) != '：' && s.charAt(colon) != ':') colon++; // 目标是：
      headerStatus = st;
      headerFrom = colon + 1;
      int limit = Math.min(structure.paragraphEnd(d.start),
          Math.min(s.length(), colon + HEADER_REACH));
      headerUntil = limit;
      for (int i = colon + 1; i < limit; i++) {
        if (s.charAt(i) == '。' || s.charAt(i) == '！' || s.charAt(i) == '？') {
          headerUntil = i;
          break;
        }
      }
    }
    return st;
  }

  /**
   * Whether the figure at {@code at}, in a later clause than the status word (or goal year) that
   * ends at {@code anchor}, reports what happened rather than the goal: {@code 经济增长预期目标为5%，
   * 一季度增长5.3%}, {@code 力争全年增长5%，前5个月进出口总值1200亿元}, {@code 力争…，上月实现营业收入8亿元}.
   * The figure must be exact, and its own period (the last one after the status word's clause)
   * must be to date ({@link #toDate}), or, with no period there, a clause between must open with a
   * word of now ({@link #NOW_WORDS}). Counter-examples, still goals: {@code 计划今年上半年完成投资500亿元}
   * (one clause), {@code 力争到2025年达到1万亿元，2030年达到1.5万亿元} (2030年 is no report), {@code
   * 确保全年增长6%，一季度增长5%以上} (a bound), {@code 力争…，上半年增长6.5%以上，全年增长7%} (全年 is the 7%'s
   * own period). A header of a list ({@code 目标是：}) never gets here.
   */
  private boolean reportedSince(int anchor, int at, Draft d) {
    // 确保全年增长6%，一季度增长5%以上: a milestone of the goal, bounded or approximate, is a goal
    if (d.q.qualifier() != Qualifier.EXACT) return false;
    // the figure's own period: the last one before it after the status word (力争…，上半年增长6.5%以上，
    // 全年增长7%: the 7% is 全年's, no report)
    int next = structure.clauseEnd(anchor); // the clauses after the status word's own
    if (next >= at) return false;
    int own = -1;
    for (int p = firstPeriodEndingAfter(next); p < periods.size()
        && periods.get(p).end() <= at; p++) {
      if (periods.get(p).start() >= next && !comparedWith(p)) own = p;
    }
    if (own >= 0) return toDate(periods.get(own));
    // 力争全年营收增长10%，上月实现营业收入8亿元: a clause that opens with a word of now
    for (int c = d.clauseStart; c >= next; c = structure.clauseStart(c - 1)) {
      int a = skipSpace(c);
      for (String w : NOW_WORDS) {
        if (s.startsWith(w, a)) return true;
      }
      if (c == 0) break;
    }
    return false;
  }

  /** Words that open a clause of what is so now or was last month: see {@link #reportedSince}. */
  private static final List<String> NOW_WORDS =
      List.of("目前", "当前", "现有", "上月", "本月", "当月", "上个月");

  /**
   * Whether the figure's clause, after the status word ending at {@code anchor}, says 实际 before
   * its verb: {@code 今年目标增长6%，实际增长5.8%}. Counter-example: {@code 力争实际使用外资增长10%}
   * (in the goal's own clause).
   */
  private boolean actualAfter(int anchor, Draft d) {
    // 预期增长7%，实际增长5%左右: real growth as part of the goal, approximate as goals are
    if (anchor > d.clauseStart || d.q.qualifier() != Qualifier.EXACT) return false;
    for (int i = d.clauseStart; i + 2 < d.start; i++) {
      if (s.charAt(i) == '实' && s.charAt(i + 1) == '际' && ACTUAL_VERB.indexOf(s.charAt(i + 2)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first characters of the verbs 实际 stands before as a fact: 实际增长, 实际完成, 实际下降 …
   * (not 到: 实际到位资金 is a noun).
   */
  private static final String ACTUAL_VERB = "增完下减降为达";

  /**
   * Whether the last figure typed in [from, to) has the status {@code st}: the figure a goal or
   * plan word governs in its own clause, before the clauses that {@link #ownStatus} carries it over.
   */
  private boolean statusAfter(int from, int to, Status st) {
    for (int k = done.size() - 1; k >= 0 && done.get(k).start >= from; k--) {
      if (done.get(k).end <= to) return done.get(k).status == st;
    }
    return false;
  }

  /**
   * Whether f runs from its year's start to date, is a past year, or is a month or quarter the
   * document's date has passed: see {@link #reportedSince}.
   */
  private boolean toDate(Periods.Found f) {
    if (f.target() || f.pair() || f.endYear() != null || f.endRelativeYear() != null) return false;
    if (f.year() != null && (date == null || f.year() > date.getYear())) return false;
    if (f.year() != null && f.year() < date.getYear() && f.fromMonth() == 0) return true; // 2023年
    if (f.relativeYear() != null && f.relativeYear() > 0) return false; // 明年
    if (f.relativeYear() != null && f.relativeYear() < 0 && f.fromMonth() == 0) return true;
    if (f.open()) return f.toMonth() >= 1 && f.toMonth() < 12; // 截至5月底, not 截至年底
    if (f.since() || (f.fromMonth() == 1 && f.toMonth() >= 1 && f.toMonth() < 12)) return true;
    // 5月份, 第二季度: a month or a quarter, ended by the document's date (四季度 in June is a goal's)
    if (f.fromMonth() < 1 || f.toMonth() >= 12 && f.fromMonth() <= 1 || date == null) return false;
    int year = f.year() != null ? f.year()
        : date.getYear() + (f.relativeYear() == null ? 0 : f.relativeYear());
    return !java.time.YearMonth.of(year, f.toMonth()).atEndOfMonth().isAfter(date);
  }



  /**
   * Whether the figure's clause is only a same time of another year and 为 before it: {@code
   * 上年同期为10.57亿元}, {@code 去年同期2.5亿元}.
   */
  private boolean sameTimeOpens(Draft d) {
    for (int p = firstPeriodEndingAfter(d.clauseStart); p < periods.size()
        && periods.get(p).end() <= d.start; p++) {
      Periods.Found f = periods.get(p);
      // in text order: once past the clause's start none can open it (linear on a text with no
      // clause breaks, where the clause is the whole text: 七八年三月 repeated)
      if (f.start() > d.clauseStart) break;
      if (f.start() != d.clauseStart || !sameTime(f)) continue;
      int i = f.end() + 2;
      if (i < d.start && (s.charAt(i) == '为' || s.charAt(i) == '是')) i++;
      return i == d.start;
    }
    return false;
  }

  /**
   * Whether what stands between a loss keyword and its figure makes the figure no loss: a
   * comparison or a loss made smaller ({@code 亏损额比上年同期少亏5亿元}, {@code 亏损减亏2亿元}).
   * Counter-example: the level it was made smaller to is still a loss ({@code 亏损减少至1亿元},
   * {@code 净亏损较去年同期收窄至3亿元}).
   */
  private boolean lessLoss(int from, int to) {
    if (to > from && (s.charAt(to - 1) == '至' || s.charAt(to - 1) == '到')) return false;
    for (int i = from; i < to; i++) {
      if ("比较少减".indexOf(s.charAt(i)) >= 0) return true;
    }
    return false;
  }

  /**
   * Whether a milestone word follows the figure at {@code p} in its clause, past at most the
   * figures listed with it: {@code 迈上两万亿元新台阶}, {@code 跨越3000亿元、4000亿元两个台阶}, {@code
   * 突破千亿元大关}.
   */
  private boolean milestoneAfter(int p) {
    for (int i = p; i < s.length() && i < p + MILESTONE_REACH; i++) {
      char c = s.charAt(i);
      // 达到10256亿元、迈上万亿元新台阶: a verb of its own begins another statement
      if (c == '，' || c == '。' || c == '；' || c == '\n' || "迈跨站并登越".indexOf(c) >= 0) {
        return false;
      }
      if (s.startsWith("台阶", i) || s.startsWith("大关", i)) return true;
    }
    return false;
  }

  /**
   * Whether the metric's 最高 makes the figure a cap ({@code 单笔贷款最高300万元}, {@code 企业最高可获得}).
   * Counter-examples, a peak observed (review 16: caps): {@code 成交最高价为18.5元/股}, {@code 最高值},
   * {@code 最高点}, {@code 最高水平}, and 最高 right before 达 ({@code 日均成交额最高达1.2万亿元}) with no
   * grant before it ({@code 给予补贴，最高达500万元} is a cap), of no single item or quota ({@code
   * 单户贷款额度最高达300万元} is one too).
   */
  private boolean highestCap(Draft d, int sentence) {
    int k = d.metric.indexOf("最高");
    if (k < 0) return false;
    if (startsWithAny(d.metric, k + 2, PEAK_NOUNS)) return false;
    boolean reached = (d.start >= 1 && s.charAt(d.start - 1) == '达')
        || endsWithAny(Math.max(0, d.start - 3), d.start, RISEN_TO);
    return !(d.metric.endsWith("最高") && reached && !grantBefore(sentence, d.start)
        && !singleItem(d.metric) && !d.metric.contains("额度"));
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) return true;
    }
    return false;
  }

  /**
   * The verbs after 最高 of a peak reached: 达到, and a rise to ({@code 股价最高涨至20元}, second read:
   * a cap).
   */
  private static final List<String> RISEN_TO = List.of("达到", "涨至", "涨到", "升至", "升到",
      "攀升至", "冲至");

  /** What 最高 names as a peak observed, not a cap: 最高价, 最高值. */
  private static final List<String> PEAK_NOUNS = List.of("价", "值", "点", "水平", "气温", "温度",
      "纪录", "记录");

  /** How far after a figure {@link #milestoneAfter} reads: 、4000亿元两个台阶. */
  private static final int MILESTONE_REACH = 16;

  /**
   * Where the base of a ratio starts when the figure's clause is only 为, 是 or 相当于, a noun and 的
   * before it ({@code 为预算的101.2%}, {@code 为调整预算的96.8%}), or 完成, 达到 or 达 before a goal
   * ({@code 完成全年目标任务的47%}, {@code 达年度目标任务的99%}: the level before it as a part of its goal,
   * where the metric was 目标任务); or -1.
   */
  private int ratioOf(Draft d) {
    int a = skipSpace(d.clauseStart);
    int b = s.startsWith("相当于", a) ? a + 3 : (s.startsWith("为", a) || s.startsWith("是", a)) ? a + 1
        : -1;
    if (b < 0 && ofGoal(d)) {
      // (达成全年目标的47%: 达成 is one word, as 达到 is)
      b = s.startsWith("达", a) && !s.startsWith("达到", a) && !s.startsWith("达成", a) ? a + 1
          : a + 2;
      // 完成投资的80%: no goal, no ratio. A level to compare with is one too: 能繁母猪存栏4142万头，
      // 完成正常保有量的105.3%; 人均可支配收入2.1万元，达到全国平均水平的85% (found after review 15: the
      // metric was 正常保有量, and no base)
      if (!goalBefore(b, d.start - 1) && !endsWithAny(b, d.start - 1, REFERENCE_LEVELS)) return -1;
    }
    if (b < 0 || d.start - 1 <= b || d.start - b > RATIO_BASE_MAX || s.charAt(d.start - 1) != '的') {
      return -1;
    }
    for (int i = b; i < d.start - 1; i++) {
      char c = s.charAt(i);
      if (!Character.isIdeographic(c) && !(c >= '0' && c <= '9')) return -1; // 为2019年的120%
    }
    return b;
  }

  /**
   * Whether a base names a whole that a figure is part of: {@code 全省}, {@code 全国}, {@code
   * 全市GDP}. Counter-example: {@code 为预算的101.2%} and {@code 为上年同期的105%} are ratios, not parts.
   */
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static boolean wholeOf(String base) {
    // 为全省平均水平的120%, 为全国人均的80%: a ratio to an average, no whole
    return base != null && base.length() >= 2 && base.charAt(0) == '全'
        && "国省市区县州盟旗".indexOf(base.charAt(1)) >= 0 && !base.contains("平均")
        && !base.contains("水平") && !base.contains("人均");
  }

  /** Whether the figure's clause opens with 完成, 达到 or 达 (a part of a goal, {@link #ratioOf}). */
  private boolean ofGoal(Draft d) {
    int a = skipSpace(d.clauseStart);
    return s.startsWith("完成", a) || s.startsWith("达", a);
  }

  /**
   * Where 完成 or 达到 stands before a goal that ends at the 的 at {@code de}, only Chinese characters
   * between ({@code 完成预算的}, {@code 完成年初预算的}, {@code 达到全年目标任务的}); or -1.
   */
  private int goalVerb(int de) {
    for (int v = de - 3; v >= Math.max(0, de - 2 - RATIO_BASE_MAX); v--) {
      if (s.startsWith("完成", v) || s.startsWith("达到", v)) {
        return goalBefore(v + 2, de) ? v : -1;
      }
      if (!Structure.isHan(s.charAt(v + 1))) return -1;
    }
    return -1;
  }

  /** Whether [a, end) ends in a goal (目标任务, 计划任务, 目标, 计划, 任务, 额度): 全年目标任务. */
  private boolean goalBefore(int a, int end) {
    return endsWithAny(a, end, GOAL_NOUNS);
  }

  /** The last index of {@code w} that starts in [from, to], or -1. */
  private int lastIndexIn(String w, int from, int to) {
    for (int k = Math.min(to, s.length() - w.length()); k >= from; k--) {
      if (s.startsWith(w, k)) return k;
    }
    return -1;
  }

  /** Whether [a, end) ends in one of {@code words}. */
  private boolean endsWithAny(int a, int end, List<String> words) {
    for (String w : words) {
      if (end - w.length() >= a && s.startsWith(w, end - w.length())) return true;
    }
    return false;
  }

  /** Levels a measure reaches a part of, as of a goal ({@link #ratioOf}): 达到全国平均水平的85%. */
  private static final List<String> REFERENCE_LEVELS = List.of("水平", "保有量", "平均值", "均值");

  /** The longest base {@link #ratioOf} reads, 的 included. */
  private static final int RATIO_BASE_MAX = 10;

  /**
   * Where the parenthesis opens whose aside ends right before clause {@code c} ({@code 固定资产投资
   * （不含农户）}, {@code 化肥施用量（折纯）}), or -1.
   */
  private int asideBefore(int c) {
    if (c < 2 || (s.charAt(c - 1) != '）' && s.charAt(c - 1) != ')')) return -1;
    for (int i = c - 2; i >= 0 && i >= c - ASIDE_MAX; i--) {
      char x = s.charAt(i);
      if (x == '（' || x == '(') return i;
      if (x == '）' || x == ')' || x == '。' || x == '，' || x == '\n') return -1;
    }
    return -1;
  }

  /** The longest aside {@link #asideBefore} skips. */
  private static final int ASIDE_MAX = 12;

  /**
   * Whether {@code d} is the level a verb of change brings {@code previous} to, in one clause: {@code
   * 由2018年的8536亿元增加到2023年的1.16万亿元}, {@code 从1200亿元增长至3000亿元}.
   */
  private boolean changedTo(Draft previous, Draft d) {
    if (previous.end > d.start || d.start - previous.end > CHANGED_TO_REACH) return false;
    for (int i = previous.end + 1; i < d.start; i++) {
      char c = s.charAt(i);
      if (Structure.isClauseEnd(c) || c == '；' || c == '。') return false;
      if ((c == '到' || c == '至') && Periods.CHANGED_TO.indexOf(s.charAt(i - 1)) >= 0) {
        return true;
      }
      // 由上月上涨0.1%转为下降0.1%, 由上年同期的亏损1.2亿元转为盈利0.8亿元 (review 16: the new level
      // took the old one's 上年同期)
      // 利润由5亿元降为0, 从10人减少为6人, 提高为: a verb of change and 为 gives the new level as 至
      // does (second read: the zero had no metric)
      if (c == '为' && "转降减变少加低高升长".indexOf(s.charAt(i - 1)) >= 0) return true;
    }
    return false;
  }

  /**
   * Where a metric that ends at {@code to}, right before a figure, ends when 由 or 从 opens a change
   * there, with the figure's year between ({@code 全市GDP由5000亿元增加到…}, {@code GDP由2018年的5000亿元…}:
   * the metric is GDP); else {@code to}.
   */
  private int changeOpening(int from, int to) {
    int t = to;
    if (t - 1 > from && s.charAt(t - 1) == '的') {
      int k = lowerBound(periodEnds, periodEnds.length, t - 1, 0);
      if (k < periods.size() && periodEnds[k] == t - 1) t = periods.get(k).start();
    }
    // CPI环比由上月上涨0.1%转为下降0.1%: the month before, which Periods does not read (review 16:
    // the metric was CPI环比由上月)
    int u = t - 1 > from && s.charAt(t - 1) == '的' ? t - 1 : t; // 由上月的上涨0.1%
    for (String w : BEFORE_WORDS) {
      if (u - w.length() - 1 >= from && s.startsWith(w, u - w.length())
          && s.charAt(u - w.length() - 1) == '由') {
        return u - w.length() - 1;
      }
    }
    return t > from && (s.charAt(t - 1) == '由' || s.charAt(t - 1) == '从') ? t - 1 : to;
  }

  /**
   * Where 由 or 从 opens the change whose old level is {@code d}, in d's clause and at most {@link
   * #CHANGED_TO_REACH} characters before it ({@code 由2020年的3200亿元}, {@code 由上年同期的亏损1.2亿元});
   * else d's start.
   */
  private int fromBefore(Draft d) {
    for (int i = d.start - 1; i >= Math.max(d.clauseStart, d.start - CHANGED_TO_REACH); i--) {
      if (s.charAt(i) == '由' || s.charAt(i) == '从') return i;
    }
    return d.start;
  }

  /**
   * Where 上月 of {@code 由上月} (or 上季度 of {@code 由上季度}) stands before figure d, a change verb of
   * up to two characters and 的 between ({@code 由上月上涨0.1%}, {@code 由上月的上涨0.1%}, {@code
   * 由上季度的5.3%}, {@code 由上季度末的1.2万亿元}: the stock at the quarter's end), or null.
   */
  private Prior priorBefore(Draft d) {
    for (int i = d.start - 3; i >= Math.max(d.clauseStart, d.start - 8); i--) {
      if (s.charAt(i) != '由') continue;
      int months = s.startsWith("上月", i + 1) ? 1 : s.startsWith("上季度", i + 1) ? 3 : 0;
      if (months == 0) continue;
      int end = i + 1 + (months == 3 ? 3 : 2);
      boolean atEnd = s.startsWith("末", end); // 由上月末的1.2万亿元: a stock's date
      if (atEnd) end++;
      int gap = d.start - end - (s.charAt(end) == '的' ? 1 : 0);
      return gap <= 2 ? new Prior(i + 1, end, months, atEnd) : null;
    }
    return null;
  }

  /**
   * 上月 or 上季度 (with 末 when {@code atEnd}) at [start, end) in the normalized text, {@code months}
   * long, found by {@link #priorBefore}.
   */
  private record Prior(int start, int end, int months, boolean atEnd) {}

  /** Words that make a figure the total of a sum before them ({@link #afterPlus}). */
  private static final List<String> SUM_WORDS = List.of("共计", "合计", "总计", "达到", "累计", "为");

  /** A profit's sign words, no measure of their own: 亏损1.2亿元, 转为盈利0.8亿元. */
  private static final Set<String> LOSS_WORDS = Set.of("亏损", "净亏损", "盈利", "转为盈利",
      "实现盈利", "转为亏损", "亏损额");

  /** The sign words a profit's metric may end in, longest first: 归母净利润亏损. */
  private static final List<String> LOSS_TAILS = List.of("净亏损", "亏损", "盈利");

  /** Times before the figure's that Periods does not read as a period: 由上月…. */
  private static final List<String> BEFORE_WORDS = List.of("上月末", "上月", "上季度末", "上季度",
      "上年末", "前值");

  /** How far apart the two levels of {@link #changedTo} may stand: 增加到2023年的. */
  private static final int CHANGED_TO_REACH = 12;

  /**
   * The money type keyword of the rate or share {@code previous}, when money figure {@code d}
   * opens its own clause with 达到, 达, 为 or 由 and nothing else: {@code 地区生产总值增长6%，达到1.2万亿元},
   * {@code 地区生产总值年均增长6.2%，由2018年的8536亿元增加到…}; else -1. Counter-example: a clause
   * with words of its own (增长6%，带动投资100亿元: 投资 types it; 增长6%，其中…).
   */
  private int levelOfRate(Draft previous, Draft d) {
    // (增长1.2倍，达到526亿元 and 实现翻番，达到120亿元 as well)
    if (!previous.type.isSigned() && previous.type != IndicatorType.SHARE
        && previous.type != IndicatorType.MULTIPLE) {
      return -1;
    }
    int a = skipSpace(d.clauseStart);
    // right before the figure (为企业带来订单50亿元: 为 is "for"), or 由 and a period's 的
    int b = s.startsWith("达到", a) ? a + 2 : s.startsWith("达", a) || s.startsWith("为", a) ? a + 1
        : -1;
    // 营业收入同比增长12.6%，至86.3亿元 and 地区生产总值增长5.2%至4523.6亿元 (review 13): 至 or 到 alone
    // between, in a clause of its own or right after the rate
    if (b != d.start && !risenTo(previous, d) && !(s.startsWith("由", a) && s.charAt(d.start - 1) == '的'
        && d.start - a <= 10)) {
      return -1;
    }
    if (previous.clauseStart < hitFrom) return -1;
    int k = nearest(previous.clauseStart, previous.start, Role.TYPE);
    return k >= 0 && hitKey[k].type().isMoney() && previous.metric.contains(hitKey[k].phrase())
        ? k : -1;
  }

  /**
   * Whether figure d is the level a rate before it rose or fell to, with 至 or 到 alone between
   * them: {@code 增长5.2%至4523.6亿元}, {@code 同比下滑15.3%，至48.7亿元} (review 13: the level lost its
   * metric). Counter-example: {@code 增长5.2%，达到…} has its own rule; {@code 增长5.2%，带动…至…} has
   * words between.
   */
  private boolean risenTo(Draft previous, Draft d) {
    int p = previous.end;
    if (p < s.length() && (s.charAt(p) == '，' || s.charAt(p) == ',')) p++;
    return previous.type == IndicatorType.GROWTH_RATE && p + 1 == d.start
        && (s.charAt(p) == '至' || s.charAt(p) == '到');
  }

  /**
   * The money figure whose level money figure {@code d} gives again, or null: {@code d}'s clause
   * holds nothing but a period, status words and a verb of reaching before it, and the figure
   * before it is a level of money in the same unit ({@code 确保完成固定资产投资200亿元，力争达到220亿元})
   * or a rate of the level before that ({@code 实际使用外资4.5亿美元，增长12.3%，今年力争突破5亿美元}).
   * Counter-examples: a clause with words of its own ({@code 投资200亿元，带动社会资金50亿元}), a
   * change ({@code 增加12亿元，达到86亿元} is no second change), a level of another unit
   * ({@code 4.5亿美元，折合人民币32亿元} has words anyway), a figure before 的 ({@code 超过10亿元，达到20亿元的企业}).
   */
  private Draft levelAgain(Draft previous, Draft d) {
    // (not before 的: 民间投资超过2000亿元，为1500亿元的基础设施投资 names another measure)
    if ((d.end < s.length() && s.charAt(d.end) == '的') || !onlyReaching(d)) return null;
    Draft level = previous;
    if (!previous.type.isMoney() && (previous.type.isSigned() || previous.type == IndicatorType.SHARE)
        && !previous.metric.isEmpty()) {
      // the rate of the level before it: 4.5亿美元，增长12.3%
      int k = done.size() - 2;
      level = k >= 0 && done.get(k + 1) == previous && done.get(k).sentenceStart == d.sentenceStart
          && done.get(k).metric.equals(previous.metric) ? done.get(k) : null;
    }
    return level != null && level.type.isMoney() && level.type != IndicatorType.CHANGE
        && level.mergedInto == null && !level.metric.isEmpty()
        && level.q.unit().equals(d.q.unit()) ? level : null;
  }

  /**
   * Whether figure d's clause holds nothing before it but a period, status words (力争, 确保, 预计 …)
   * and a verb of reaching (达到, 达, 为, 突破, 超过, 实现); {@code 今年力争突破5亿美元}.
   */
  private boolean onlyReaching(Draft d) {
    int p = skipSpace(d.clauseStart);
    if (p >= d.start) return false; // (a figure alone after a comma is a list's)
    p = periodEndingAfterStartAt(p, d.start);
    for (int k = p >= hitFrom ? firstHitAtOrAfter(p) : hits; k < hits && hitStart[k] == p; ) {
      if (hitKey[k].role() != Role.STATUS || hitEnd[k] > d.start) {
        k++;
        continue;
      }
      p = hitEnd[k];
      k = firstHitAtOrAfter(p);
    }
    for (String w : REACHING) {
      if (p + w.length() == d.start && s.startsWith(w, p)) return true;
    }
    return p == d.start && d.start > skipSpace(d.clauseStart);
  }

  /** The verbs of {@link #onlyReaching}, longest first. */
  private static final List<String> REACHING = List.of("达到", "突破", "超过", "实现", "达", "为");

  /** Whether a figure typed already starts in [from, to). */
  private boolean figureAfter(int from, int to) {
    for (int k = done.size() - 1; k >= 0 && done.get(k).start >= from; k--) {
      if (done.get(k).start < to) return true;
    }
    return false;
  }

  /** The drafts of the figures before the one being typed, in text order. */
  private List<Draft> done = List.of();

  /** Whether a status word ending at p heads a list: 目标：, 目标是：, 计划为：. */
  private boolean headsList(int p) {
    if (p >= s.length()) return false;
    char c = s.charAt(p);
    if (c == '：' || c == ':') return true;
    return (c == '是' || c == '为') && p + 1 < s.length()
        && (s.charAt(p + 1) == '：' || s.charAt(p + 1) == ':');
  }

  /**
   * Whether position p lies inside a title 《…》: 《北京市…行动计划》印发，细化为117项举措 is not a plan
   * because the title says 计划. Looks back at most {@value #WINDOW} characters.
   */
  private boolean insideTitle(int p) {
    for (int i = p - 1; i >= Math.max(0, p - WINDOW); i--) {
      char c = s.charAt(i);
      if (c == '《') return true;
      if (c == '》' || c == '\n') return false;
    }
    return false;
  }

  /**
   * Whether the verb hit k is the end of a noun that starts before it: 转增 in {@code 每10股转增4股}
   * (second read: the metric was 每10股转, and 增 a change of 4股). A noun that starts with the verb
   * (下降幅度) is not tested here: the verb's own rules read it.
   */
  private boolean verbInNoun(int k) {
    for (int j = firstHitAtOrAfter(Math.max(0, hitStart[k] - NOUN_REACH)); j < hits
        && hitStart[j] < hitStart[k]; j++) {
      if (hitKey[j].role() == Role.NOUN && hitEnd[j] >= hitEnd[k]) return true;
    }
    return false;
  }

  /**
   * Whether hit k lies inside a noun or a period: 目标 in 年度目标任务 says nothing about status, nor
   * does 规划 in “十三五”规划期间 or 十四五规划以来 (a plan's years, past ones too: they were PLAN).
   */
  private boolean insideNoun(int k) {
    for (int j = firstHitAtOrAfter(Math.max(0, hitStart[k] - NOUN_REACH)); j < hits
        && hitStart[j] <= hitStart[k]; j++) {
      if (hitKey[j].role() == Role.NOUN && hitEnd[j] >= hitEnd[k] && j != k) return true;
    }
    int p = firstPeriodEndingAfter(hitEnd[k] - 1);
    return p < periods.size() && periods.get(p).start() <= hitStart[k];
  }

  /** The start of the paragraph before the one at {@code paragraph}, over a blank line; or 0. */
  private int paragraphBefore(int paragraph) {
    if (paragraph <= 0) return 0;
    int prev = structure.paragraphStart(paragraph - 1);
    return prev > 0 && onlySpace(prev, paragraph) ? structure.paragraphStart(prev - 1) : prev;
  }

  /** The last month of a text that may write last year's 全年 bare (a spring report's). */
  private static final int SPRING_END = 4;

  /** Words in a sentence that make a bare 全年 the current year's goal or plan, not last year's. */
  private static final List<String> GOAL_CONTEXT = List.of("目标", "计划", "任务", "安排", "预计",
      "预期", "力争", "提前", "测算", "认为");

  /** Whether every period that starts in [from, to) is a bare 全年, 年末 or 年底. */
  private boolean onlyBareBefore(int from, int to) {
    for (int p = firstPeriodEndingAfter(from); p < periods.size() && periods.get(p).start() < to;
        p++) {
      if (periods.get(p).start() >= from && !bareYearPart(periods.get(p))) return false;
    }
    return true;
  }

  /** The first period that ends after {@code p}. */

  private int firstPeriodEndingAfter(int p) {
    return periodHint = lowerBound(periodEnds, periodEnds.length, p + 1, periodHint);
  }

  /**
   * The nearest period before the figure at {@code at} in its sentence, else in its paragraph
   * (which starts at {@code paragraphStart}).
   */
  private Period period(int at, int sentence, int paragraphStart) {
    int paragraph = Math.max(paragraphStart, at - PARAGRAPH_REACH);
    sentence = Math.max(sentence, at - SENTENCE_REACH);
    int best = -1;
    int prior = -1; // the period before best, for a same time of another year (上年同期)
    int clause = structure.clauseStart(at);
    periodFound = null;
    for (int p = firstPeriodEndingAfter(Math.min(sentence, paragraph)); p < periods.size()
        && periods.get(p).end() <= at; p++) {
      Periods.Found f = periods.get(p);
      // 比一季度加快1个百分点，工业增加值增长4%: the base of a comparison is no figure's period, nor
      // is the time of a base figure (受上年同期基数较高影响，当月出口同比负增长3.2%: review 13)
      if (comparedWith(p) || s.startsWith("基数", f.end()) || s.startsWith("同期基数", f.end())) {
        continue;
      }
      // 营业收入8.36亿元，上年同期为10.57亿元，同比下降20.91%: 上年同期 is the period of its own
      // clause's figure only (the 20.91% is this year's); but a clause of its own heads what
      // follows (2023年同期，该公司营业收入为7.2亿元，净利润为0.8亿元: both are 2023's)
      if (sameTime(f) && f.start() < clause
          && figureAfter(f.end(), Math.min(at, structure.clauseEnd(f.start())))) {
        continue;
      }
      // a goal year (到2020年) speaks for its own sentence only: 目前，已筛选出301个项目 is not 2020
      if (f.start() >= sentence || (f.start() >= paragraph && !f.target())) {
        if (best >= 0 && !sameTime(periods.get(best))) prior = best;
        best = p;
      }
    }
    if (best < 0) best = titlePeriod(paragraphStart);
    if (best < 0) return null;
    periodFound = periods.get(best);
    if (sameTime(periodFound)) return sameTime(periodFound, prior < 0 ? null : periods.get(prior));
    // the figures of a paragraph mostly read the same period: it is built once for all of them
    if (built == null) {
      built = new Period[periods.size()];
      dated = new boolean[periods.size()];
    }
    if (built[best] == null) {
      Periods.Found y = yearOfEnd(best);
      dated[best] = y != periodFound; // a bare 全年 or 年末 the text gives a year
      built[best] = built(y);
    }
    periodDated = dated[best];
    return built[best];
  }

  /**
   * The last period of the document's title, when the paragraph at {@code paragraph} follows it
   * and its figure has no period of its own: {@code 2024年上半年全市经济运行情况\n全市地区生产总值1200亿元}
   * is the first half's (second read: once the title stood apart, it had none); else -1. Only the
   * first line, a headline, and a period that is no goal or base.
   */
  private int titlePeriod(int paragraph) {
    int title = titleAbove(paragraph);
    if (title != 0) return -1;
    int found = -1;
    for (int p = firstPeriodEndingAfter(title); p < periods.size()
        && periods.get(p).end() <= paragraph; p++) {
      Periods.Found f = periods.get(p);
      if (!f.target() && !comparedWith(p) && !sameTime(f) && !draftAfter(f.end())) found = p;
    }
    return found;
  }

  /**
   * The start of the headline line right above the paragraph at {@code paragraph}, or -1. A
   * headline's end starts a paragraph of its own (the line break after it), which is skipped; the
   * headline must stand on a line of its own (a dateline, 上半年本报讯…, opens a paragraph inside its
   * line, found by ExtractPropertiesTest).
   */
  private int titleAbove(int paragraph) {
    if (paragraph <= 0) return -1;
    int title = paragraphBefore(paragraph);
    int end = s.lastIndexOf('\n', paragraph - 1);
    boolean head = Structure.isHeadline(s, title, paragraph)
        || (title == 0 && end > 0 && Structure.isLongTitle(s, 0, s.indexOf('\n'))); // 关于…的报告
    return head && end >= title ? title : -1;
  }

  /**
   * The k-th period, or when it is a bare 年末, 年底 or 全年 (no year written) in the year of the
   * period nearest before it in its paragraph, if that names one: {@code 2018年…便民市场200个，…，年底前200个
   * 项目将全面完成} is 2018's end, and {@code 2023年，全市生产总值增长5%。年末户籍人口…} in a January
   * report 2023's, where the document's year is the next; after a span of years its last year's
   * (2020年至2023年). {@code 2023年，全市经济运行稳中向好。全年地区生产总值…} is 2023's whole year (review
   * 13: bulletins open with the year and go on with 全年), as is 全年 after a title line naming the
   * year ({@code 2023年全市国民经济和社会发展统计公报}). Counter-examples: a period of months before it
   * (6月, no year) or a goal, a base, 以来 leave it the document's year; so does a span of years
   * before 全年 (2020年至2023年…全年: which year is not said).
   */
  private Periods.Found yearOfEnd(int k) {
    Periods.Found f = periods.get(k);
    int end = s.charAt(f.end() - 1) == '前' ? f.end() - 1 : f.end(); // 年底前
    boolean whole = f.fromMonth() == 1 && f.toMonth() == 12 && !f.open()
        && s.startsWith("全年", f.start());
    if (f.year() != null || f.relativeYear() != null
        || (!whole && (f.fromMonth() != 12 || !f.open() || s.charAt(end - 2) != '年'))) {
      return f;
    }
    int own = structure.paragraphStart(f.start());
    int paragraph = own;
    // a title line before the paragraph governs it too: 2023年全市经济运行情况\n全年… (it read the
    // line break's own paragraph, and never the title)
    int title = titleAbove(paragraph);
    if (title >= 0) paragraph = title;
    int from = Math.max(paragraph, f.start() - PARAGRAPH_REACH);
    for (int j = k - 1; j >= 0 && periods.get(j).start() >= from; j--) {
      if (comparedWith(j)) continue;
      Periods.Found p = periods.get(j);
      // 2023年…情况\n全年…收入…。全年…基金收入…。年末…余额…: an earlier bare 全年 or 年末 reads the same
      // year, so the search goes on past it (review 15: only the first took 2023); a draft's year in
      // the title is the next year's plan (关于2023年预算执行情况和2024年预算草案的报告: 2023)
      if (bareYearPart(p) || (title >= 0 && p.start() < own
          && draftAfter(p.end()))) {
        continue;
      }
      if ((p.year() == null && p.relativeYear() == null)
          || (p.endYear() != null && (p.year() == null || whole)) || p.endRelativeYear() != null
          || p.target() || p.since() || p.pair() || sameTime(p)) {
        return f;
      }
      // 在2023年12月召开的…会议上，…全年…, 该项目于2022年开工建设，…全年…, 2021年被评为…: the date of an
      // event, not the time of the paragraph's figures (second read); a month alone is one too
      // (not the 于 of 关于2023年预算执行情况…, a title's: review 15)
      if (whole && ((p.fromMonth() > 1) || (p.start() > 0 && s.charAt(p.start() - 1) == '于'
          && !(p.start() > 1 && s.charAt(p.start() - 2) == '关')) || eventAfter(p.end()))) {
        return f;
      }
      if (whole) {
        return new Periods.Found(f.start(), f.end(), p.year(), p.relativeYear(), 1, 12, false,
            false, f.target(), 0);
      }
      // 2020年至2023年，…，年末户籍人口…: the end of the span's last year
      Integer year = p.endYear() != null ? p.endYear() : p.year();
      return new Periods.Found(f.start(), f.end(), year, p.relativeYear(), 12, 12, true, false,
          f.target(), 0);
    }
    // 2023年，全省经济运行稳中向好。\n\n全年粮食产量…: a paragraph that opens with a year heads the next,
    // when that names none before its 全年 or 年末 (review 15: 2024, the document's), and the ones
    // after it that name no other period (a bulletin's 全年… paragraphs, review 15: only the first
    // took 2023). Counter-examples: a paragraph that opens with a month (2023年12月，…) or anything
    // else, or a paragraph between that names another period (今年…, 2024年主要目标…); a long paragraph.
    // A headline between that names no year (二、工业) passes it on.
    if (paragraph > 0 && f.start() - paragraph <= PARAGRAPH_REACH) {
      int y = headingYear(k, paragraph);
      if (y > 0) {
        return whole
            ? new Periods.Found(f.start(), f.end(), y, null, 1, 12, false, false, f.target(), 0)
            : new Periods.Found(f.start(), f.end(), y, null, 12, 12, true, false, f.target(), 0);
      }
    }
    return f;
  }

  /**
   * The year of the paragraph that heads the paragraph at {@code paragraph} (holding the k-th
   * period): the nearest paragraph above that opens with {@code 2023年，}, over at most {@link
   * #HEADING_HOPS} paragraphs whose periods are all bare 全年 and 年末; or -1.
   */
  private int headingYear(int k, int paragraph) {
    int j = k - 1;
    while (j >= 0 && periods.get(j).start() >= paragraph) j--;
    int para = paragraph;
    for (int hops = 0; hops < HEADING_HOPS && para > 0; hops++) {
      int prev = paragraphBefore(para);
      if (prev + 5 < para && s.charAt(prev + 4) == '年' && s.charAt(prev + 5) == '，') {
        int y = yearAt(prev);
        if (y > 0) return y;
      }
      for (; j >= 0 && periods.get(j).start() >= prev; j--) {
        if (!bareYearPart(periods.get(j))) return -1;
      }
      para = prev;
    }
    return -1;
  }

  /** How many paragraphs up {@link #headingYear} looks for the year that heads them. */
  private static final int HEADING_HOPS = 12;

  /** The year written in four ASCII digits at {@code p} (1900 to 2100), or -1. */
  private int yearAt(int p) {
    if (p + 4 > s.length() || !Structure.isDigits(s, p, p + 4)) return -1;
    int y = Integer.parseInt(s, p, p + 4, 10);
    return y >= 1900 && y <= 2100 ? y : -1;
  }

  /**
   * Where 恢复 of {@code 恢复到} or {@code 恢复至} stands before the ratio {@code d}, a period and 的
   * between ({@code 恢复到2019年的102%}, {@code 恢复至2019年同期的93.9%}, {@code 恢复到2019年水平的80%}),
   * or -1. Counter-example: {@code 旅游收入恢复到500亿元} (a level, no ratio).
   */
  private int recoveredTo(Draft d) {
    if (d.start < 1 || s.charAt(d.start - 1) != '的') return -1;
    for (int k = d.start - 2; k >= Math.max(d.clauseStart, d.start - 1 - RATIO_BASE_MAX - 3); k--) {
      if (s.startsWith("恢复到", k) || s.startsWith("恢复至", k)) {
        return k + 3 < d.start - 1 && Character.isDigit(s.charAt(k + 3)) ? k : -1;
      }
      if (!Structure.isHan(s.charAt(k)) && !Character.isDigit(s.charAt(k))) return -1;
    }
    return -1;
  }

  /** Whether p is a bare 全年, 年末 or 年底 (no year written), which {@link #yearOfEnd} resolves. */
  private boolean bareYearPart(Periods.Found p) {
    if (p.year() != null || p.relativeYear() != null || p.since() || p.pair() || p.target()) {
      return false;
    }
    if (p.fromMonth() == 1 && p.toMonth() == 12 && !p.open()) return s.startsWith("全年", p.start());
    int end = s.charAt(p.end() - 1) == '前' ? p.end() - 1 : p.end();
    return p.fromMonth() == 12 && p.open() && end >= 2 && s.charAt(end - 2) == '年';
  }

  /**
   * Whether the year ending at {@code p} names a draft, a plan for the year ahead, before the
   * next year, 执行, 与 or line end: {@code 2024年预算草案}, {@code 2024年国民经济和社会发展计划草案}.
   * Counter-example: {@code 2023年预算执行情况和2024年预算草案} (2023 is what was carried out).
   */
  private boolean draftAfter(int p) {
    for (int i = p; i < s.length() - 1 && i < p + DRAFT_REACH; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '与' || c == '及' || c == '，' || c == '执' || (c >= '0' && c <= '9')) {
        return false;
      }
      if (c == '草' && s.charAt(i + 1) == '案') return true;
    }
    return false;
  }

  /** How far after a title's year {@link #draftAfter} looks: 国民经济和社会发展计划草案. */
  private static final int DRAFT_REACH = 20;

  /** Whether a verb of an event follows at p: 召开, 举行, 开工, 被, 印发 … (2021年被评为…). */
  private boolean eventAfter(int p) {
    if (p < s.length() && (s.charAt(p) == '被' || s.charAt(p) == '的')) return true;
    for (String w : EVENTS) {
      if (s.startsWith(w, p)) return true;
    }
    return false;
  }

  private static final List<String> EVENTS = List.of("召开", "举行", "开工", "印发", "发布", "出台",
      "成立", "建成", "投产", "启动", "获批");

  /**
   * Whether f is a year followed by 同期, the same part of another year: {@code 上年同期},
   * {@code 去年同期}, {@code 2023年同期}. (As a base, 比上年同期, it is no period at all.)
   */
  private boolean sameTime(Periods.Found f) {
    return f.fromMonth() == 0 && !f.since() && !f.open() && !f.pair() && f.endYear() == null
        && (f.year() != null || (f.relativeYear() != null && f.relativeYear() < 0))
        && s.startsWith("同期", f.end());
  }

  /**
   * The period of {@code 上年同期} after {@code prior}, the period it is the same part of: {@code
   * 上半年…，上年同期为6.1亿元} is the first half of last year, {@code 2023年度…，上年同期为8亿元} 2022.
   * With no prior period (本期…) its dates are not known and it is the text alone. Sets {@link
   * #periodFound}.
   */
  private Period sameTime(Periods.Found f, Periods.Found prior) {
    Span span = normalized.toOriginal(f.start(), f.end() + 2);
    String text = normalized.original().substring(span.start(), span.end());
    // 2023年度营业收入为10亿元，上年同期为8亿元: a whole year written before it is the same part too,
    // the year before (review 16: no dates); a period with neither months nor a year is none
    if (prior == null || (prior.fromMonth() == 0 && prior.year() == null
            && prior.relativeYear() == null) || prior.since() || prior.open() || prior.pair()
        || prior.endYear() != null || prior.endRelativeYear() != null || prior.target()) {
      return new Period(span, text, null, null);
    }
    Integer year = f.year();
    Integer rel = null;
    if (year == null) {
      if (prior.year() != null) year = prior.year() + f.relativeYear();
      else rel = (prior.relativeYear() == null ? 0 : prior.relativeYear()) + f.relativeYear();
    }
    periodFound = new Periods.Found(f.start(), f.end() + 2, year, rel, prior.fromMonth(),
        prior.toMonth(), false, false, false, 0);
    LocalDate[] r = periodFound.resolve(date);
    return new Period(span, text, r[0], r[1]);
  }

  /** The found period of the last {@link #period} call, or null if it gave none. */
  private Periods.Found periodFound;

  /**
   * Whether a period lies ahead of the document's date: it begins after it ({@code 明年}, {@code
   * 2025年} in a text of 2024), or it spans years and ends in a later one ({@code 2024年至2026年},
   * {@code “十四五”期间}, {@code 到“十四五”末}). Only a period that writes its year: a month or
   * quarter alone ({@code 四季度} in a text of January) may be last year's.
   */
  private boolean ahead(Periods.Found f, Period p) {
    if (date == null || f == null || (f.year() == null && f.relativeYear() == null)) return false;
    LocalDate start = p.start(); // resolved against the date when built
    LocalDate end = p.end();
    if (start != null && start.isAfter(date)) return true;
    return end != null && end.getYear() > date.getYear()
        && (start == null || start.getYear() < end.getYear());
  }

  /** The period a found one states, with its span and text in the original. */
  private Period built(Periods.Found f) {
    LocalDate[] r = f.resolve(date);
    Span span = normalized.toOriginal(f.start(), f.end());
    return new Period(span, normalized.original().substring(span.start(), span.end()), r[0], r[1]);
  }

  /**
   * Whether period k is the base of a comparison, or one of a list that is: {@code 比2022年、
   * 2023年分别高} and {@code 与2022年和2023年相比} (2023年 too, not the figures' period); in {@code
   * 2023年与2022年相比} only 2022年 is.
   */
  private boolean comparedWith(int k) {
    int first = k;
    while (first > 0 && k - first < LIST_MAX && periodsListed(first - 1, first)) first--;
    int last = k;
    while (last + 1 < periods.size() && last - k < LIST_MAX && periodsListed(last, last + 1)) {
      last++;
    }
    Periods.Found f = periods.get(k);
    // its own test first: in 2023年与2022年相比, 2022年 is the base and 2023年 not
    return comparedWith(f.start(), f.end())
        || comparedWith(periods.get(first).start(), periods.get(last).end());
  }

  /**
   * Whether the periods written in [a, end) are the base of a comparison: {@code 比一季度}, {@code
   * 较上半年}, {@code 与2023年相比}. Counter-examples: 同比, 环比, 占比 and 对比 before a period do not make it one
   * (同比2023年 is rare, but 占比 ends no comparison).
   */
  private boolean comparedWith(int a, int end) {
    if (multipleOf(a, end)) return true;
    // 比去年四季度: the period reader leaves 去年 after 比 out of the period, which starts at 四季度
    if (a >= 3 && (s.startsWith("去年", a - 2) || s.startsWith("上年", a - 2))
        && (s.charAt(a - 3) == '比' || s.charAt(a - 3) == '较')) {
      a -= 2;
    }
    if (a > 0 && (s.charAt(a - 1) == '比' || s.charAt(a - 1) == '较')) {
      return !(a > 1 && "占对同环".indexOf(s.charAt(a - 2)) >= 0);
    }
    if (a >= 2 && s.charAt(a - 1) == '于' && "高低快慢".indexOf(s.charAt(a - 2)) >= 0) {
      return true; // 高于2023年0.8个百分点
    }
    if (a >= 3 && (s.charAt(a - 1) == '和' || s.charAt(a - 1) == '、')) {
      // 分别比上月和上年同期高…: the second of two bases (review 13: the figures took 上年同期 as
      // their period). Counter-example: 5月和6月 (no 比 before the first).
      for (int k = a - 2; k >= Math.max(0, a - 6); k--) {
        char c = s.charAt(k);
        // (恢复较好、2024年一季度…: 较 of an adjective, second read)
        if (c == '比' || c == '较') {
          return !(k > 0 && "占对同环".indexOf(s.charAt(k - 1)) >= 0)
              && "好快大高低多少为强弱慢".indexOf(s.charAt(k + 1)) < 0;
        }
        if (!Structure.isHan(c)) break;
      }
    }
    if (s.startsWith("同期", end)) end += 2; // 与上年同期相比
    return a > 0 && (s.charAt(a - 1) == '与' || s.charAt(a - 1) == '和' || s.charAt(a - 1) == '同')
        && (s.startsWith("相比", end) || s.startsWith("比较", end));
  }

  /**
   * Whether the periods written in [a, end) are what a multiple or a ratio is of: {@code
   * 是2018年的1.5倍}, {@code 为去年同期的1.25倍}, {@code 相当于2012年的2倍}, {@code 为上年同期的105%} (the
   * figure's period is not 2018年 or 上年同期).
   * Counter-example, the period of what follows: 该项目是2023年的省重点项目，总投资50亿元.
   */
  private boolean multipleOf(int a, int end) {
    // (为2019年水平的80%: the year's level, review 15)
    int after = s.startsWith("同期", end) || s.startsWith("水平", end) ? end + 2 : end;
    // 为全年目标的60%, 完成全年计划任务的55%: a part of the year's goal, in the period before it
    for (String goal : GOAL_NOUNS) {
      if (s.startsWith(goal, after)) {
        after += goal.length();
        break;
      }
    }
    if (after >= s.length() || s.charAt(after) != '的' || a == 0) return false;
    char before = s.charAt(a - 1);
    // 完成全年目标任务的47%, 占全年额度的62%, 达成全年目标的47%: a part of the whole year (the figure
    // had 全年 for its period), as 为全年目标的60% is
    // 恢复到2019年的102%, 恢复至2019年同期的93.9%: a ratio to the year before the pandemic (review 15:
    // a goal in 2019)
    if (before != '是' && before != '为' && before != '占' && !(a >= 3 && s.startsWith("相当于", a - 3))
        && before != '达' && !(a >= 2 && (s.startsWith("完成", a - 2) || s.startsWith("达成", a - 2)
            || s.startsWith("达到", a - 2)))
        && !(a >= 3 && (s.startsWith("恢复到", a - 3) || s.startsWith("恢复至", a - 3)))
        && !(a >= 3 && startsWithAny(s, a - 3, GROWN_TO))) {
      return false;
    }
    // 为上年同期的105%, 为上年同期的百分之一百零五: a ratio to it, as a multiple is
    if (s.startsWith("百分之", after + 1)) return true;
    for (int k = after + 1; k < s.length() && k <= after + MULTIPLE_DIGITS; k++) {
      char c = s.charAt(k);
      if (c == '倍' || c == '%') return k > after + 1;
      if (!(c >= '0' && c <= '9') && c != '.' && "一二两三四五六七八九十点".indexOf(c) < 0) break;
    }
    return false;
  }

  /** What a goal's period may be followed by before the 的 of a ratio to it, longest first. */
  private static final List<String> GOAL_NOUNS = List.of("目标任务", "计划任务", "目标", "计划", "任务", "额度",
      // 完成预算的101.2%, 完成调整预算的96.7% (review 15: the metric was 预算, and the growth rate after it
      // took that)
      "年初预算", "调整预算", "预算数", "预算");

  /** The longest number {@link #multipleOf} reads before 倍 (1.25, 十二点五). */
  private static final int MULTIPLE_DIGITS = 8;

  /**
   * Where the base of the multiple at {@code at} starts, a period after 是, 为, 相当于 or a {@link
   * #GROWN_TO} verb ({@code 是2018年的1.5倍}: the base is 2018年), or -1.
   */
  private int multipleBase(int at) {
    if (at < 2 || s.charAt(at - 1) != '的') return -1;
    int end = s.startsWith("同期", at - 3) ? at - 3 : at - 1;
    int k = lowerBound(periodEnds, periodEnds.length, end, 0);
    if (k >= periods.size() || periodEnds[k] != end) return -1;
    int a = periods.get(k).start();
    return multipleOf(a, end) ? a : -1;
  }

  /** Where the 是, 为, 相当于 or {@link #GROWN_TO} verb before the base at {@code a} starts. */
  private int multipleLink(int a) {
    return s.charAt(a - 1) == '于' || (a >= 3 && startsWithAny(s, a - 3, GROWN_TO)) ? a - 3 : a - 1;
  }

  /**
   * A rise to a multiple of an old level: {@code 出口额增长到去年的1.5倍} is 1.5 times 去年's level, as
   * 是去年的1.5倍 is (review 19: the metric was 出口额增长到去年 and no base).
   */
  private static final List<String> GROWN_TO = List.of("增长到", "增长至", "增加到", "增加至", "提高到",
      "提高至", "上升到", "上升至", "扩大到", "扩大至");

  /** The period of each found one, once {@link #period} has built it. */
  private Period[] built;
  /** Whether the k-th period's year came from the text around it ({@link #yearOfEnd}). */
  private boolean[] dated;
  /** Whether the last {@link #period} call's year came from the text around it. */
  private boolean periodDated;

  /** The first place mention that starts at or after {@code p}. */
  private int firstPlaceAtOrAfter(int p) {
    return placeHint = lowerBound(placeStarts, placeStarts.length, p, placeHint);
  }

  /**
   * The place a figure belongs to: named in its sentence (the nearest before it, or the first after
   * it in its clause), else in its paragraph or bulleted item, else the section's 省份：标题. A
   * sentence about the whole country (全国, 我国 as its subject) or naming places of several
   * provinces together ({@code 川渝两地}, {@code 广东、广西}) gives none.
   */
  private Place place(Draft d, int sentence, int sentenceEnd, int clause, int paragraphStart) {
    int start = d.start;
    int end = d.end;
    // national scope as the subject of the clause: 全国共有…, 我国…
    int scope = nearest(clause, start, Role.SCOPE);
    if (scope >= 0 && hitStart[scope] == skipFillers(clause)) return null;

    int ownClause = d.clauseStart;
    int clauseEnd = -1; // looked up when a mention after the figure asks
    // bounded: a sentence without punctuation must not make every figure read all of it
    sentence = Math.max(sentence, start - SENTENCE_REACH);
    sentenceEnd = Math.min(sentenceEnd, end + SENTENCE_REACH);
    int support = nearest(sentence, sentenceEnd, Role.SUPPORT);
    int nearestBefore = -1;
    int afterSupport = -1;
    int afterInClause = -1;
    boolean severalInClause = false;
    for (int k = firstPlaceAtOrAfter(sentence); k < places.size()
        && places.get(k).start() < sentenceEnd; k++) {
      PlaceMention m = places.get(k);
      if (quotedName(m)) continue;
      if (inList(k)) {
        // 川渝两地投资…: a figure of several provinces together belongs to none of them
        if (m.end() <= start && m.start() >= ownClause) severalInClause = true;
        continue;
      }
      if (m.end() <= start) nearestBefore = k;
      if (support >= 0 && afterSupport < 0 && m.start() >= hitEnd[support]) afterSupport = k;
      if (afterInClause < 0 && m.start() >= end) {
        if (clauseEnd < 0) clauseEnd = structure.clauseEnd(start);
        if (m.end() <= clauseEnd) afterInClause = k;
      }
    }
    if (severalInClause && (nearestBefore < 0 || places.get(nearestBefore).start() < ownClause)) {
      return null;
    }
    // 婺城区全额投资建设的道孚县金茶花幼儿园: the figure belongs to where it happens
    if (afterSupport >= 0 && nearestBefore >= 0
        && !places.get(afterSupport).place().provinceCode()
            .equals(places.get(nearestBefore).place().provinceCode())) {
      return places.get(afterSupport).place();
    }
    // 成都市在深圳举办投资推介会，…总投资560亿元: the venue of an event is not whose figures they are
    // (review 19: 深圳市); the place before it is. Counter-example: 企业在深圳投资100亿元 (no event:
    // the money goes to 深圳).
    if (nearestBefore >= 0 && venue(places.get(nearestBefore))) {
      for (int k = nearestBefore - 1; k >= 0 && places.get(k).start() >= sentence; k--) {
        if (!quotedName(places.get(k)) && !inList(k) && !venue(places.get(k))) {
          nearestBefore = k;
          break;
        }
      }
    }
    // 广州市…，全省投资增长5%: 全省 after the place names its province
    if (nearestBefore >= 0) return referred(sentence, start, nearestBefore);
    if (afterInClause >= 0) return together(afterInClause);
    if (!d.headline) {
      int paragraph = Math.max(paragraphStart, start - PARAGRAPH_REACH);
      for (int k = firstPlaceAtOrAfter(start) - 1; k >= 0 && places.get(k).start() >= paragraph;
          k--) {
        if (!quotedName(places.get(k)) && !inList(k)) {
          return referred(sentence, start, k);
        }
      }
    }
    Place section = sectionAt(start);
    if (section == null && nearest(sentence, start, Role.ANAPHOR) >= 0) {
      // 到2022年，全省稻渔综合种养面积…: 全省 is the province named just before
      for (int k = firstPlaceAtOrAfter(start) - 1; k >= 0
          && places.get(k).start() >= start - ANAPHOR_REACH; k--) {
        if (!quotedName(places.get(k)) && !inList(k)) {
          return referred(sentence, start, k);
        }
      }
    }
    return section;
  }

  /**
   * The place of mention m, or what an anaphor between it and the figure refers to ({@link
   * #referent}) when the anaphor is a subject. Counter-examples, the city's own figures:
   * 苏州市进出口总额占全省的52%, 深圳市GDP增速居全省第一, 比全省平均水平低0.2个百分点 (全省 is a whole, a
   * rank or a base).
   */
  private Place referred(int sentence, int figure, int k) {
    PlaceMention m = places.get(k);
    int anaphor = nearest(Math.max(sentence, m.end()), figure, Role.ANAPHOR);
    Place place = together(k);
    if (place == null || anaphor < 0 || hitStart[anaphor] < m.end()
        || !opensClause(hitStart[anaphor])) {
      return place;
    }
    // what 全省 or 全区 refers to after the nearest name (广州、深圳…，全省 is 广东 either way)
    return referent(hitKey[anaphor].phrase(), m.place());
  }

  /**
   * The place of mention k, or what the list of places it is in has in common: a figure of {@code
   * 广州、深圳开工项目总投资1400亿元} is the two cities' together, so 广东's, not 深圳's (the nearest
   * name); of {@code 观山湖区、云岩区、南明区及贵阳国家经开区} it is 贵阳's (a member holds the others);
   * of {@code 广州、深圳、南宁} it is none (two provinces). Counter-example: {@code 广东省广州市}
   * (nothing between the names) is one place, 广州.
   */
  private Place together(int k) {
    Place own = places.get(k).place();
    int first = k;
    while (first > 0 && k - first < LIST_MAX && placesListed(first - 1, first)) first--;
    int last = k;
    while (last + 1 < places.size() && last - k < LIST_MAX && placesListed(last, last + 1)) last++;
    if (first == last) return own;
    String province = own.provinceCode();
    String prefecture = own.code().substring(0, 4);
    Place holder = null; // a member that holds the others: 贵阳 in 南明区及贵阳
    Place whole = null; // a province among the members: 广东、广州
    for (int j = first; j <= last; j++) {
      Place p = places.get(j).place();
      if (!p.provinceCode().equals(province)) return null; // all members first: 广州、广东、广西
      if (prefecture != null && !p.code().startsWith(prefecture)) prefecture = null;
      if (p.level() == Place.Level.PROVINCE) whole = p;
      if (p.level() == Place.Level.PREFECTURE) holder = p;
    }
    if (whole != null) return whole;
    if (prefecture != null) { // all members in one prefecture
      if (holder == null && first > 0
          && places.get(first - 1).end() == places.get(first).start()) {
        // 长春市朝阳区、南关区: the city written before the first member holds them
        Place before = places.get(first - 1).place();
        if (before.level() == Place.Level.PREFECTURE) holder = before;
      }
      if (holder == null) {
        // 南明区、云岩区: districts of one city that is not named
        holder = gazetteer.prefecture(prefecture + "00").orElse(null);
      }
      if (holder != null && holder.code().startsWith(prefecture)) return holder;
    }
    return gazetteer.province(province).orElse(own);
  }

  /** How many places either side of a mention {@link #together} reads for its list. */
  private static final int LIST_MAX = 16;

  /**
   * Whether mentions j and k = j + 1 are listed: one 、 和 与 or 及 between them, or nothing
   * between places of two provinces (川渝; 广东省广州市 is one place) or two cities (宁波舟山港: the
   * port of both, not of 舟山 alone; 苏州昆山 is one place, a city and its county).
   */
  private boolean placesListed(int j, int k) {
    PlaceMention a = places.get(j);
    PlaceMention b = places.get(k);
    int gap = b.start() - a.end();
    if (gap == 0) {
      return !Objects.equals(a.place().provinceCode(), b.place().provinceCode())
          || (a.place().level() == Place.Level.PREFECTURE
              && b.place().level() == Place.Level.PREFECTURE
              && !a.place().code().equals(b.place().code()));
    }
    return gap == 1 && LIST_JOINERS.indexOf(s.charAt(a.end())) >= 0;
  }

  /** What joins two places or two figures of a list (广东、广西; 800亿元和600亿元). */
  private static final String LIST_JOINERS = "、和与及";

  /**
   * Gives each figure of a list its own place or period when a list of as many places or periods
   * before it says so with 分别: {@code 广东、广西开工项目总投资分别为800亿元、600亿元} is 800亿元 for 广东
   * and 600亿元 for 广西 (not both for neither, or both for 广西); {@code 2022年、2023年全省地区生产总值
   * 分别为1.2万亿元、1.3万亿元} is 1.2万亿元 for 2022 (not both for 2023), and {@code 7、8月份出口分别
   * 增长5%、6%} is 5% for July. The places or periods must be the last before the figures in their
   * sentence, joined by 、 和 与 及 (places also by nothing, 川渝), with 分别 after them and no other
   * list between. Counter-examples, left as they are: {@code 广州、深圳的投资和消费分别为800亿元、
   * 600亿元} (分别 is 投资 and 消费, the list between), {@code 广东、广西、海南分别为800亿元、600亿元}
   * (three places, two figures). With a list of places and one of periods, 分别 reads the one
   * nearer to it: {@code 2022年、2023年，广东、广西分别为…} gives out the places.
   */
  private void respectively(List<Draft> drafts) {
    int i = 0;
    while (i < drafts.size()) {
      int j = i + 1;
      while (j < drafts.size() && drafts.get(j).listed) j++;
      if (j - i >= 2) {
        // 接待游客…，实现旅游收入…，分别增长: 分别 is over the metrics, not over a list of months
        // or places before them
        if (!distributeMetrics(drafts, i, j)) distribute(drafts, i, j);
        splitMetric(drafts, i, j);
        splitBase(drafts, i, j);
      }
      i = j;
    }
  }

  /**
   * Gives each figure of a list after 分别 one of as many bases joined by 和 or 、 that they share:
   * {@code 分别比上月和上年同期低0.05个和0.11个百分点} is 0.05 below 上月 and 0.11 below 上年同期 (review
   * 13: both had the base 上月和上年同期). Counter-example: without 分别 ({@code 比上年和上年同期…}
   * is rare and left whole), or a base of another count of parts.
   */
  private void splitBase(List<Draft> drafts, int i, int j) {
    Draft first = drafts.get(i);
    if (first.base == null || !first.type.isSigned()) return;
    boolean respectively = false; // (a base joined by 和 ends respectivelyBetween's list)
    for (int p = first.clauseStart; p < first.start && !respectively; p++) {
      respectively = respectivelyAt(p, first.start);
    }
    if (!respectively) return;
    String[] parts = first.base.split("[和、]", -1);
    if (parts.length != j - i) return;
    for (int k = i; k < j; k++) {
      if (parts[k - i].isEmpty() || !first.base.equals(drafts.get(k).base)) return;
    }
    for (int k = i; k < j; k++) drafts.get(k).base = parts[k - i];
  }

  /**
   * Gives each figure of a list after 分别 the metric of one of as many figures before it in its
   * sentence: {@code 全年接待游客1.2亿人次，实现旅游收入1500亿元，分别增长35.6%和42.1%} is 35.6% for
   * 接待游客 and 42.1% for 旅游收入 (not both for 旅游收入). Only when the list names no metric of its
   * own, the figures before it are levels with metrics of their own, different ones, and they are
   * all the sentence has before it; when they share one metric in different periods or places,
   * each figure takes its level's period or place too. Counter-example, left as it is: {@code 总投资100亿元，其中A项目
   * 50亿元、B项目30亿元，分别增长…} (three figures before two).
   */
  private boolean distributeMetrics(List<Draft> drafts, int i, int j) {
    int n = j - i;
    if (i < n) return false;
    Draft head = drafts.get(i);
    Draft last = drafts.get(i - 1);
    // (A、B分别增长6.2%和4.5%，分别高于全国0.4个和0.5个百分点: the points took the list's joined
    // metric, of which the last rate has its part)
    boolean points = head.type == IndicatorType.PERCENTAGE_POINT_CHANGE && last.listed
        && head.metric.contains(last.metric) && !last.metric.isEmpty();
    // 营业收入、归母净利润分别为78.9亿元、6.7亿元，分别同比增长11.2%、9.8%: the rates took the joined
    // metric the levels' list split (review 16: both rates had 营业收入、归母净利润)
    boolean joined = !points && last.listed && !last.metric.isEmpty()
        && head.metric.length() > last.metric.length() && head.metric.endsWith(last.metric);
    if ((!head.metric.equals(last.metric) && !points && !joined)
        || !respectivelyBetween(last.end, head.start)) {
      return false;
    }
    if (head.type == IndicatorType.PERCENTAGE_POINT_CHANGE) return distributePoints(drafts, i, j);
    // 春节假期8天，全市接待游客…，实现旅游收入…，分别恢复至…: a length of time before the levels is
    // background, no level of the list (review 19: both shares went to 旅游收入); any other figure
    // before them makes the pairing unsure
    for (int k = i - n - 1; k >= 0 && drafts.get(k).start >= head.sentenceStart; k--) {
      if (drafts.get(k).q.unit().dimension() != Dimension.DURATION) return false;
    }
    for (int m = 0; m < n; m++) {
      Draft p = drafts.get(i - n + m);
      if (p.start < head.sentenceStart || (p.listed && !(joined && m > 0)) || p.metric.isEmpty()
          || p.type.isSigned()
          || p.type == IndicatorType.SHARE || p.type == IndicatorType.RATE) {
        return false;
      }
      for (int q = 0; q < m; q++) {
        Draft o = drafts.get(i - n + q);
        if (o.metric.equals(p.metric) && Objects.equals(o.period, p.period)
            && Objects.equals(o.place, p.place)) {
          return false;
        }
      }
    }
    // 2023年全市GDP为5000亿元，2022年为4700亿元，分别增长5%和4%: one metric in two periods, and each
    // rate is its level's year's (both were 2022's, the period nearest before them); 广东GDP…，广西
    // GDP…，分别增长…: each its level's place (both were 广西's)
    boolean periods = false;
    boolean places = false;
    for (int m = 1; m < n; m++) {
      periods |= !Objects.equals(drafts.get(i - n).period, drafts.get(i - n + m).period);
      places |= !Objects.equals(drafts.get(i - n).place, drafts.get(i - n + m).place);
    }
    for (int m = 0; m < n; m++) {
      Draft d = drafts.get(i + m);
      Draft level = drafts.get(i - n + m);
      d.metric = level.metric;
      if (periods) d.period = level.period;
      if (places) d.place = level.place;
    }
    return true;
  }

  /**
   * Gives each point figure of a list after 分别 the metric of one of as many rates before it in its
   * sentence, listed or not: {@code 工业增加值增长6.2%，投资增长4.5%，分别高于全国0.4和0.5个百分点} is 0.4
   * for 工业增加值 (review 15: all took the last rate's metric). Levels between do not count ({@code
   * 工业增加值1234亿元，增长6.2%；…}: second read). Counter-example, left as it is: rates with one metric
   * twice, or as many rates as points not in the sentence.
   */
  private boolean distributePoints(List<Draft> drafts, int i, int j) {
    int n = j - i;
    Draft head = drafts.get(i);
    Draft[] rates = new Draft[n];
    int found = 0;
    // (工业增加值增长6.2%；投资增长4.5%，分别高于…: the rates may stand across a ；)
    int from = head.sentenceStart;
    while (from > 0 && s.charAt(from - 1) == '；') from = structure.sentenceStart(from - 1);
    for (int k = i - 1; k >= 0 && drafts.get(k).start >= from; k--) {
      Draft p = drafts.get(k);
      if (p.q.unit().dimension() != Dimension.PERCENT) continue;
      if (found == n) return false; // more rates than points
      rates[n - 1 - found++] = p;
    }
    if (found != n) return false;
    // 一季度增长5.3%，二季度增长4.7%，分别回落0.2和0.6个百分点: each its rate's period too (second read:
    // both were 二季度's); the rates must differ in metric (named) or in period
    boolean periods = false;
    for (int m = 1; m < n; m++) periods |= !Objects.equals(rates[0].period, rates[m].period);
    for (int m = 0; m < n; m++) {
      if (rates[m].metric.isEmpty() && !periods) return false;
      for (int q = 0; q < m && !periods; q++) {
        if (rates[q].metric.equals(rates[m].metric)) return false;
      }
    }
    for (int m = 0; m < n; m++) {
      drafts.get(i + m).metric = rates[m].metric;
      if (periods) drafts.get(i + m).period = rates[m].period;
    }
    return true;
  }

  /**
   * Gives each figure of a list after 分别 its part of a metric that lists as many: {@code
   * 全市进口和出口分别增长8.2%、6.5%} is 8.2% for 进口 and 6.5% for 出口; {@code 城镇、农村居民人均可支配
   * 收入分别为5.2万元和2.3万元} is 城镇居民人均可支配收入 and 农村居民人均可支配收入 (short parts before a long
   * one share its head). A money figure is typed by its own part: {@code 投资和消费分别为800亿元、
   * 600亿元} is 600亿元 of 消费, no investment. {@code 第一、二、三产业增加值} is 第一产业增加值 and so on
   * ({@link #ordinalsShareHead}). Counter-example, left whole: other parts of one character.
   */
  private void splitMetric(List<Draft> drafts, int i, int j) {
    int n = j - i;
    Draft head = drafts.get(i);
    String metric = head.metric;
    if (metric.length() < 2 * n + n - 1 && !(n == 2 && metric.endsWith("产销"))) return;
    int at = lastIndexIn(metric, head.sentenceStart, head.start); // (bounded: not to the text's start)
    if (at < head.sentenceStart || !respectivelyBetween(at + metric.length(), head.start)) return;
    int both = metric.endsWith("产销") ? 2 : metric.endsWith("产销量") ? 3 : 0;
    if (n == 2 && both > 0) {
      // 新能源汽车产销分别为92.2万辆和95.5万辆 (an industry association's monthly form): production
      // and sales, one each (review 15: both had 产销)
      String of = metric.substring(0, metric.length() - both);
      // (…，同比分别增长6.4%和8.3%: the pair after it in the sentence, with the same joined metric)
      boolean pairAfter = j + 1 < drafts.size() && drafts.get(j).metric.equals(metric)
          && drafts.get(j + 1).metric.equals(metric)
          && drafts.get(j + 1).sentenceStart == head.sentenceStart;
      for (int k = i; k < (pairAfter ? j + 2 : j); k++) {
        drafts.get(k).metric = of + ((k - i) % 2 == 0 ? "产量" : "销量");
      }
      return;
    }
    String[] parts = new String[n];
    int k = 0;
    int from = 0;
    for (int c = 0; c < metric.length(); c++) {
      if (LIST_JOINERS.indexOf(metric.charAt(c)) < 0) continue;
      if (k == n - 1) return; // more parts than figures
      parts[k++] = metric.substring(from, c);
      from = c + 1;
    }
    if (k != n - 1) return;
    parts[k] = metric.substring(from);
    if (ordinalsShareHead(parts)) {
      // 第一、二、三产业增加值: 第一产业增加值, 第二产业增加值, 第三产业增加值 (review 13: all three had the
      // whole phrase)
      String rest = parts[n - 1].substring(1);
      for (int m = 0; m < n; m++) {
        String numeral = m == 0 ? parts[0].substring(1) : parts[m].substring(0, 1);
        drafts.get(i + m).metric = "第" + numeral + rest;
      }
      return;
    }
    for (String part : parts) {
      if (part.length() < 2) return;
      // (a list of bases is no list of metrics: 比2022年、2023年分别增长…)
      char last = part.charAt(part.length() - 1);
      if (last == '年' || last == '月' || part.charAt(0) == '比') return;
    }
    // 城镇、农村居民…, 1号线、2号线地铁工程总投资: the parts before the last share its head when they
    // are as long as one another and short (two characters), or name no type where the last does
    int shared = parts[0].length();
    // 接待国内游客和实现国内旅游收入: a last part that opens with a verb is a predicate of its own, whose
    // head is not the others' (review 15: 接待国内游客收入)
    boolean sharing = parts[n - 1].length() > shared + 1 && !opensWithVerb(parts[n - 1]);
    for (int m = 1; m < n - 1 && sharing; m++) sharing = parts[m].length() == shared;
    String last = parts[n - 1];
    int word = sharing ? headStart(last) : -1; // (read once for both tests below)
    if (sharing && shared > 2) {
      for (int m = 0; m < n - 1 && sharing; m++) sharing = typeIn(parts[m]) == null;
      sharing = sharing && (typeIn(last) != null || word > 0);
    }
    // 风电、太阳能发电量: the head is the last part's metric word where it starts one character
    // either side of the first part's length (风电 + 发电量, where it was 风电 + 能发电量);
    // 城镇、农村居民人均可支配收入 keeps 居民人均可支配收入 (its word, 人均可支配收入, is further in)
    int tail = sharing && word > 0 && Math.abs(word - shared) == 1 ? word : shared;
    for (int m = 0; m < n; m++) {
      Draft d = drafts.get(i + m);
      d.metric = sharing && m < n - 1 ? parts[m] + last.substring(tail) : parts[m];
      if (d.type.isMoney() && d.type != IndicatorType.CHANGE) {
        IndicatorType own = typeIn(d.metric);
        d.type = own != null ? own : IndicatorType.AMOUNT;
      }
    }
  }

  /** Whether a listed part opens with a verb of doing: 实现, 完成, 接待, 新增 … (实现国内旅游收入). */
  private static boolean opensWithVerb(String part) {
    for (String v : PART_VERBS) {
      if (part.startsWith(v)) return true;
    }
    return false;
  }

  private static final List<String> PART_VERBS = List.of("实现", "完成", "接待", "新增", "引进", "达到",
      "开展", "发放");

  /**
   * Whether parts split from a metric are ordinals with 第 written once: 第一, 二, 三产业增加值.
   * Counter-example: 第一、第二产业 (two parts of two characters; the generic rule shares the head).
   */
  private static boolean ordinalsShareHead(String[] parts) {
    int n = parts.length;
    if (parts[0].length() != 2 || parts[0].charAt(0) != '第' || !isOrdinalDigit(parts[0].charAt(1))
        || parts[n - 1].length() < 3 || !isOrdinalDigit(parts[n - 1].charAt(0))) {
      return false;
    }
    for (int m = 1; m < n - 1; m++) {
      if (parts[m].length() != 1 || !isOrdinalDigit(parts[m].charAt(0))) return false;
    }
    return true;
  }

  private static boolean isOrdinalDigit(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * Where the last type or metric-noun keyword in {@code phrase} starts (the longest where two end
   * there), or -1: 3 in 太阳能发电量.
   */
  private int headStart(String phrase) {
    int[] best = {-1, -1}; // start, end
    for (int a = 0; a < phrase.length(); a++) { // the first to reach an end is the longest
      int from = a;
      keywords.trie.forEachMatch(phrase, a, (end, list) -> {
        for (Keyword k : list) {
          if ((k.role() == Role.TYPE || k.role() == Role.NOUN) && end > best[1]) {
            best[0] = from;
            best[1] = end;
          }
        }
      });
    }
    return best[0];
  }

  /**
   * Where 增减 of a report's column ends before d, over a colon, a sign and a bracketed unit
   * ({@code 增减：12.34%}, {@code 增减（%）：-8.76}), with one of them between; or -1.
   */
  private int columnOfChange(Draft d, boolean bracketed) {
    int k = beforeSignAndColon(d.start);
    if (k > 0 && (s.charAt(k - 1) == '）' || s.charAt(k - 1) == ')')) {
      int open = asideBefore(k);
      if (open < 0 || k - open > 6) return -1;
      k = open;
    } else if (bracketed) {
      return -1; // 增减：-1000元 is written with its unit, and read by its verb
    }
    if (k >= d.start || k < 2) return -1;
    for (String w : COLUMNS_OF_CHANGE) {
      if (s.startsWith(w, k - 2)) return k - 2;
    }
    return -1;
  }

  /**
   * The heads of a report's column of changes, before a colon or a bracketed unit. 增长 and 增幅
   * were added after the second read of review 16 ({@code 增长（%）：5.2} was a RATE); 下降 is not
   * one, as its figure is written without a sign ({@code 下降（%）：3.1} is a fall, read by its verb
   * when the colon is not there).
   */
  private static final List<String> COLUMNS_OF_CHANGE = List.of("增减", "增长", "增幅", "增速");

  /**
   * The end of the bracketed unit right before d ({@code 营业收入（元）：}, {@code （%）：-}), over a
   * sign and a colon, when that is where d's clause starts or inside it; or -1.
   */
  private int unitHeadEnd(Draft d) {
    int k = beforeSignAndColon(d.start);
    return k > d.sentenceStart && (s.charAt(k - 1) == '）' || s.charAt(k - 1) == ')') ? k : -1;
  }

  /** Where a report line's cell starts before {@code k}: back over a sign, then a colon (：-8.76). */
  private int beforeSignAndColon(int k) {
    if (k > 0 && (s.charAt(k - 1) == '-' || s.charAt(k - 1) == '+')) k--;
    if (k > 0 && (s.charAt(k - 1) == '：' || s.charAt(k - 1) == ':')) k--;
    return k;
  }

  /**
   * Where a turn (由负转正, 扭亏为盈, 止跌回升 …) ends the clause right before d's, or -1: the
   * measure before it is d's ({@link #TURNS}).
   */
  private int turnBefore(Draft d) {
    int k = d.clauseStart - 1;
    if (k <= d.sentenceStart || (s.charAt(k) != '，' && s.charAt(k) != ',')) return -1;
    for (String w : TURNS) {
      if (k - w.length() >= d.sentenceStart && s.startsWith(w, k - w.length())) {
        return k - w.length();
      }
    }
    return -1;
  }

  /** A measure's turn, written in a clause of its own before its figure. */
  private static final List<String> TURNS = List.of("由负转正", "由正转负", "由降转升", "由升转降",
      "由亏转盈", "由盈转亏", "扭亏为盈", "止跌回升", "企稳回升", "止跌企稳", "实现正增长");

  /** The type the last type keyword in {@code phrase} names (the longest where two end there). */
  private IndicatorType typeIn(String phrase) {
    IndicatorType[] best = {null};
    int[] bestEnd = {-1};
    for (int a = 0; a < phrase.length(); a++) { // the first to reach an end is the longest
      keywords.trie.forEachMatch(phrase, a, (end, list) -> {
        for (Keyword k : list) {
          if (k.role() == Role.TYPE && end > bestEnd[0]) {
            best[0] = k.type();
            bestEnd[0] = end;
          }
        }
      });
    }
    return best[0];
  }

  /** Whether [from, to) holds 分别 and no list joiner: {@code ，分别增长}. */
  private boolean respectivelyBetween(int from, int to) {
    boolean respectively = false;
    for (int p = from; p < to; p++) {
      char c = s.charAt(p);
      if (LIST_JOINERS.indexOf(c) >= 0 || c == '。' || c == '；') return false;
      if (respectivelyAt(p, to)) respectively = true;
    }
    return respectively;
  }

  /** Whether 分别 stands at {@code p}, ending before {@code to}: not 部分别墅 or 十分别致. */
  private boolean respectivelyAt(int p, int to) {
    return s.charAt(p) == '分' && p + 1 < to && s.charAt(p + 1) == '别'
        && !(p > 0 && (s.charAt(p - 1) == '部' || s.charAt(p - 1) == '十'));
  }

  private void distribute(List<Draft> drafts, int i, int j) {
    List<Draft> run = drafts.subList(i, j);
    Draft head = run.get(0);
    int from = Math.max(head.sentenceStart, head.start - SENTENCE_REACH);
    int firstPlace = placeList(head.start, run.size(), from);
    List<Periods.Found> periodList = periodList(head.start, run.size(), from);
    if (firstPlace >= 0 && periodList != null) {
      // both listed: 分别 reads the list nearer to it (2022年、2023年连续两年，南昌市、九江市分别获得…)
      if (places.get(firstPlace).start() > periodList.get(0).start()) {
        periodList = null;
      } else {
        firstPlace = -1;
      }
    }
    if (firstPlace >= 0 && opensList(places.get(firstPlace), firstPlace)
        && respectivelyAfter(places.get(firstPlace + run.size() - 1).end(), drafts, i, from)) {
      for (int m = 0; m < run.size(); m++) run.get(m).place = places.get(firstPlace + m).place();
    }
    if (periodList != null
        && respectivelyAfter(periodList.get(periodList.size() - 1).end(), drafts, i, from)) {
      for (int m = 0; m < run.size(); m++) run.get(m).period = built(periodList.get(m));
    }
  }

  /**
   * The first of the {@code n} places listed last before {@code at} in its sentence (which the
   * reading starts at {@code from}), or -1.
   */
  private int placeList(int at, int n, int from) {
    int last = firstPlaceAtOrAfter(at) - 1;
    while (last >= 0 && places.get(last).end() > at) last--;
    if (last < 0 || places.get(last).start() < from || quotedName(places.get(last))) return -1;
    int first = last;
    // bounded: one member more than the figures is enough to say no
    while (first > 0 && last - first + 1 <= n && placesListed(first - 1, first)
        && places.get(first - 1).start() >= from) {
      first--;
    }
    return last - first + 1 == n ? first : -1;
  }

  /**
   * Whether the list of places whose first is mention {@code first} is the subject: it opens its
   * clause (after 广东省 in 广东省广州、深圳, 广东省深圳市 in 广东省深圳市南山区、福田区), or follows a 其中 that does (其中广州、深圳分别为300亿元、
   * 200亿元). Counter-examples, where the figures are another place's: 广东对香港、澳门出口, 广州引进
   * 北京、上海企业, 来自北京、上海的投资, 比广西、海南分别高, 超过广西、海南.
   */
  private boolean opensList(PlaceMention firstMention, int first) {
    int opening = firstMention.start();
    // 广东省深圳市南山区、福田区: back over the places that hold the first, written right before it
    for (int k = first; k > 0 && first - k < LIST_MAX && places.get(k - 1).end() == opening
        && !placesListed(k - 1, k); k--) {
      opening = places.get(k - 1).start();
    }
    boolean parts = opening >= 2 && s.startsWith("其中", opening - 2) && opensClause(opening - 2);
    return opensClause(opening) || parts;
  }

  /**
   * The {@code n} periods listed last before {@code at} in its sentence, or null: {@code 2022年、
   * 2023年}, {@code 一季度和二季度}, or one period of two months for two figures ({@code 7、8月份},
   * {@code 1、3月}). Counter-examples, bases of a comparison: {@code 比2022年、2023年分别高},
   * {@code 与2022年、2023年相比}; and {@code 2022年至2023年} is one span, not a list.
   */
  private List<Periods.Found> periodList(int at, int n, int from) {
    int last = firstPeriodEndingAfter(at) - 1;
    if (last < 0 || periods.get(last).start() < from) return null;
    Periods.Found l = periods.get(last);
    if (l.endYear() != null && l.year() != null && l.endYear() - l.year() + 1 == n
        && l.fromMonth() <= 1 && (l.toMonth() == 0 || l.toMonth() == 12) && !l.since()
        && !(last > 0 && periodsListed(last - 1, last)) && !comparedWith(last)) {
      // 2021—2023年，全省GDP增速分别为8.8%、4.7%、4.1%: one year to each
      List<Periods.Found> years = new ArrayList<>(n);
      for (int y = l.year(); y <= l.endYear(); y++) years.add(l.oneYear(y));
      return years;
    }
    if (l.pair()) {
      boolean alone = n == 2 && !(last > 0 && periodsListed(last - 1, last));
      return alone && !comparedWith(last) ? List.of(l.member(0), l.member(1)) : null;
    }
    int first = last;
    while (first > 0 && last - first + 1 <= n && periodsListed(first - 1, first)
        && periods.get(first - 1).start() >= from) {
      first--;
    }
    if (last - first + 1 != n) return null;
    for (int k = first; k <= last; k++) if (periods.get(k).pair()) return null; // 6月、7、8月
    if (comparedWith(last)) return null;
    return periods.subList(first, last + 1);
  }

  /** Whether periods j and k = j + 1 are listed: one 、 和 与 or 及 between them. */
  private boolean periodsListed(int j, int k) {
    int end = periods.get(j).end();
    return periods.get(k).start() - end == 1 && LIST_JOINERS.indexOf(s.charAt(end)) >= 0;
  }

  /**
   * Whether 分别 is written between the end of a list and the figures of drafts i on, and no other
   * list nor 其中 stands between; earlier listed figures read the same list (分别完成投资800亿元、
   * 600亿元，同比增长5%、6%), but 其中民间投资和国有投资分别为500亿元、300亿元 lists two parts, not the
   * places.
   */
  private boolean respectivelyAfter(int listEnd, List<Draft> drafts, int i, int from) {
    Draft head = drafts.get(i);
    int f = i;
    while (f > 0 && drafts.get(f - 1).start >= listEnd && drafts.get(f - 1).start >= from) f--;
    boolean respectively = false;
    int p = listEnd;
    while (p < head.start) {
      if (f < i && p >= drafts.get(f).start) {
        // over a figure, and over the separators to the figure it lists before
        p = drafts.get(f).end;
        if (f + 1 < drafts.size() && drafts.get(f + 1).listed) p = drafts.get(f + 1).start;
        f++;
        continue;
      }
      char c = s.charAt(p);
      if (LIST_JOINERS.indexOf(c) >= 0 || s.startsWith("其中", p)) return false;
      if (respectivelyAt(p, head.start)) respectively = true;
      p++;
    }
    return respectively;
  }

  /**
   * Whether the word at {@code p} opens its clause: after punctuation, a line break, a dateline or
   * the start of the text, or right after a period that does (前三季度，全省; 今年全省).
   */
  private boolean opensClause(int p) {
    int i = p;
    while (i > 0 && Structure.isSpace(s.charAt(i - 1))) i--;
    if (i == 0 || "，。；：、！？\n）)".indexOf(s.charAt(i - 1)) >= 0) return true;
    // 广州海关数据显示全省…, 记者从武汉市获悉全省…: what a report says opens a clause
    for (String w : REPORTED) {
      if (i >= w.length() && s.startsWith(w, i - w.length())) return true;
    }
    if (skipSpace(structure.paragraphStart(p)) >= p) return true; // after a dateline
    int k = lowerBound(periodEnds, periodEnds.length, i, 0);
    return k < periods.size() && periodEnds[k] == i && opensClause(periods.get(k).start());
  }

  /**
   * What 全省 or 全区 refers to after {@code named}: its province ({@code 新华社广州电 全省…} is 广东,
   * not 广州; {@code 南宁…全区} is 广西, an autonomous region). Counter-examples, the place itself:
   * 全市 (a city), 全区 after a district ({@code 婺城区…全区}), and any word after a province.
   */
  private Place referent(String word, Place named) {
    if (named.level() == Place.Level.PROVINCE) return named;
    boolean province = word.equals("全省") || word.equals("本省")
        || (word.equals("全区") && !named.name().endsWith("区")
            && AUTONOMOUS_REGIONS.contains(named.provinceCode()));
    return province ? gazetteer.province(named.provinceCode()).orElse(named) : named;
  }

  /** Words of reporting after which a clause opens without punctuation (显示全省…). */
  private static final List<String> REPORTED =
      List.of("显示", "表示", "获悉", "称", "指出", "介绍", "透露", "了解到", "统计");

  /** The five autonomous regions (内蒙古, 广西, 西藏, 宁夏, 新疆), which 全区 names. */
  private static final java.util.Set<String> AUTONOMOUS_REGIONS =
      java.util.Set.of("150000", "450000", "540000", "640000", "650000");

  /**
   * Whether a place is part of a quoted name: {@code “深圳小镇”} is a project in 广西, not a figure of
   * 深圳. A quoted place alone ({@code “广西”}) still counts.
   */
  /**
   * Whether m is where an event is held: after 在 or 赴 and before 举办, 举行, 召开 or 参加 ({@code
   * 在深圳举办推介会}, {@code 赴上海参加进博会}).
   */
  private boolean venue(PlaceMention m) {
    if (m.start() < 1 || (s.charAt(m.start() - 1) != '在' && s.charAt(m.start() - 1) != '赴')) {
      return false;
    }
    return startsWithAny(s, m.end(), EVENT_VERBS);
  }

  private static final List<String> EVENT_VERBS = List.of("举办", "举行", "召开", "参加", "开展");

  private boolean quotedName(PlaceMention m) {
    int open = -1;
    for (int i = m.start() - 1; i >= Math.max(0, m.start() - 12); i--) {
      char c = s.charAt(i);
      if (c == '“' || c == '《') {
        open = i;
        break;
      }
      if (c == '”' || c == '》' || c == '\n' || Structure.isSentenceEnd(c)) break;
    }
    if (open < 0) return false;
    char close = s.charAt(open) == '“' ? '”' : '》';
    return !(open == m.start() - 1 && m.end() < s.length() && s.charAt(m.end()) == close);
  }

  /** Whether mention k is in a list of places of different provinces (广东、广西; 川渝). */
  private boolean inList(int k) {
    return enumerated(k) || (k + 1 < places.size() && enumerated(k + 1));
  }

  private int skipFillers(int clause) {
    int a = skipSpace(clause);
    while (a < s.length() && isJunk(s.charAt(a))) a++;
    return a;
  }

  /**
   * Whether the place mention k is the last of a list of places of different provinces ({@code
   * 广东、广西两地}): then the figure belongs to several provinces.
   */
  private boolean enumerated(int k) {
    if (k == 0) return false;
    PlaceMention m = places.get(k);
    PlaceMention prev = places.get(k - 1);
    int gap = m.start() - prev.end();
    if (gap < 0 || gap > 1) return false;
    for (int i = prev.end(); i < m.start(); i++) {
      if ("、和与及同，".indexOf(s.charAt(i)) < 0) return false;
    }
    return !Objects.equals(prev.place().provinceCode(), m.place().provinceCode());
  }

  // ---------------------------------------------------------------- headline and body

  /**
   * A figure in a headline that the body states again (same type, unit and value, and no other
   * province) is one indicator: the body's mention is primary, the headline's is added to its
   * mentions, and the headline lends its place or period where the body has none.
   */
  private List<Indicator> merge(List<Draft> drafts) {
    int heads = 0;
    for (Draft d : drafts) if (d.headline) heads++;
    if (heads > 0) mergeHeadlines(drafts, heads);
    int kept = 0;
    for (Draft d : drafts) if (d.mergedInto == null && !d.streak && !d.rateUnit) kept++;
    // of the exact size, so that the document keeps the list rather than copying it
    ImmutableList.Builder<Indicator> out = ImmutableList.builderWithExpectedSize(kept);
    for (Draft d : drafts) {
      if (d.mergedInto == null && !d.streak && !d.rateUnit) out.add(d.build());
    }
    return out.build();
  }

  /** Merges each of the {@code heads} headline drafts into a body draft of the same figure. */
  private void mergeHeadlines(List<Draft> drafts, int heads) {
    // what a headline figure can match: its type and value, so that only the body figures that
    // may match one pay for a key (most texts have few headline figures, many have none)
    Set<IndicatorType> headlineTypes = EnumSet.noneOf(IndicatorType.class);
    double[] headlineValues = new double[heads];
    heads = 0;
    for (Draft d : drafts) {
      if (!d.headline || d.mergedInto != null) continue; // (突破两万亿元，达到…: merged already)
      headlineTypes.add(d.type);
      headlineValues[heads++] = probe(d.q);
    }
    if (heads < headlineValues.length) headlineValues = Arrays.copyOf(headlineValues, heads);
    Arrays.sort(headlineValues);
    Map<Key, List<Draft>> body = new HashMap<>();
    for (Draft d : drafts) {
      if (!d.headline && d.mergedInto == null && headlineTypes.contains(d.type)
          && Arrays.binarySearch(headlineValues, probe(d.q)) >= 0) {
        body.computeIfAbsent(Key.of(d), x -> new ArrayList<>()).add(d);
      }
    }
    for (Draft h : drafts) {
      if (!h.headline || h.mergedInto != null) continue;
      List<Draft> candidates = body.get(Key.of(h));
      if (candidates == null) continue;
      // the body mentions in text order; look at the few nearest after the headline (bounded
      // work when thousands of equal figures repeat), then the few before it
      int at = firstAfter(candidates, h.start);
      int after = Math.min(candidates.size(), at + MERGE_CANDIDATES);
      int before = Math.max(0, at - MERGE_CANDIDATES);
      for (int n = at; n < after + at - before; n++) {
        Draft b = candidates.get(n < after ? n : before + n - after); // [at, after), [before, at)
        if (Math.abs(b.start - h.start) > MERGE_REACH) continue; // another article of an archive
        if (b.place != null && h.place != null
            && !b.place.provinceCode().equals(h.place.provinceCode())) {
          continue;
        }
        mergeInto(h, b);
        break;
      }
    }
    mergeRoundedHeadlines(drafts);
  }

  private static void mergeInto(Draft h, Draft b) {
    h.mergedInto = b;
    if (b.mentions == null) b.mentions = new ArrayList<>(2);
    b.mentions.add(h.q.span());
    if (h.mentions != null) b.mentions.addAll(h.mentions); // a headline's 突破…，达到…
    if (b.place == null) b.place = h.place;
    if (b.period == null) b.period = h.period;
  }

  /**
   * A headline figure that rounds the body's ({@code 超400亿元} over {@code 总投资426.5亿元}, {@code
   * 总投资426亿元} over 426.5亿元, {@code 近千亿元} over 980亿元) is the same figure: it merges with the
   * first of the next few body figures of its type, unit and sign, before the next headline, that
   * its qualifier and precision allow. Counter-examples, two figures: {@code 超400亿元} over 520亿元
   * (past the next hundred), a body figure of another province, or one after the next headline.
   */
  private void mergeRoundedHeadlines(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft h = drafts.get(i);
      if (!h.headline || h.mergedInto != null || h.q.value() == null) continue;
      int k = structure.headlineIndex(h.start);
      int limit = k >= 0 && k + 1 < structure.headlineCount() ? structure.headlineStart(k + 1)
          : s.length();
      int seen = 0;
      for (int j = i + 1; j < drafts.size() && seen < MERGE_CANDIDATES; j++) {
        Draft b = drafts.get(j);
        if (b.start >= limit || b.start - h.start > MERGE_REACH) break;
        // 近千亿元项目开工 over 总投资980亿元: a headline's bare amount is the body's investment
        boolean sameType = b.type == h.type || (h.type == IndicatorType.AMOUNT && b.type.isMoney());
        if (b.headline || b.mergedInto != null || !sameType || b.negative != h.negative
            || !b.q.unit().equals(h.q.unit())) {
          continue;
        }
        seen++;
        if (b.q.value() == null) continue;
        if (b.place != null && h.place != null
            && !b.place.provinceCode().equals(h.place.provinceCode())) {
          continue;
        }
        if (Rounding.rounds(h.q, b.q.value()) || h.q.value().compareTo(b.q.value()) == 0) {
          mergeInto(h, b);
          break;
        }
      }
    }
  }

  /**
   * A number equal for two quantities of equal {@link Key}s: the value, or the low end of a range
   * (which has no value). Equal numbers give equal doubles: {@code doubleValue} is correctly
   * rounded, whatever the scale.
   */
  private static double probe(Quantity q) {
    return (q.value() != null ? q.value() : q.low()).doubleValue();
  }

  /** How far from its headline a body mention may be to be the same figure. */
  static final int MERGE_REACH = 20_000;
  /** How many equal body figures around a headline figure are considered for a merge. */
  static final int MERGE_CANDIDATES = 4;

  private static int firstAfter(List<Draft> sorted, int p) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What makes two mentions the same figure. */
  record Key(IndicatorType type, String unit, BigDecimal value, BigDecimal low,
      BigDecimal high, boolean negative) {
    static Key of(Draft d) {
      return new Key(d.type, d.q.unit().symbol(), strip(d.q.value()), strip(d.q.low()),
          strip(d.q.high()), d.negative);
    }

    private static BigDecimal strip(BigDecimal x) {
      return x == null ? null : x.stripTrailingZeros();
    }
  }
}
