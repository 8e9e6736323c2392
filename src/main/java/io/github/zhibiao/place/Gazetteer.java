package io.github.zhibiao.place;

import io.github.zhibiao.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** STUB. */
public final class Gazetteer {
  private static final Map<String, Place> P = Map.ofEntries(
      Map.entry("广西", new Place("广西壮族自治区", "450000", Place.Level.PROVINCE, "广西", "450000")),
      Map.entry("江西", new Place("江西省", "360000", Place.Level.PROVINCE, "江西", "360000")),
      Map.entry("山西", new Place("山西省", "140000", Place.Level.PROVINCE, "山西", "140000")),
      Map.entry("海南", new Place("海南省", "460000", Place.Level.PROVINCE, "海南", "460000")),
      Map.entry("青海", new Place("青海省", "630000", Place.Level.PROVINCE, "青海", "630000")),
      Map.entry("吉林", new Place("吉林省", "220000", Place.Level.PROVINCE, "吉林", "220000")),
      Map.entry("长春", new Place("长春市", "220100", Place.Level.PREFECTURE, "吉林", "220000")),
      Map.entry("婺城区", new Place("婺城区", "330702", Place.Level.COUNTY, "浙江", "330000")),
      Map.entry("道孚县", new Place("道孚县", "513326", Place.Level.COUNTY, "四川", "510000")),
      Map.entry("大连市", new Place("大连市", "210200", Place.Level.PREFECTURE, "辽宁", "210000")));
  public static Gazetteer standard() { return new Gazetteer(); }
  public List<PlaceMention> find(CharSequence text) {
    List<PlaceMention> out = new ArrayList<>();
    String s = text.toString();
    for (int i = 0; i < s.length(); i++) {
      for (int len = 3; len >= 2; len--) {
        if (i + len <= s.length() && P.containsKey(s.substring(i, i + len))) {
          out.add(new PlaceMention(i, i + len, P.get(s.substring(i, i + len)), false));
          i += len - 1;
          break;
        }
      }
    }
    return out;
  }
  public Optional<Place> lookup(String name) { return Optional.ofNullable(P.get(name)); }
  public Optional<Place> province(String s) { return Optional.ofNullable(P.get(s)); }
}
