package io.github.zhibiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao extract}: every quantity in the given files, one record per quantity. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Find every quantity in the files and print one record per quantity.",
      "Spans are half-open UTF-16 offsets into the decoded original text."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "2:usage error, or an input could not be read"})
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    tsv,
    table
  }

  @ParentCommand private Main main;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl (default), tsv or table")
  Format format;

  @Option(names = "--all-numbers",
      description = "also report bare numbers without unit (never years, dates or ordinals)")
  boolean allNumbers;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "decode input with this charset instead of detecting it")
  String encoding;

  @Option(names = "--debug", description = "print stack traces of unexpected errors")
  boolean debug;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "files, directories (*.txt, recursively) or - for standard input")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = main.out();
    PrintWriter err = main.err();
    Charset forced = null;
    if (encoding != null) {
      try {
        forced = Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        err.println("zhibiao: unknown encoding " + encoding);
        return Main.INPUT_ERROR;
      }
    }
    Zhibiao zhibiao = Zhibiao.builder().allNumbers(allNumbers).build();
    int status = Main.OK;
    if (format == Format.tsv) {
      out.println("source\tstart\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier");
    }
    for (String arg : paths) {
      for (Input input : inputs(arg, err)) {
        if (input == null) {
          status = Main.INPUT_ERROR;
          continue;
        }
        byte[] bytes;
        try {
          bytes = input.path == null ? main.in().readAllBytes() : Files.readAllBytes(input.path);
        } catch (NoSuchFileException e) {
          err.println("zhibiao: cannot read " + input.name + ": no such file");
          status = Main.INPUT_ERROR;
          continue;
        } catch (IOException | RuntimeException e) {
          err.println("zhibiao: cannot read " + input.name + ": " + reason(e));
          if (debug) e.printStackTrace(err);
          status = Main.INPUT_ERROR;
          continue;
        }
        if (TextDecoder.isBinary(bytes)) {
          err.println("zhibiao: skipping " + input.name + ": binary file");
          continue;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, forced);
        if (decoded.firstMalformed() >= 0) {
          err.println("zhibiao: " + input.name + ": malformed " + decoded.charset().name()
              + " at byte " + decoded.firstMalformed() + ", replaced with U+FFFD");
        }
        print(input.name, zhibiao.findQuantities(decoded.text()), out);
        out.flush();
      }
    }
    return status;
  }

  /** A file to read; {@code path} is null for standard input. */
  private record Input(String name, Path path) {}

  /** The inputs one argument stands for; a null element marks an argument that failed. */
  private static List<Input> inputs(String arg, PrintWriter err) {
    List<Input> list = new ArrayList<>();
    if (arg.equals("-")) {
      list.add(new Input("-", null));
      return list;
    }
    Path path = Path.of(arg);
    if (!Files.isDirectory(path)) {
      list.add(new Input(arg, path));
      return list;
    }
    // Files.walk does not follow symbolic links, so a link loop cannot trap it.
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .forEach(p -> list.add(new Input(p.toString(), p)));
    } catch (IOException | UncheckedIOException e) {
      err.println("zhibiao: cannot read directory " + arg + ": " + reason(e));
      list.add(null);
    }
    return list;
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private void print(String source, List<Quantity> quantities, PrintWriter out) {
    switch (format) {
      case jsonl -> {
        for (Quantity q : quantities) out.println(json(source, q));
      }
      case tsv -> {
        for (Quantity q : quantities) {
          out.println(String.join("\t", escape(source), Integer.toString(q.span().start()),
              Integer.toString(q.span().end()), escape(q.text()), plain(q.value()),
              plain(q.low()), plain(q.high()), q.unit().symbol(), q.qualifier().id()));
        }
      }
      case table -> {
        if (quantities.isEmpty()) return;
        out.println("== " + source + " (" + quantities.size() + " quantities)");
        for (Quantity q : quantities) {
          String value = q.isRange() ? plain(q.low()) + ".." + plain(q.high()) : plain(q.value());
          out.printf("%-24s %22s %-6s %-10s %s%n", escape(q.text()), value, q.unit().symbol(),
              q.qualifier().id(), q.span());
        }
      }
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  static String json(String source, Quantity q) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeNumberField("start", q.span().start());
      g.writeNumberField("end", q.span().end());
      g.writeStringField("text", q.text());
      writeDecimal(g, "value", q.value());
      writeDecimal(g, "low", q.low());
      writeDecimal(g, "high", q.high());
      g.writeStringField("unit", q.unit().symbol());
      g.writeStringField("dimension", q.unit().dimension().id());
      g.writeStringField("unit_text", q.unitText());
      g.writeStringField("qualifier", q.qualifier().id());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Decimals are JSON strings, so that no reader turns 226200000000.1 into a double. */
  private static void writeDecimal(JsonGenerator g, String field, BigDecimal v) throws IOException {
    if (v == null) g.writeNullField(field);
    else g.writeStringField(field, v.toPlainString());
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
