package io.github.zhibiao;

import java.util.Locale;

/**
 * Whether a figure is a fact, an intention, a goal, or a class boundary.
 *
 * <pre>{@code
 * 已完成投资120亿元          → ACTUAL
 * 计划总投资300亿元 / 拟投资  → PLAN
 * 到2025年…达到5000亿元 / 力争 → TARGET
 * 5000万元以上项目            → THRESHOLD (5000万元 bounds a class; it is not a figure)
 * }</pre>
 */
public enum Status {
  /**
   * Something that happened or is the case. The default. An estimate of a period that has ended by
   * the document's date ({@code 预计2023年…增长5.3%} in a text of 2024) is one too.
   */
  ACTUAL,
  /** Something intended or scheduled: 计划, 拟, 将, 预计. */
  PLAN,
  /** A goal: 目标, 力争, 确保, 到2025年…达到; or a figure of a period after the document's date. */
  TARGET,
  /** A class boundary: 亿元以上企业, 5000万元以上项目. Never summed. */
  THRESHOLD;

  /** The lower-case id used in output: {@code actual}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
