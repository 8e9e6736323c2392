package io.github.zhibiao.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.indicator.IndicatorTyper;
import io.github.zhibiao.indicator.Structure;
import io.github.zhibiao.number.QuantityScanner;
import io.github.zhibiao.text.NormalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Editorial checks over Chinese economic text: figures that don't add up, headline against body,
 * the language of statistics, GB/T 15835 number form and PDF damage. Immutable and thread-safe.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().minSeverity(Severity.WARNING).build();
 * for (Finding f : checker.check(text)) {
 *   System.out.println(f.rule() + " " + f.severity() + " " + f.span() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>Findings come sorted by position. Checking never throws on text: a rule that fails on some
 * input is skipped for that input and the others still run.
 */
public final class Checker {
  private final ImmutableList<Rule> rules;
  private final Options options;

  /** House-style options the rules read. */
  record Options(Severity minSeverity, boolean spacesAroundNumbers, boolean failFast) {}

  private Checker(Builder b) {
    List<Rule> enabled = new ArrayList<>();
    for (Rule r : Rules.all()) {
      boolean on = b.enabled == null ? !b.disabled.contains(r.id()) : b.enabled.contains(r.id());
      if (on) enabled.add(r);
    }
    this.rules = ImmutableList.copyOf(enabled);
    this.options = new Options(b.minSeverity, b.spacesAroundNumbers, b.failFast);
  }

  /** A checker with every rule and the default options. */
  public static Checker create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ids of every rule zhibiao implements, in catalogue order. */
  public static List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : Rules.all()) ids.add(r.id());
    return Collections.unmodifiableList(ids);
  }

  /** The ids of the rules this checker runs. */
  public List<String> enabledRules() {
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) ids.add(r.id());
    return Collections.unmodifiableList(ids);
  }

  /** Configures a {@link Checker}. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private Set<String> enabled;
    private final Set<String> disabled = new HashSet<>();
    private Severity minSeverity = Severity.INFO;
    private boolean spacesAroundNumbers;
    private boolean failFast;

    private Builder() {}

    /** For tests: a rule that throws fails the check instead of being skipped. */
    Builder failFast() {
      this.failFast = true;
      return this;
    }

    /** Runs only these rules (ids such as {@code B1}, or a family letter such as {@code E}). */
    public Builder only(String... ids) {
      enabled = expand(ids);
      return this;
    }

    /** Does not run these rules (ids or family letters). */
    public Builder disable(String... ids) {
      disabled.addAll(expand(ids));
      return this;
    }

    /** Reports only findings at least this severe. Default {@link Severity#INFO}: everything. */
    public Builder minSeverity(Severity severity) {
      this.minSeverity = checkNotNull(severity, "severity");
      return this;
    }

    /**
     * House style: whether spaces between a number and the characters around it are allowed
     * ({@code 已完成 198 个}). Default false, newspaper style: they are reported (A6).
     */
    public Builder spacesAroundNumbers(boolean allowed) {
      this.spacesAroundNumbers = allowed;
      return this;
    }

    public Checker build() {
      return new Checker(this);
    }

    private static Set<String> expand(String... ids) {
      checkNotNull(ids, "ids");
      Set<String> all = new HashSet<>();
      Set<String> known = ImmutableSet.copyOf(ruleIds());
      for (String id : ids) {
        checkNotNull(id, "id");
        boolean family = id.length() == 1 && Character.isLetter(id.charAt(0));
        boolean any = false;
        for (String k : known) {
          if (k.equals(id) || (family && k.startsWith(id))) {
            all.add(k);
            any = true;
          }
        }
        checkArgument(any, "unknown rule '%s' (known: %s)", id, known);
      }
      return all;
    }
  }

  /**
   * Checks {@code text}.
   *
   * @param text the text, not null
   * @return immutable findings sorted by position
   */
  public List<Finding> check(String text) {
    checkNotNull(text, "text");
    return extractAndCheck(text, null).findings();
  }

  /**
   * Extracts {@code text} and checks it, normalizing it and finding its layout once for both: the
   * document is the one {@code Zhibiao.create().extract(text, documentDate)} returns, the findings
   * those {@link #check(Document)} gives for it, for about the cost of {@link #check(String)}
   * alone. For a page that shows both (figures and findings), or a command that checks files.
   *
   * <pre>{@code
   * CheckedDocument c = Checker.create().extractAndCheck(text, LocalDate.of(2024, 3, 1));
   * c.document().indicators();  // as zhibiao.extract(text, date)
   * c.findings();               // as checker.check(zhibiao.extract(text, date))
   * }</pre>
   *
   * @param text the text, not null
   * @param documentDate the date the text was published, against which 今年 and 上半年 resolve; null
   *     if unknown
   */
  public CheckedDocument extractAndCheck(String text, LocalDate documentDate) {
    checkNotNull(text, "text");
    // What zhibiao.extract(text, date) does, keeping the normalized text and the layout for the
    // rules instead of finding them a second time (CheckerPathsTest holds the paths equal).
    NormalizedText normalized = NormalizedText.of(text);
    Structure structure = Structure.of(normalized.text());
    List<Quantity> quantities = new ArrayList<>();
    QuantityScanner.standard().scan(normalized, false, quantities, null);
    Document document = new Document(text, documentDate, quantities,
        IndicatorTyper.standard().type(normalized, structure, quantities, documentDate));
    return new CheckedDocument(document,
        check(new CheckContext(normalized, structure, document, options)));
  }

  /** Checks an already extracted document (its text is {@link Document#text()}). */
  public List<Finding> check(Document document) {
    checkNotNull(document, "document");
    NormalizedText normalized = NormalizedText.of(document.text());
    return check(
        new CheckContext(normalized, Structure.of(normalized.text()), document, options));
  }

  private List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : rules) {
      List<Finding> found = new ArrayList<>();
      try {
        rule.check(context, found);
      } catch (RuntimeException | StackOverflowError e) {
        if (options.failFast()) throw e;
        continue; // a bug in one rule must not cost the editor the other findings
      }
      for (Finding f : found) {
        if (f.severity().atLeast(options.minSeverity())) out.add(f);
      }
    }
    Collections.sort(out);
    return ImmutableList.copyOf(out);
  }
}
