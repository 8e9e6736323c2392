package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The time a figure refers to, as written, and as calendar dates when they are known.
 *
 * <pre>{@code
 * 2018年四季度       → [2018-10-01, 2018-12-31]
 * 1至10月 (in 2022) → [2022-01-01, 2022-10-31]
 * 截至6月底 (2022)   → [null, 2022-06-30]: a point in time, for a stock such as a balance
 * 今年上半年         → [2022-01-01, 2022-06-30] given a document date in 2022; otherwise null, null
 * 3月15日至4月30日 (2022) → [2022-03-15, 2022-04-30]: a span of days
 * 截至6月31日         → [null, null]: no such day, so no dates rather than wrong ones
 * 2024年春节假期      → [null, null]: a holiday's days move from year to year; not all of 2024
 * }</pre>
 *
 * <p>A period is often non-null with both dates null: its text is known, its dates are not.
 *
 * @param span where the period is written, in the original text
 * @param text the original text of that span (line breaks included as written)
 * @param start the first day, or null when unknown or open (截至…)
 * @param end the last day, or null when unknown
 */
public record Period(Span span, String text, LocalDate start, LocalDate end) {
  /** Checks the arguments. */
  public Period {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkArgument(start == null || end == null || !start.isAfter(end),
        "start %s after end %s", start, end);
  }

  /** Whether the calendar dates are known (at least the end). */
  public boolean isResolved() {
    return end != null;
  }

  /** The first day, if known. */
  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(start);
  }

  /** The last day, if known. */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }
}
