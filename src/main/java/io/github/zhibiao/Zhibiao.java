package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.QuantityParseException.ErrorType;
import io.github.zhibiao.indicator.IndicatorTyper;
import io.github.zhibiao.number.QuantityScanner;
import io.github.zhibiao.text.NormalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The zhibiao engine: finds the figures in Chinese economic text, exactly.
 *
 * <p>Build it once and share it; it is immutable and thread-safe, and belongs in a {@code static
 * final} field:
 *
 * <pre>{@code
 * private static final Zhibiao ZHIBIAO = Zhibiao.create();
 *
 * String text = "全区重大项目总投资约２２６２亿元，同比增长８．５％。";
 * for (Quantity q : ZHIBIAO.findQuantities(text)) {
 *   System.out.println(q.span() + " " + q.text() + " = " + q.value() + " " + q.unit());
 * }
 * // [9, 16) 约２２６２亿元 = 226200000000 元
 * // [21, 25) ８．５％ = 8.5 %
 * }</pre>
 *
 * <p>Text flows through the stages of the pipeline: {@linkplain NormalizedText normalization}
 * (width folding, column breaks, doubled headlines, with a map back to the original), then the
 * quantity scanner. Every span refers to the caller's original string.
 *
 * <p>Finders never throw on text, whatever it contains; only a null argument is an error. Years,
 * dates, ordinals, plan names, codes and idioms are not quantities: {@link #audit(String)} lists
 * them with the reason each was left out.
 */
public final class Zhibiao {
  /** Digit runs longer than this are rejected as {@link RejectionReason#TOO_LONG}, not parsed. */
  public static final int MAX_DIGITS = QuantityScanner.MAX_DIGITS;

  private final QuantityScanner scanner;
  private final IndicatorTyper typer;
  private final boolean allNumbers;

  private Zhibiao(Builder builder) {
    this.scanner = QuantityScanner.standard();
    this.typer = IndicatorTyper.standard();
    this.allNumbers = builder.allNumbers;
  }

  /** Returns an engine with the default settings: only numbers with a unit or magnitude. */
  public static Zhibiao create() {
    return builder().build();
  }

  /** Returns a builder for an engine with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link Zhibiao}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private boolean allNumbers;

    private Builder() {}

    /**
     * Whether bare numbers with no unit and no magnitude are reported too, with {@link Unit#NONE}
     * ({@code 细化为117项} has a unit either way; {@code 排名第3} never is, it is an ordinal). Default
     * false.
     */
    public Builder allNumbers(boolean allNumbers) {
      this.allNumbers = allNumbers;
      return this;
    }

    /** Builds the engine. Loads the bundled tables on first use. */
    public Zhibiao build() {
      return new Zhibiao(this);
    }
  }

  /** Returns whether bare numbers are reported (see {@link Builder#allNumbers(boolean)}). */
  public boolean reportsAllNumbers() {
    return allNumbers;
  }

  /**
   * Finds every quantity in {@code text}, in text order, with non-overlapping spans.
   *
   * @param text the text to search, not null
   * @return an immutable list, empty if there is none
   */
  public List<Quantity> findQuantities(String text) {
    checkNotNull(text, "text");
    List<Quantity> out = new ArrayList<>();
    scanner.scan(NormalizedText.of(text), allNumbers, out, null);
    return ImmutableList.copyOf(out);
  }

  /**
   * Finds every quantity in {@code text} and types it: what it measures, its signed value, period,
   * status and place. Relative periods (今年, 上半年) stay unresolved; see {@link #extract(String,
   * LocalDate)}.
   *
   * <pre>{@code
   * Document d = zhibiao.extract("广西：全区重大项目总投资约2262亿元，同比增长8.5%。");
   * d.indicators().get(0);  // INVESTMENT 226200000000 元, metric 重大项目总投资, province 广西
   * d.indicators().get(1);  // GROWTH_RATE 8.5 %, base 同比, metric 重大项目总投资
   * }</pre>
   *
   * @param text the text, not null
   */
  public Document extract(String text) {
    return extract(text, null);
  }

  /**
   * As {@link #extract(String)}, with the date the document was published, against which 今年,
   * 去年 and 上半年 resolve to calendar periods. A figure whose period begins after this date
   * ({@code 2025年达到3000亿元} in a text of 2024) is a {@link Status#TARGET}, so give the date of
   * publication, not an earlier one.
   *
   * @param text the text, not null
   * @param documentDate the publication date, or null if unknown
   */
  public Document extract(String text, LocalDate documentDate) {
    checkNotNull(text, "text");
    NormalizedText normalized = NormalizedText.of(text);
    List<Quantity> quantities = new ArrayList<>();
    scanner.scan(normalized, allNumbers, quantities, null);
    return new Document(text, documentDate, quantities,
        typer.type(normalized, quantities, documentDate));
  }

  /**
   * The indicators of {@code text}: {@code extract(text).indicators()}.
   *
   * @param text the text, not null
   * @return an immutable list in text order
   */
  public List<Indicator> findIndicators(String text) {
    return extract(text).indicators();
  }

  /**
   * Lists every run of digits or numerals in {@code text} that was not reported as a quantity, and
   * why. Together with {@link #findQuantities(String)} it covers every numeral in the text, so an
   * editor can check that no figure was skipped.
   *
   * <pre>{@code
   * zhibiao.audit("2018年，第十八批");
   * // [Rejection[span=[0, 5), text=2018年, reason=YEAR],
   * //  Rejection[span=[6, 10), text=第十八批, reason=ORDINAL]]
   * }</pre>
   *
   * @param text the text to search, not null
   * @return an immutable list in text order
   */
  public List<Rejection> audit(String text) {
    checkNotNull(text, "text");
    List<Rejection> rejected = new ArrayList<>();
    scanner.scan(NormalizedText.of(text), allNumbers, new ArrayList<>(), rejected);
    return ImmutableList.copyOf(rejected);
  }

  /**
   * Normalizes {@code text} as the finders do, with the map back to the original.
   *
   * @param text the text, not null
   */
  public NormalizedText normalize(String text) {
    checkNotNull(text, "text");
    return NormalizedText.of(text);
  }

  /**
   * Parses a string that holds exactly one quantity, strictly.
   *
   * <pre>{@code
   * zhibiao.parseQuantity("约2262亿元").value();   // 226200000000
   * zhibiao.parseQuantity("2018年");               // throws: NOT_A_QUANTITY, a year
   * zhibiao.parseQuantity("3亿元和5亿元");          // throws: TRAILING_TEXT
   * }</pre>
   *
   * @param text the string, not null; white space around the quantity is allowed
   * @throws QuantityParseException if the string is not exactly one quantity
   */
  public Quantity parseQuantity(String text) throws QuantityParseException {
    checkNotNull(text, "text");
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) from++;
    while (to > from && isSpace(text.charAt(to - 1))) to--;
    if (from == to) {
      throw new QuantityParseException(ErrorType.EMPTY, new Span(0, text.length()), "empty string");
    }
    List<Quantity> found = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    scanner.scan(NormalizedText.of(text), allNumbers, found, rejected);
    if (found.size() == 1 && found.get(0).span().start() == from
        && found.get(0).span().end() == to && rejected.isEmpty()) {
      return found.get(0);
    }
    for (Rejection r : rejected) {
      if (r.reason() == RejectionReason.TOO_LONG) {
        throw new QuantityParseException(ErrorType.TOO_LONG, r.span(),
            "more than " + MAX_DIGITS + " digits");
      }
    }
    if (found.isEmpty() && rejected.isEmpty()) {
      throw new QuantityParseException(ErrorType.NOT_A_NUMBER, new Span(from, to),
          "no number in '" + text.substring(from, to) + "'");
    }
    if (found.isEmpty()) {
      Rejection r = rejected.get(0);
      if (r.reason() == RejectionReason.NO_UNIT && rejected.size() == 1) {
        int end = r.span().end();
        throw new QuantityParseException(ErrorType.UNKNOWN_UNIT, new Span(end, to),
            end < to ? "unknown unit '" + text.substring(end, to) + "'" : "no unit");
      }
      throw new QuantityParseException(ErrorType.NOT_A_QUANTITY, r.span(),
          "'" + r.text() + "' is " + describe(r.reason()));
    }
    Quantity q = found.get(0);
    Span extra = q.span().start() > from ? new Span(from, q.span().start())
        : new Span(q.span().end(), to);
    if (found.size() == 1 && rejected.isEmpty() && q.span().start() == from) {
      throw new QuantityParseException(ErrorType.UNKNOWN_UNIT, extra,
          "unknown unit or text after the number: '" + text.substring(extra.start(), extra.end())
              + "'");
    }
    throw new QuantityParseException(ErrorType.TRAILING_TEXT, extra,
        "not exactly one quantity: '" + text.substring(from, to) + "'");
  }

  private static String describe(RejectionReason reason) {
    return switch (reason) {
      case YEAR -> "a year";
      case DATE -> "a date";
      case PERIOD -> "a period";
      case ORDINAL -> "an ordinal";
      case ENUMERATOR -> "a list marker";
      case DESIGNATION -> "a designation";
      case CODE -> "a code";
      case NAME -> "a name";
      case IDIOM -> "an idiom";
      case ARTICLE -> "an article, not a count";
      case WORD -> "part of a word";
      case DIVISOR -> "the divisor of a rate";
      case NO_UNIT -> "a number without unit";
      case MAGNITUDE_ONLY -> "a magnitude without number";
      case MALFORMED -> "not a well-formed number";
      case TOO_LONG -> "too long";
    };
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }
}
