package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * One editorial check from the catalogue. Implementations are stateless and thread-safe; they read
 * a {@link CheckContext} and add findings. A rule never throws on any text: the checker treats an
 * exception as a bug, reports nothing for that rule and goes on.
 */
interface Rule {
  /** The catalogue id: {@code B1}. */
  String id();

  /** The severity of its usual finding (a finding may carry another). */
  Severity severity();

  /** Adds what is wrong in {@code context} to {@code out}. */
  void check(CheckContext context, List<Finding> out);
}
