package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown by {@link Zhibiao#parseQuantity(String)} when a string is not exactly one quantity.
 *
 * <pre>{@code
 * zhibiao.parseQuantity("2018年");
 * // QuantityParseException: NOT_A_QUANTITY at [0, 5): "2018年" is a year
 * }</pre>
 */
public final class QuantityParseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the string. */
  public enum ErrorType {
    /** The string is empty or only white space. */
    EMPTY,
    /** The string contains no number at all. */
    NOT_A_NUMBER,
    /** The string holds a number that is not a quantity (a year, an ordinal …). */
    NOT_A_QUANTITY,
    /** A number followed by something that is not a known unit or qualifier. */
    UNKNOWN_UNIT,
    /** The string holds more than one quantity, or text around the quantity. */
    TRAILING_TEXT,
    /** A digit run longer than {@link Zhibiao#MAX_DIGITS}. */
    TOO_LONG
  }

  private final ErrorType errorType;
  private final Span span;

  /**
   * Creates an exception.
   *
   * @param errorType what is wrong, not null
   * @param span the offending part of the parsed string, not null
   * @param message a sentence for people
   */
  public QuantityParseException(ErrorType errorType, Span span, String message) {
    super(errorType + " at " + span + ": " + message);
    this.errorType = checkNotNull(errorType, "errorType");
    this.span = checkNotNull(span, "span");
  }

  /** Returns what is wrong. */
  public ErrorType errorType() {
    return errorType;
  }

  /** Returns the offending part of the parsed string. */
  public Span span() {
    return span;
  }
}
