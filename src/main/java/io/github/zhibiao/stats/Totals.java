package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up the figures of one indicator type by group (province, place, region group or any key),
 * with bounds and provenance: the entry point for totals.
 *
 * <pre>{@code
 * Document d = Zhibiao.create().extract(
 *     "海南：全省共集中开工项目100个、总投资298亿元，集中签约项目41个、总投资342亿元。");
 * List<Total> totals = Totals.standard().of(d);      // investment, by province
 * totals.get(0).key();         // "海南"
 * totals.get(0).value();       // 64000000000 (元)
 * totals.get(0).bound();       // EXACT
 * totals.get(0).contributions().get(1).text();   // "342亿元"
 * }</pre>
 *
 * <p><b>What counts.</b> Only figures of the requested {@linkplain Builder#type type} whose status
 * is {@link Status#ACTUAL} or {@link Status#PLAN}; {@link Status#TARGET} figures only when {@link
 * Builder#includeTargets asked for}; {@link Status#THRESHOLD} figures ({@code 5000万元以上项目})
 * never. Each {@link Indicator} counts once, however many times the text repeats it (a headline
 * and its body are one indicator). {@link IndicatorType#CHANGE} figures ({@code 比上年增加30亿元}) are
 * their own type, so they never count toward a total of levels.
 *
 * <p><b>What is kept apart.</b> Figures are added only within one group key, one {@link Scope} and
 * one unit. A one-year part ({@code 年度计划投资}, see {@link Scope}) is never added to whole amounts
 * ({@code 总投资}). Units are never mixed: 元 and 美元 give two totals. A figure given again in
 * another currency ({@code 12.5亿美元（约合人民币90亿元）}) is typed as the figure it converts, so it
 * adds to the 元 total and the original to the 美元 one: never add the two totals together. Areas are converted only when
 * the caller asks for one {@linkplain Builder#unit unit}, and only by exact factors (1 公顷 = 15 亩,
 * 1 平方公里 = 1500 亩, 1 平方米 = 0.0015 亩, 1 平方公里 = 100 公顷); 亩 cannot be turned into 公顷
 * exactly (1/15), so 亩 figures keep a total of their own when 公顷 is asked for. Power and energy
 * convert the same way (1 吉瓦 = 1000 兆瓦 = 1000000 千瓦, 1 瓦 = 0.001 千瓦; 1 吉瓦时 = 1000 兆瓦时 =
 * 1000000 千瓦时): {@code 12GW} and {@code 1200万千瓦} add up in 千瓦.
 *
 * <p><b>Parts.</b> Within one document, a figure introduced by {@code 其中} is a part of the last
 * figure added before it ({@code 总投资300亿元，其中年度计划投资50亿元}) and is not added again: {@code
 * 其中} must stand between the two figures, in the later figure's sentence, with at most one sentence
 * end (。！？) between the earlier figure and {@code 其中}. The rule needs the document's text: {@link
 * #of(Collection)} on bare indicators does not apply it. What was left out is listed, with the
 * reason, by {@link #skipped(Map)}. So is the level a change starts from ({@code 投资由100亿元增加到200亿元}
 * adds 200亿元 only; see {@link Skipped.Reason#STARTING}).
 *
 * <p><b>Bounds.</b> See {@link Total}: exact and approximate figures add to {@code value}, {@code
 * low} and {@code high}; lower bounds ({@code 超过}) add to {@code low} and open {@code high}; upper
 * bounds ({@code 不到}) add to {@code high} and open {@code low}; ranges add their ends.
 *
 * <p><b>Order.</b> Totals come in the order in which their group first appears among the figures
 * (documents in the map's order), the {@link Grouping#NONE} group last; within a group, whole
 * amounts before annual parts, then units in order of appearance.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Totals {
  /** Types whose figures are rates or ratios: adding them is meaningless (use {@link Statistics}). */
  private static final Set<IndicatorType> NOT_ADDITIVE = Sets.immutableEnumSet(
      IndicatorType.GROWTH_RATE, IndicatorType.PERCENTAGE_POINT_CHANGE, IndicatorType.SHARE,
      IndicatorType.RATE, IndicatorType.MULTIPLE);

  private static final Totals STANDARD = builder().build();

  private final IndicatorType type;
  private final Grouping grouping;
  private final boolean includeTargets;
  private final String unit;

  private Totals(Builder b) {
    this.type = b.type;
    this.grouping = b.grouping;
    this.includeTargets = b.includeTargets;
    this.unit = b.unit;
  }

  /** Returns the default totals: {@link IndicatorType#INVESTMENT} by {@link Grouping#province()}. */
  public static Totals standard() {
    return STANDARD;
  }

  /** Returns a builder, with the defaults of {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sums investment figures by a grouping: {@code builder().grouping(grouping).build().of(indicators)}.
   *
   * @param indicators the figures, not null
   * @param grouping how to group them, not null
   */
  public static List<Total> by(Collection<Indicator> indicators, Grouping grouping) {
    return builder().grouping(grouping).build().of(indicators);
  }

  /** Configures {@link Totals}. Not thread-safe; the {@code Totals} it builds is. */
  public static final class Builder {
    private IndicatorType type = IndicatorType.INVESTMENT;
    private Grouping grouping = Grouping.province();
    private boolean includeTargets;
    private String unit;

    private Builder() {}

    /**
     * The type of the figures to add; default {@link IndicatorType#INVESTMENT}.
     *
     * @throws IllegalArgumentException for a rate or ratio type ({@code GROWTH_RATE}, {@code
     *     PERCENTAGE_POINT_CHANGE}, {@code SHARE}, {@code RATE}, {@code MULTIPLE}), which does not
     *     add up: describe it with {@link Statistics} instead
     */
    public Builder type(IndicatorType type) {
      checkNotNull(type, "type");
      checkArgument(!NOT_ADDITIVE.contains(type),
          "%s figures are rates and do not add up; describe them with Statistics", type.id());
      this.type = type;
      return this;
    }

    /** How figures are grouped; default {@link Grouping#province()}. */
    public Builder grouping(Grouping grouping) {
      this.grouping = checkNotNull(grouping, "grouping");
      return this;
    }

    /** Whether {@link Status#TARGET} figures are added too; default false. */
    public Builder includeTargets(boolean includeTargets) {
      this.includeTargets = includeTargets;
      return this;
    }

    /**
     * Converts figures into this unit where an exact factor exists ({@code 亩} turns 公顷, 平方公里
     * and 平方米 into 亩; {@code 千瓦} turns 吉瓦, 兆瓦 and 瓦 into 千瓦; {@code 千瓦时} turns 吉瓦时 and
     * 兆瓦时 into 千瓦时); figures that cannot be converted keep their unit and their own total.
     * Default null: no conversion.
     *
     * @param unit a canonical unit symbol such as {@code 亩}, or null
     */
    public Builder unit(String unit) {
      checkArgument(unit == null || !unit.isEmpty(), "unit must not be empty");
      this.unit = unit;
      return this;
    }

    /** Builds the immutable {@link Totals}. */
    public Totals build() {
      return new Totals(this);
    }
  }

  /** Returns the type of the figures added. */
  public IndicatorType type() {
    return type;
  }

  /** Returns the grouping. */
  public Grouping grouping() {
    return grouping;
  }

  /**
   * Sums the figures of several documents.
   *
   * @param documents the documents by source name (a file name), in the order to report them; the
   *     names go into each {@link Contribution#source()}
   * @return the totals, immutable; empty if no figure counts
   */
  public List<Total> of(Map<String, Document> documents) {
    return run(entries(documents)).totals;
  }

  /** Sums the figures of one document; sources are {@code ""}. */
  public List<Total> of(Document document) {
    checkNotNull(document, "document");
    return of(ImmutableMap.of("", document));
  }

  /**
   * Sums bare indicators; sources are {@code ""}. Without the text, figures introduced by {@code
   * 其中} cannot be recognised as parts: prefer {@link #of(Map)} on documents.
   */
  public List<Total> of(Collection<Indicator> indicators) {
    checkNotNull(indicators, "indicators");
    return run(List.of(new Entry("", null, List.copyOf(indicators)))).totals;
  }

  /**
   * Returns the figures of the requested type that were not added, and why, in input order.
   *
   * @param documents the documents by source name, as for {@link #of(Map)}
   */
  public List<Skipped> skipped(Map<String, Document> documents) {
    return run(entries(documents)).skipped;
  }

  private static List<Entry> entries(Map<String, Document> documents) {
    checkNotNull(documents, "documents");
    List<Entry> entries = new ArrayList<>();
    documents.forEach((source, d) -> entries.add(
        new Entry(checkNotNull(source, "source"), d.text(), d.indicators())));
    return entries;
  }

  private record Entry(String source, String text, List<Indicator> indicators) {}

  private record Result(List<Total> totals, List<Skipped> skipped) {}

  private record GroupId(String key, Scope scope, String unit) {}

  private Result run(List<Entry> entries) {
    Running running = running();
    for (Entry e : entries) running.add(e);
    return new Result(running.totals(), running.skipped());
  }

  /**
   * Starts a sum fed one document at a time, for inputs too large to hold at once (a CLI reading
   * a 1 GB file in chunks): each document is read when it is added and only the figures that
   * count are kept. {@code running().add(a, da).add(b, db).totals()} equals {@code of(Map.of(a,
   * da, b, db))}. The returned object is not thread-safe; this {@code Totals} stays immutable.
   */
  public Running running() {
    return new Running();
  }

  /** A sum in progress: see {@link #running()}. Not thread-safe. */
  public final class Running {
    private final Map<GroupId, Accumulator> groups = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private Running() {}

    /** Adds the figures of one document, named {@code source}. */
    public Running add(String source, Document document) {
      checkNotNull(source, "source");
      checkNotNull(document, "document");
      return add(new Entry(source, document.text(), document.indicators()));
    }

    private Running add(Entry e) {
      Parts parts = e.text() == null ? null : new Parts(e.text());
      Indicator lastAdded = null;
      List<Indicator> all = e.indicators();
      for (int n = 0; n < all.size(); n++) {
        Indicator i = all.get(n);
        if (i.type() != type) continue;
        Skipped.Reason reason = reasonToSkip(parts, lastAdded, i);
        if (reason == null && e.text() != null && startsChange(e.text(), i, nextOfType(all, n))) {
          reason = Skipped.Reason.STARTING;
        }
        if (reason != null) {
          skipped.add(new Skipped(e.source(), i, reason));
          continue;
        }
        lastAdded = i;
        String from = i.unit().symbol();
        BigDecimal factor = unit == null ? BigDecimal.ONE : UnitFactors.factor(from, unit);
        String to = factor == null ? from : (unit == null ? from : unit);
        Scope scope = Scope.of(i.metric());
        for (String key : grouping.keysOf(i)) {
          groups.computeIfAbsent(new GroupId(key, scope, to), g -> new Accumulator())
              .add(e.source(), i, factor == null ? BigDecimal.ONE : factor);
        }
      }
      return this;
    }

    /** The totals so far, as {@link #of(Map)} returns them. */
    public List<Total> totals() {
      List<Total> totals = new ArrayList<>();
      List<Total> none = new ArrayList<>();
      // Scope WHOLE before ANNUAL within a key: two passes keep first-appearance order otherwise.
      for (Scope scope : Scope.values()) {
        for (Map.Entry<GroupId, Accumulator> g : groups.entrySet()) {
          GroupId id = g.getKey();
          if (id.scope() != scope) continue;
          Total t = g.getValue().total(id.key(), type, scope, id.unit());
          (id.key().equals(Grouping.NONE) ? none : totals).add(t);
        }
      }
      Map<String, Integer> firstSeen = new HashMap<>();
      for (GroupId id : groups.keySet()) firstSeen.putIfAbsent(id.key(), firstSeen.size());
      // List.sort is stable: within one key, the order of the two passes stays.
      totals.sort(Comparator.comparingInt(t -> firstSeen.get(t.key())));
      totals.addAll(none);
      return ImmutableList.copyOf(totals);
    }

    /** The figures left out so far, and why, as {@link #skipped(Map)} returns them. */
    public List<Skipped> skipped() {
      return ImmutableList.copyOf(skipped);
    }
  }

  /** The first figure of this type after the n-th, or null. */
  private Indicator nextOfType(List<Indicator> all, int n) {
    for (int k = n + 1; k < all.size(); k++) {
      if (all.get(k).type() == type) return all.get(k);
    }
    return null;
  }

  /**
   * Whether figure {@code i} is the level a change starts from, written 由 (or 从) i, a verb and
   * 到 (or 至), then {@code next} in the same unit and clause: {@code 投资由100亿元增加到200亿元}, {@code
   * 由2018年的8536亿元增加到2023年的1.16万亿元}. The new level is added; the old one, a figure of the same
   * measure at an earlier time, would count it twice. Counter-examples: {@code 由A公司投资100亿元，…}
   * (no second figure in the clause), {@code 投资100亿元，增加到…} (no 由).
   */
  static boolean startsChange(String text, Indicator i, Indicator next) {
    if (next == null || !next.unit().equals(i.unit())) return false;
    int a = i.span().end();
    int b = next.span().start();
    if (a > b || b - a > CHANGE_GAP || b > text.length()) return false;
    boolean to = false;
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if ("，,；;。！？!?：:".indexOf(c) >= 0) return false;
      if ((c == '到' || c == '至') && k > a && Character.isIdeographic(text.charAt(k - 1))) to = true;
    }
    if (!to) return false;
    int p = i.span().start();
    if (p > 0 && text.charAt(p - 1) == '的') { // 由2018年的8536亿元
      for (int k = p - 2; k >= Math.max(0, p - 1 - CHANGE_GAP); k--) {
        char c = text.charAt(k);
        if (c == '由' || c == '从') return true;
        if ("，,；;。！？!?：:".indexOf(c) >= 0) return false;
      }
      return false;
    }
    return p > 0 && (text.charAt(p - 1) == '由' || text.charAt(p - 1) == '从');
  }

  /** How far apart 由's figure and the new level may stand, and 由 and a 的 before the figure. */
  private static final int CHANGE_GAP = 12;

  /** Why {@code i} is not added, or null if it is. */
  private Skipped.Reason reasonToSkip(Parts parts, Indicator lastAdded, Indicator i) {
    if (i.status() == Status.THRESHOLD) return Skipped.Reason.THRESHOLD;
    if (i.status() == Status.TARGET && !includeTargets) return Skipped.Reason.TARGET;
    if (parts != null && lastAdded != null && parts.isPart(lastAdded, i)) {
      return Skipped.Reason.PART;
    }
    return null;
  }

  /**
   * Tells whether a figure is introduced by 其中 as a part of an earlier one: 其中 stands between
   * them, in the later figure's sentence, at most one sentence end after the earlier figure.
   *
   * <pre>{@code
   * 总投资300亿元，其中年度计划投资50亿元        → part
   * 总投资300亿元。其中，一期投资50亿元           → part
   * 总投资300亿元。其中1个项目已开工。另投资50亿元 → not a part (其中 is not in its sentence)
   * }</pre>
   *
   * <p>One per document. While the earlier figure stays the same (the figures after it are parts
   * or skipped), the gap after it is read once, not once per later figure: a text without
   * sentence ends in which 其中 makes every later figure a part of one earlier figure would
   * otherwise cost time and memory quadratic in its length. Figures out of text order restart the
   * reading, so they cost more but get the same answer.
   */
  static final class Parts {
    private final String text;
    /** The end of the earlier figure: the gap starts here; -1 before the first question. */
    private int from = -1;
    /** The gap is read up to here: [from, read). */
    private int read;
    /** Sentence ends in [from, read). */
    private int ends;
    /** The start of the last 其中 wholly inside [from, read), or -1. */
    private int qizhong = -1;
    /** Sentence ends in [from, qizhong). */
    private int endsBefore;

    Parts(String text) {
      this.text = text;
    }

    boolean isPart(Indicator earlier, Indicator later) {
      return isPart(earlier.span().end(), later.span().start());
    }

    /** Whether the figure starting at {@code to} is a part of the one ending at {@code start}. */
    boolean isPart(int start, int to) {
      if (start >= to || to > text.length()) return false;
      if (start != from || to < read) {
        from = start;
        read = start;
        ends = 0;
        qizhong = -1;
        endsBefore = 0;
      }
      for (; read < to; read++) {
        char c = text.charAt(read);
        if (c == '中' && read > from && text.charAt(read - 1) == '其') {
          qizhong = read - 1;
          endsBefore = ends;
        } else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
          ends++;
        }
      }
      // 其 and 中 are not sentence ends, so the ends after 其中 are those counted after it.
      return qizhong >= 0 && ends == endsBefore && endsBefore <= 1;
    }
  }
}
