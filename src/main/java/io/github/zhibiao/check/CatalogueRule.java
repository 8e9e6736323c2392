package io.github.zhibiao.check;

import io.github.zhibiao.Severity;

/** A rule of the catalogue: its id and usual severity, given once by each rule's constructor. */
abstract class CatalogueRule implements Rule {
  private final String id;
  private final Severity severity;

  CatalogueRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }
}
