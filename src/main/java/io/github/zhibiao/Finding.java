package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One editorial finding: which rule, how bad, where, and what to do about it.
 *
 * <pre>{@code
 * zhibiao.check("450项任务中已完成413项，占比达到93.8%。");
 * // [Finding[rule=B1, severity=ERROR, span=[20, 25), text=93.8%,
 * //          message=占比应为91.8%（413/450），文中为93.8%, suggestion=91.8%]]
 * }</pre>
 *
 * @param rule the rule id from the editorial-checks catalogue ({@code B1}, {@code E3} …)
 * @param severity how bad it is
 * @param span where, in the original text
 * @param text the original text of the span
 * @param message what is wrong, in Chinese, for an editor
 * @param suggestion the replacement for {@code text}, or null when none can be given (a dropped
 *     figure: the number must come from the source)
 */
public record Finding(
    String rule, Severity severity, Span span, String text, String message, String suggestion)
    implements Comparable<Finding> {

  /** Checks the arguments. */
  public Finding {
    checkNotNull(rule, "rule");
    checkNotNull(severity, "severity");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(message, "message");
    checkArgument(!rule.isEmpty() && !message.isEmpty(), "empty rule or message");
  }

  /** The suggested replacement, if any. */
  public Optional<String> suggested() {
    return Optional.ofNullable(suggestion);
  }

  /** By position, then rule id: the order {@code check} returns. */
  @Override
  public int compareTo(Finding o) {
    int c = span.compareTo(o.span);
    return c != 0 ? c : rule.compareTo(o.rule);
  }
}
