package io.github.zhibiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The texts the harness measures: the seed corpus, synthetic corpora built from it, one typical
 * article and the worst cases. Everything is derived deterministically from the seeds and a fixed
 * random seed, so two runs measure the same characters.
 *
 * <p>Sizes are in UTF-16 characters ({@code String.length()}), not bytes: "100 KB" is 102,400
 * characters, about 300 KB of UTF-8.
 */
final class Corpus {
  /** The fixed seed of the synthetic corpus's shuffle. */
  static final long SHUFFLE_SEED = 20261122L;

  private final List<String> seedFiles;
  private final List<String> paragraphs;

  private Corpus(List<String> seedFiles) {
    this.seedFiles = List.copyOf(seedFiles);
    this.paragraphs = paragraphsOf(seedFiles);
  }

  /** Reads every {@code *.txt} directly in {@code dir}, in sorted order, as UTF-8. */
  static Corpus load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      if (texts.isEmpty()) {
        throw new IllegalStateException("no *.txt in " + dir.toAbsolutePath());
      }
      return new Corpus(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seeds in " + dir.toAbsolutePath(), e);
    }
  }

  /** Builds a corpus from texts given directly (tests of the generator). */
  static Corpus of(List<String> seedFiles) {
    return new Corpus(seedFiles);
  }

  /** The seed files, each one document. */
  List<String> seedFiles() {
    return seedFiles;
  }

  /** The paragraphs of the seeds: blocks separated by blank lines, line breaks inside kept. */
  List<String> paragraphs() {
    return paragraphs;
  }

  /**
   * A synthetic text of exactly {@code length} characters: the seed paragraphs, shuffled with
   * {@link #SHUFFLE_SEED} (reshuffled each time they run out), joined by blank lines and cut at
   * {@code length}. The same length always gives the same string.
   */
  String synthetic(int length) {
    StringBuilder out = new StringBuilder(length + 4096);
    SplittableRandom random = new SplittableRandom(SHUFFLE_SEED);
    List<String> deck = new ArrayList<>(paragraphs);
    while (out.length() < length) {
      shuffle(deck, random);
      for (String p : deck) {
        if (out.length() >= length) break;
        out.append(p).append("\n\n");
      }
    }
    out.setLength(length);
    return out.toString();
  }

  /**
   * {@code text} cut into documents of about {@code size} characters, each ending at a paragraph
   * break where there is one; the documents concatenate back to {@code text}.
   */
  static List<String> split(String text, int size) {
    List<String> docs = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + size);
      int brk = to < text.length() ? text.indexOf("\n\n", to) : -1;
      if (brk >= 0 && brk < to + size) to = brk + 2; // else cut mid-paragraph
      docs.add(text.substring(from, to));
      from = to;
    }
    return docs;
  }

  /**
   * One typical news item: a {@code 省份：} headline paragraph and the body paragraphs up to the
   * next headline; of all items in the seeds, the one of median length.
   */
  String typicalArticle() {
    List<String> articles = new ArrayList<>();
    for (String file : seedFiles) {
      StringBuilder current = null;
      for (String p : paragraphsOf(List.of(file))) {
        if (isHeadline(p)) {
          if (current != null) articles.add(current.toString());
          current = new StringBuilder(p);
        } else if (current != null) {
          current.append("\n\n").append(p);
        }
      }
      if (current != null) articles.add(current.toString());
    }
    articles.removeIf(a -> a.indexOf('\n') < 0); // a headline with no body is no article
    if (articles.isEmpty()) return seedFiles.get(0);
    articles.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    return articles.get(articles.size() / 2);
  }

  /** The synthetic text of {@code length} characters with every punctuation mark and line break
   * removed: one endless sentence. */
  String withoutPunctuation(int length) {
    String source = synthetic(length * 2);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < source.length() && out.length() < length; i++) {
      char c = source.charAt(i);
      int type = Character.getType(c);
      boolean punct = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
          || Character.isWhitespace(c) || c == '\u3000';
      if (!punct) out.append(c);
    }
    return out.toString();
  }

  /** {@code unit} repeated to exactly {@code length} characters. */
  static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) out.append(unit);
    out.setLength(length);
    return out.toString();
  }

  /** The synthetic text re-broken into lines of 1 to 4 characters. */
  String shortLines(int length) {
    String source = synthetic(length);
    StringBuilder out = new StringBuilder(length);
    SplittableRandom random = new SplittableRandom(SHUFFLE_SEED);
    int i = 0;
    while (out.length() < length && i < source.length()) {
      int n = 1 + random.nextInt(4);
      for (int k = 0; k < n && i < source.length(); k++) {
        char c = source.charAt(i++);
        if (c != '\n') out.append(c);
      }
      out.append('\n');
    }
    out.setLength(Math.min(out.length(), length));
    return out.toString();
  }

  private static boolean isHeadline(String paragraph) {
    int colon = paragraph.indexOf('：');
    return colon > 0 && colon <= 8 && paragraph.length() <= 100 && paragraph.indexOf('\n') < 0;
  }

  private static List<String> paragraphsOf(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
        String trimmed = p.strip();
        if (!trimmed.isEmpty()) out.add(trimmed);
      }
    }
    return out;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
