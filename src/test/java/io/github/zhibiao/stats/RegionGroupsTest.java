package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled region table and its loader. */
class RegionGroupsTest {
  private static final List<String> FOUR_REGIONS = List.of("东部", "中部", "西部", "东北");
  private static final RegionGroups REGIONS = RegionGroups.standard();

  /** The 31 mainland provincial-level divisions, GB/T 2260. */
  private static final Map<String, String> MAINLAND =
      Map.ofEntries(
          Map.entry("110000", "北京"),
          Map.entry("120000", "天津"),
          Map.entry("130000", "河北"),
          Map.entry("140000", "山西"),
          Map.entry("150000", "内蒙古"),
          Map.entry("210000", "辽宁"),
          Map.entry("220000", "吉林"),
          Map.entry("230000", "黑龙江"),
          Map.entry("310000", "上海"),
          Map.entry("320000", "江苏"),
          Map.entry("330000", "浙江"),
          Map.entry("340000", "安徽"),
          Map.entry("350000", "福建"),
          Map.entry("360000", "江西"),
          Map.entry("370000", "山东"),
          Map.entry("410000", "河南"),
          Map.entry("420000", "湖北"),
          Map.entry("430000", "湖南"),
          Map.entry("440000", "广东"),
          Map.entry("450000", "广西"),
          Map.entry("460000", "海南"),
          Map.entry("500000", "重庆"),
          Map.entry("510000", "四川"),
          Map.entry("520000", "贵州"),
          Map.entry("530000", "云南"),
          Map.entry("540000", "西藏"),
          Map.entry("610000", "陕西"),
          Map.entry("620000", "甘肃"),
          Map.entry("630000", "青海"),
          Map.entry("640000", "宁夏"),
          Map.entry("650000", "新疆"));

  @Test
  void standard_loadedOnce_groupsInTableOrder() {
    assertThat(RegionGroups.standard()).isSameAs(REGIONS);
    assertThat(REGIONS.groups())
        .containsExactly("东部", "中部", "西部", "东北", "京津冀", "长三角", "粤港澳大湾区", "成渝", "长江经济带", "黄河流域");
  }

  @Test
  void fourRegions_partitionTheMainland() {
    Map<String, Integer> regionCount = new HashMap<>();
    for (String region : FOUR_REGIONS) {
      for (String code : REGIONS.members(region)) regionCount.merge(code, 1, Integer::sum);
    }
    assertThat(regionCount.keySet()).isEqualTo(MAINLAND.keySet());
    assertThat(regionCount.values()).containsOnly(1);
    assertThat(REGIONS.members("东部")).hasSize(10);
    assertThat(REGIONS.members("中部")).hasSize(6);
    assertThat(REGIONS.members("西部")).hasSize(12);
    assertThat(REGIONS.members("东北")).hasSize(3);
    for (String code : MAINLAND.keySet()) {
      assertThat(REGIONS.groupsOf(code).get(0)).as(code).isIn(FOUR_REGIONS);
      assertThat(REGIONS.shortName(code)).as(code).hasValue(MAINLAND.get(code));
    }
  }

  @Test
  void everyCodeInAnyGroup_isMainlandOrHongKongOrMacao() {
    Set<String> all = new HashSet<>();
    for (String g : REGIONS.groups()) all.addAll(REGIONS.members(g));
    all.removeAll(MAINLAND.keySet());
    assertThat(all).containsExactlyInAnyOrder("810000", "820000");
    assertThat(REGIONS.shortName("810000")).hasValue("香港");
    assertThat(REGIONS.shortName("820000")).hasValue("澳门");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "510000 | 西部 成渝 长江经济带 黄河流域", // 四川
        "440000 | 东部 粤港澳大湾区", // 广东
        "340000 | 中部 长三角 长江经济带", // 安徽
        "130000 | 东部 京津冀", // 河北
        "370000 | 东部 黄河流域", // 山东
        "150000 | 西部 黄河流域", // 内蒙古
        "450000 | 西部", // 广西
        "230000 | 东北", // 黑龙江
        "500000 | 西部 成渝 长江经济带", // 重庆
        "810000 | 粤港澳大湾区", // 香港
      })
  void groupsOf_spotChecks(String code, String groups) {
    assertThat(REGIONS.groupsOf(code)).containsExactly(groups.split(" "));
  }

  @Test
  void members_strategyAreas() {
    assertThat(REGIONS.members("京津冀")).containsExactly("110000", "120000", "130000");
    assertThat(REGIONS.members("长三角")).containsExactly("310000", "320000", "330000", "340000");
    assertThat(REGIONS.members("粤港澳大湾区")).containsExactly("440000", "810000", "820000");
    assertThat(REGIONS.members("成渝")).containsExactly("500000", "510000");
    assertThat(REGIONS.members("长江经济带"))
        .containsExactlyInAnyOrder(
            "310000", "320000", "330000", "340000", "360000", "420000", "430000", "500000",
            "510000", "530000", "520000");
    assertThat(REGIONS.members("黄河流域"))
        .containsExactlyInAnyOrder(
            "630000", "510000", "620000", "640000", "150000", "140000", "610000", "410000",
            "370000");
  }

  @Test
  void partialMembers_onlyCityLevelMemberships() {
    assertThat(REGIONS.partialMembers("粤港澳大湾区")).containsExactly("440000");
    assertThat(REGIONS.partialMembers("成渝")).containsExactly("500000", "510000");
    for (String g : REGIONS.groups()) {
      if (!g.equals("粤港澳大湾区") && !g.equals("成渝")) {
        assertThat(REGIONS.partialMembers(g)).as(g).isEmpty();
      }
      assertThat(REGIONS.members(g)).containsAll(REGIONS.partialMembers(g));
    }
  }

  @Test
  void lookups_badArguments() {
    assertThat(REGIONS.groupsOf("710000")).isEmpty(); // 台湾: in no group
    assertThat(REGIONS.shortName("710000")).isEmpty();
    assertThatThrownBy(() -> REGIONS.groupsOf("45"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("45");
    assertThatThrownBy(() -> REGIONS.groupsOf("450100")) // 南宁, a city
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REGIONS.members("珠三角"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown group 珠三角");
    assertThatThrownBy(() -> REGIONS.members(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REGIONS.groupsOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REGIONS.members("东部").add("710000"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "regions-three-fields.tsv    | regions-three-fields.tsv:4: expected 4 fields, found 3",
        "regions-bad-code.tsv        | regions-bad-code.tsv:3: not a GB/T 2260 province code:"
            + " 110101",
        "regions-bad-extent.tsv      | regions-bad-extent.tsv:2: extent must be 'whole' or 'part'",
        "regions-two-names.tsv       | regions-two-names.tsv:3: 110000 is 北京, not 北平",
        "regions-split-group.tsv     | regions-split-group.tsv:5: rows of group 京津冀 are not"
            + " together",
        "regions-duplicate.tsv       | regions-duplicate.tsv:3: duplicate 北京 in 京津冀",
        "regions-fullwidth-space.tsv | regions-fullwidth-space.tsv:2: empty field or stray white"
            + " space",
        "regions-no-header.tsv       | regions-no-header.tsv:2: expected the header",
        "regions-missing.tsv         | missing bundled table regions-missing.tsv",
      })
  void load_malformed_failsWithFileAndLine(String file, String message) {
    assertThatThrownBy(() -> RegionTable.load(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
  }
}
