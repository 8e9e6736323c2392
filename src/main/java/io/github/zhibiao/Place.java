package io.github.zhibiao;

/** STUB — replaced by the gazetteer branch. */
public record Place(String name, String code, Place.Level level, String province, String provinceCode) {
  /** Level. */
  public enum Level { PROVINCE, PREFECTURE, COUNTY }
}
