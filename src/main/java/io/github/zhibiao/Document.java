package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link Zhibiao#extract(String)} found in one text: its quantities and the indicators typed
 * from them. Immutable.
 *
 * @param text the caller's original text; every span refers to it
 * @param date the document date relative periods were resolved against, or null
 * @param quantities every quantity, in text order
 * @param indicators one indicator per figure, in text order of the primary mention; a figure
 *     repeated in a headline is one indicator
 */
public record Document(
    String text, LocalDate date, List<Quantity> quantities, List<Indicator> indicators) {
  /** Checks the arguments and copies the lists. */
  public Document {
    checkNotNull(text, "text");
    checkNotNull(quantities, "quantities");
    checkNotNull(indicators, "indicators");
    quantities = ImmutableList.copyOf(quantities);
    indicators = ImmutableList.copyOf(indicators);
  }
}
