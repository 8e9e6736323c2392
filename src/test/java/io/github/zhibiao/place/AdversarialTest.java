package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Odd and large inputs: no exception, spans valid, linear time. */
class AdversarialTest {
  private static final Gazetteer G = Gazetteer.standard();

  @Test
  void find_emptyAndTiny() {
    assertThat(G.find("")).isEmpty();
    assertThat(G.find("市")).isEmpty();
    assertThat(G.find("\u0000")).isEmpty();
    assertThat(G.find(" ")).isEmpty();
    assertThat(G.find("\uFFFD\uFFFD")).isEmpty();
  }

  @Test
  void find_surrogates_lonelyAndPaired() {
    String text = "\uD800北京\uDC00𠀀上海\uD83D\uDE00广州\uD800";
    assertThat(Mentions.of(text)).containsExactly("北京=110000", "上海=310000", "广州=440100");
    assertThat(G.find("\uDC00\uD800")).isEmpty();
  }

  @Test
  void find_spansRoundTrip_onEverySuffixOfMixedText() {
    String text = "据新华社，浙江省金华市婺城区与四川省甘孜藏族自治州道孚县结对，婺城、道孚两地；" + "川渝、京津冀、粤港澳，黔电送粤；吉林市、海南、北京朝阳，思茅与崇文区。";
    for (int i = 0; i <= text.length(); i++) {
      String suffix = text.substring(i);
      List<PlaceMention> found = G.find(suffix);
      Mentions.checkInvariants(suffix, found);
      for (PlaceMention m : found) {
        String surface = suffix.substring(m.start(), m.end());
        if (m.abbreviation()) {
          assertThat(surface).hasSize(1);
        } else {
          assertThat(G.lookup(surface).isPresent() || surface.length() <= 3)
              .as("%s in %s", surface, suffix)
              .isTrue();
        }
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void find_aMillionCharactersOfOneName() {
    String text = "北京".repeat(500_000);
    List<PlaceMention> found = G.find(text);
    assertThat(found).hasSize(500_000);
    assertThat(found.get(499_999).end()).isEqualTo(1_000_000);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void find_aMegabyteOfRepeatedPrefixes() {
    // Long runs that keep the trie walk going without a match, and runs of abbreviations.
    for (String unit : new String[] {"积石山保安族东乡族撒拉族", "新", "黑吉辽"}) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 1_000_000) sb.append(unit);
      List<PlaceMention> found = G.find(sb);
      Mentions.checkInvariants(sb, found);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void find_randomCjk_megabyte() {
    Random random = new Random(20_241_123);
    // Characters drawn from place names and abbreviations make matches likely.
    String alphabet = "北京上海吉林市省县区州旗盟地新青宁川渝黔粤港澳合作海南朝阳鼓楼婺城道孚甘孜藏族自治";
    StringBuilder sb = new StringBuilder(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      sb.append(
          random.nextBoolean()
              ? alphabet.charAt(random.nextInt(alphabet.length()))
              : (char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
    }
    List<PlaceMention> found = G.find(sb);
    Mentions.checkInvariants(sb, found);
    for (PlaceMention m : found) {
      assertThat(m.place().provinceCode()).endsWith("0000");
    }
  }

  @Test
  void find_isThreadSafe() throws InterruptedException {
    String text = "浙江省金华市婺城区与四川省甘孜藏族自治州道孚县，婺城与道孚，川渝合作";
    List<PlaceMention> expected = G.find(text);
    Thread[] threads = new Thread[4];
    boolean[] ok = new boolean[threads.length];
    for (int t = 0; t < threads.length; t++) {
      int id = t;
      threads[t] =
          new Thread(
              () -> {
                boolean same = true;
                for (int k = 0; k < 200; k++) same &= G.find(text).equals(expected);
                ok[id] = same;
              });
      threads[t].start();
    }
    for (Thread t : threads) t.join();
    assertThat(ok).containsOnly(true);
  }
}
