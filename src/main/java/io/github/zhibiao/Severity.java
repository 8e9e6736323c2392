package io.github.zhibiao;

import java.util.Locale;

/**
 * How bad an editorial finding is. Ordered: {@code ERROR} is the most severe.
 *
 * <p>Under the newspaper error rules a wrong figure counts ten times a style slip: a figure that
 * does not add up is an {@link #ERROR}, a probable PDF artifact or a doubtful wording a {@link
 * #WARNING}, a house-style point an {@link #INFO}.
 */
public enum Severity {
  /** Informational: style, readability, a note. */
  INFO,
  /** Probably wrong: check before publishing. */
  WARNING,
  /** Wrong: the figures contradict each other or a rule of GB/T 15835. */
  ERROR;

  /** The lower-case id used in output: {@code warning}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
