package io.github.zhibiao.cli;

import io.github.zhibiao.Document;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code zhibiao extract}: every quantity in the inputs, one record per quantity.
 *
 * <p>Inputs are processed in command-line order, each read fully into memory, decoded by {@link
 * TextDecoder} and searched by one engine shared by all. An input that cannot be read is reported
 * on one line and skipped; the others are still processed, and the exit status is then 2.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Find every quantity in the inputs and print one record per quantity, with its",
      "indicator: type, signed value, metric, base, period, status, province and place.",
      "Spans (start, end) are half-open UTF-16 offsets into the decoded text."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand private Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      converter = FormatConverter.class,
      description = "Output format: jsonl (default), tsv or table.")
  QuantityWriter.Format format;

  @Option(names = "--all-numbers",
      description = "Also report bare numbers without unit (never years, dates or ordinals).")
  boolean allNumbers;

  @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class,
      description = "Decode the inputs with this charset (such as GB18030) instead of "
          + "detecting it.")
  Charset encoding;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The documents' publication date: 今年, 去年 and 上半年 resolve against it.")
  LocalDate date;

  @Option(names = "--debug", description = "Print stack traces with error messages.")
  boolean debug;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "A file; a directory (its *.txt files, recursively, in sorted order); "
          + "or - for standard input.")
  List<String> paths;

  private int status = Main.OK;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = main.out();
    Zhibiao zhibiao = Zhibiao.builder().allNumbers(allNumbers).build();
    QuantityWriter writer = format.on(out);
    for (String arg : paths) {
      for (Inputs.Input input : Inputs.expand(arg, (name, e) -> cannotRead(name, e))) {
        Document document = extract(zhibiao, input);
        if (document == null || document.quantities().isEmpty()) continue;
        writer.write(input.source(), document);
        writer.flush();
        if (out.checkError()) {
          main.err().println("zhibiao: cannot write to standard output");
          return Main.FAILURE;
        }
      }
    }
    writer.flush();
    return status;
  }

  /** The document of one input; null if it cannot be read, is binary or fails. */
  private Document extract(Zhibiao zhibiao, Inputs.Input input) {
    PrintWriter err = main.err();
    byte[] bytes;
    try {
      bytes = input.isStdin() ? main.in().readAllBytes() : Files.readAllBytes(input.path());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      cannotRead(input.source(), e);
      return null;
    }
    if (TextDecoder.isBinary(bytes, encoding)) {
      err.println("zhibiao: skipping binary file " + input.source());
      return null;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding);
    if (decoded.hasMalformed()) {
      err.println("zhibiao: warning: " + input.source() + ": malformed "
          + decoded.charset().name() + " at byte " + decoded.firstMalformed()
          + ", replaced with U+FFFD");
    }
    try {
      return zhibiao.extract(decoded.text(), date);
    } catch (RuntimeException | StackOverflowError e) {
      main.out().flush();
      err.println("zhibiao: internal error on " + input.source() + ": "
          + Messages.oneLine(String.valueOf(e)));
      if (debug) e.printStackTrace(err);
      status = Main.FAILURE;
      return null;
    }
  }

  private void cannotRead(String source, Throwable e) {
    main.out().flush();
    main.err().println("zhibiao: cannot read " + source + ": " + Messages.reason(e));
    if (debug) e.printStackTrace(main.err());
    status = Main.FAILURE;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements ITypeConverter<QuantityWriter.Format> {
    @Override
    public QuantityWriter.Format convert(String name) {
      for (QuantityWriter.Format f : QuantityWriter.Format.values()) {
        if (f.name().equalsIgnoreCase(name)) return f;
      }
      throw new TypeConversionException(
          "unknown format '" + name + "' (expected jsonl, tsv or table)");
    }
  }

  /** Parses ISO dates, 2018-12-01. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("invalid date '" + text + "' (expected YYYY-MM-DD)");
      }
    }
  }

  /** Accepts the charset names and aliases Java knows. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown encoding '" + name + "'");
      }
    }
  }
}
