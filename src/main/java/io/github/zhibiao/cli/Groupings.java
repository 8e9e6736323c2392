package io.github.zhibiao.cli;

import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.stats.Grouping;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --by} and {@code --indicator}. */
final class Groupings {
  private Groupings() {}

  /** {@code province}, {@code place}, {@code region}, {@code all}, and {@code type} for stats. */
  static final class Converter implements ITypeConverter<Grouping> {
    @Override
    public Grouping convert(String name) {
      return switch (name) {
        case "province" -> Grouping.province();
        case "place" -> Grouping.place();
        case "region" -> Grouping.region();
        case "all" -> Grouping.all();
        case "type" -> Grouping.by("type", i -> i.type().id());
        default -> throw new TypeConversionException(
            "unknown grouping '" + name + "' (expected province, place, region or all)");
      };
    }
  }

  /** An indicator type by its id, such as {@code investment}. */
  static final class TypeConverter implements ITypeConverter<IndicatorType> {
    @Override
    public IndicatorType convert(String id) {
      return IndicatorType.fromId(id).orElseThrow(() -> new TypeConversionException(
          "unknown indicator '" + id + "' (such as investment, gdp, area, growth_rate)"));
    }
  }

  /** The name of the key column: the grouping's name ({@code province}), or {@code group}. */
  static String column(Grouping g) {
    return g.name().equals("all") ? "group" : g.name();
  }
}
