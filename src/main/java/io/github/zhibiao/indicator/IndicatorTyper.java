package io.github.zhibiao.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.place.Gazetteer;
import io.github.zhibiao.text.NormalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * Types quantities into indicators and attributes them to places. Internal: use {@code
 * io.github.zhibiao.Zhibiao#extract}; this package is not exported.
 *
 * <p>One pass over the text finds the layout, the keywords, the periods and the places; each
 * quantity then reads only a bounded window around itself ({@value TypingRun#WINDOW} characters
 * of its clause), so the cost is linear in the text. Immutable and thread-safe; each call runs its
 * own {@link TypingRun}.
 */
public final class IndicatorTyper {
  private final Keywords keywords;
  private final Gazetteer gazetteer;

  private IndicatorTyper(Keywords keywords, Gazetteer gazetteer) {
    this.keywords = keywords;
    this.gazetteer = gazetteer;
  }

  /** The typer over the bundled tables, built on first use. */
  public static IndicatorTyper standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final IndicatorTyper STANDARD =
        new IndicatorTyper(Keywords.bundled(), Gazetteer.standard());
  }

  /**
   * Types every quantity of {@code text}, in text order; a figure repeated in a headline becomes
   * one indicator with two mentions. Never throws on any text.
   *
   * @param text the normalized text the quantities were found in
   * @param quantities the quantities, spans in the original text, in text order
   * @param documentDate the date relative periods (今年, 上半年) resolve against, or null
   */
  public List<Indicator> type(
      NormalizedText text, List<Quantity> quantities, LocalDate documentDate) {
    checkNotNull(text, "text");
    checkNotNull(quantities, "quantities");
    if (quantities.isEmpty()) return ImmutableList.of();
    return type(text, Structure.of(text.text()), quantities, documentDate);
  }

  /**
   * As {@link #type(NormalizedText, List, LocalDate)}, with the layout of the text already found
   * (the check stage reads the same layout, and finds it once).
   *
   * @param structure {@code Structure.of(text.text())}
   */
  public List<Indicator> type(NormalizedText text, Structure structure, List<Quantity> quantities,
      LocalDate documentDate) {
    checkNotNull(text, "text");
    checkNotNull(structure, "structure");
    checkNotNull(quantities, "quantities");
    if (quantities.isEmpty()) return ImmutableList.of();
    return new TypingRun(keywords, gazetteer, text, structure, documentDate).type(quantities);
  }
}
