package io.github.zhibiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.check.CheckedDocument;
import io.github.zhibiao.check.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code zhibiao check}: editorial findings in the inputs, like a linter: one record per finding,
 * exit status 1 when one of them is an error.
 *
 * <p>Line and column are 1-based; the column counts code points from the start of the line. Start
 * and end are half-open UTF-16 offsets into the decoded text, as everywhere in zhibiao.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check the figures of the inputs: PDF damage (split, doubled or dropped figures),",
      "GB/T 15835 number form and the other editorial rules; one record per finding.",
      "Rules are named by their catalogue id (A1, E3 …); a family letter (A) selects all of its",
      "rules. Line and column are 1-based (columns count characters); start and end are",
      "half-open UTF-16 offsets into the decoded text."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding of severity error",
      "1:at least one finding of severity error",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
final class CheckCommand implements Callable<Integer> {
  /** Characters of context shown on each side of a finding in a table. */
  private static final int CONTEXT = 30;

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  /** The output formats of {@code check}. */
  enum Format { TABLE, JSONL }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (default: file:line:column, the line and a ^^^ marker) or jsonl.")
  Format format;

  @Option(names = "--rules", paramLabel = "IDS", split = ",",
      description = "Run only these rules: ids such as E3 or family letters such as A.")
  List<String> rules;

  @Option(names = "--disable", paramLabel = "IDS", split = ",",
      description = "Do not run these rules (ids or family letters).")
  List<String> disabled;

  @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
      converter = SeverityConverter.class,
      description = "Report only findings at least this severe: info (default), warning, error.")
  Severity minSeverity;

  @Option(names = "--allow-spaces",
      description = "House style: spaces around numbers (已完成 198 个) are allowed (no A6).")
  boolean allowSpaces;

  @Mixin InputOptions inputs;

  private int errors;
  private int warnings;
  private int infos;

  @Override
  public Integer call() throws IOException {
    Checker checker = checker();
    PrintWriter out = main.out();
    JsonGenerator json = format == Format.JSONL ? JsonlWriter.JSON.createGenerator(out) : null;
    if (json != null) json.setRootValueSeparator(null);
    // Streamed like extract: each chunk is checked as it is read (rules look within a sentence or
    // a paragraph; a chunk ends after a paragraph), its offsets and line numbers shifted.
    int[] lineBase = {0};
    // Each chunk is extracted and checked in one call, which normalizes it once for both.
    boolean written = inputs.readChunked(main, checker::extractAndCheck, ChunkedText.WHOLE_BYTES,
        ChunkedText.CHUNK_CHARS, new InputOptions.ChunkSink<CheckedDocument>() {
          @Override
          public boolean accept(String source, CheckedDocument checked, int offset)
              throws IOException {
            Document document = checked.document();
            List<Finding> findings = checked.findings();
            LineIndex lines = new LineIndex(document.text());
            for (Finding f : findings) {
              switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
              }
              if (json != null) jsonl(json, source, document, lines, f, offset, lineBase[0]);
              else table(out, source, document, lines, f, lineBase[0]);
            }
            lineBase[0] += lines.lineFeeds();
            if (json != null) json.flush();
            out.flush();
            return !Main.cannotWrite(main);
          }

          @Override
          public void end(String source) {
            lineBase[0] = 0;
          }
        });
    if (json == null && errors + warnings + infos > 0) {
      out.println(count(errors, "error") + ", " + count(warnings, "warning") + ", "
          + count(infos, "info"));
    }
    out.flush();
    if (!written || inputs.status() != Main.OK) return Main.FAILURE;
    return errors > 0 ? Main.FINDINGS : Main.OK;
  }

  private Checker checker() {
    if (rules != null && disabled != null) {
      throw new ParameterException(spec.commandLine(),
          "--rules and --disable cannot be used together");
    }
    Checker.Builder b = Checker.builder().minSeverity(minSeverity).spacesAroundNumbers(allowSpaces);
    try {
      if (rules != null) b.only(clean(rules));
      if (disabled != null) b.disable(clean(disabled));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
    }
    return b.build();
  }

  private static String[] clean(List<String> ids) {
    return ids.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static void jsonl(JsonGenerator g, String source, Document d, LineIndex lines,
      Finding f, int offset, int lineBase) throws IOException {
    int start = f.span().start();
    g.writeStartObject();
    g.writeStringField("source", source);
    g.writeStringField("rule", f.rule());
    g.writeStringField("severity", f.severity().id());
    g.writeNumberField("start", offset + f.span().start());
    g.writeNumberField("end", offset + f.span().end());
    g.writeNumberField("line", lineBase + lines.line(start) + 1);
    g.writeNumberField("column", lines.column(start));
    g.writeStringField("text", f.text());
    g.writeStringField("message", f.message());
    g.writeStringField("suggestion", f.suggestion());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /**
   * {@code file:line:column  severity  rule  message}, then the line of the finding (at most
   * {@value #CONTEXT} characters either side) and a {@code ^^^} marker under the finding's text on
   * that line, aligned by display width.
   */
  private static void table(PrintWriter out, String source, Document d, LineIndex lines,
      Finding f, int lineBase) {
    String text = d.text();
    int start = f.span().start();
    int line = lines.line(start);
    String head = QuantityWriter.escape(source) + ":" + (lineBase + line + 1) + ":"
        + lines.column(start) + "  "
        + f.severity().id() + "  " + f.rule() + "  " + Messages.oneLine(f.message());
    if (f.suggestion() != null) head += "  → " + QuantityWriter.escape(f.suggestion());
    out.println(head);
    int lineStart = lines.start(line);
    int lineEnd = lines.end(line);
    int markEnd = Math.max(start, Math.min(f.span().end(), lineEnd));
    int from = Math.max(lineStart, back(text, start, CONTEXT));
    int to = Math.min(lineEnd, forward(text, markEnd, CONTEXT));
    String before = (from > lineStart ? "…" : "") + text.substring(from, start);
    String marked = text.substring(start, markEnd);
    String after = text.substring(markEnd, to) + (to < lineEnd ? "…" : "");
    before = before.replace('\t', ' ');
    marked = marked.replace('\t', ' ');
    out.println("    " + before + marked + after.replace('\t', ' '));
    out.println("    " + " ".repeat(TableWriter.width(before))
        + "^".repeat(Math.max(1, TableWriter.width(marked))));
  }

  /** {@code n} code points back from {@code i}, not splitting a surrogate pair. */
  private static int back(String s, int i, int n) {
    int k = i;
    for (int j = 0; j < n && k > 0; j++) k = s.offsetByCodePoints(k, -1);
    return k;
  }

  private static int forward(String s, int i, int n) {
    int k = i;
    for (int j = 0; j < n && k < s.length(); j++) k = s.offsetByCodePoints(k, 1);
    return k;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String name) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(name)) return f;
      }
      throw new TypeConversionException("unknown format '" + name + "' (expected table or jsonl)");
    }
  }

  /** Accepts info, warning and error in any case. */
  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String name) {
      for (Severity s : Severity.values()) {
        if (s.id().equalsIgnoreCase(name)) return s;
      }
      throw new TypeConversionException(
          "unknown severity '" + name + "' (expected info, warning or error)");
    }
  }
}
