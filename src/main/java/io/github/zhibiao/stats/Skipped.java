package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.zhibiao.Indicator;
import java.util.Locale;

/**
 * A figure of the requested type that {@link Totals} did not add, and why.
 *
 * <pre>{@code
 * 总投资5000万元以上项目20个   → 5000万元以上, THRESHOLD
 * 到2025年总投资达到1000亿元   → 1000亿元, TARGET (unless targets are included)
 * 总投资300亿元，其中…50亿元   → 50亿元, PART (of the 300亿元)
 * 投资由100亿元增加到200亿元   → 100亿元, STARTING (200亿元 is added)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param source the name of the document the figure is in, or {@code ""}
 * @param indicator the figure
 * @param reason why it was not added
 */
public record Skipped(String source, Indicator indicator, Reason reason) {
  /** Why a figure was not added. */
  public enum Reason {
    /** A class boundary ({@code 5000万元以上项目}), never a figure. */
    THRESHOLD,
    /** A goal ({@code 力争}, {@code 到2025年…达到}); added only when targets are included. */
    TARGET,
    /** Introduced by {@code 其中}: a part of an earlier figure of the same sentence, already added. */
    PART,
    /**
     * The level a change starts from ({@code 由100亿元增加到200亿元}): an earlier value of the measure
     * whose new level follows in the same clause, and is added instead.
     */
    STARTING;

    /** Returns the lower-case id used in CLI output, such as {@code threshold}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks the arguments. */
  public Skipped {
    checkNotNull(source, "source");
    checkNotNull(indicator, "indicator");
    checkNotNull(reason, "reason");
  }
}
