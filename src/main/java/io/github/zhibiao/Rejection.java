package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A run of digits or numerals that was not reported as a quantity, and why.
 *
 * <pre>{@code
 * Zhibiao.create().audit("第十八批国家级水利风景区");
 * // [Rejection[span=[0, 4), text=第十八批, reason=ORDINAL]]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param span where the run stands in the caller's text
 * @param text the verbatim slice of the caller's text
 * @param reason why it is not a quantity
 */
public record Rejection(Span span, String text, RejectionReason reason) {

  /** Checks that the text fits the span. */
  public Rejection {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(reason, "reason");
    checkArgument(text.length() == span.length(), "text '%s' does not fit span %s", text, span);
  }
}
