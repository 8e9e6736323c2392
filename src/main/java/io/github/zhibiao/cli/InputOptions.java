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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The inputs of every command ({@code --encoding}, {@code --date}, {@code --debug}, {@code PATH...})
 * and how they are read: a picocli mixin.
 *
 * <p>Inputs are processed in command-line order, each read fully into memory, decoded by {@link
 * TextDecoder} and searched by one engine shared by all. An input that cannot be read is reported
 * on one line and skipped; the others are still processed, and {@link #status()} is then 2.
 */
final class InputOptions {
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

  /** Receives the document of each input that could be read. */
  interface Sink {
    /** Takes one document; returns false to stop (standard output failed). */
    boolean accept(String source, Document document) throws IOException;
  }

  /**
   * Reads every input and passes its document to {@code sink}, in order.
   *
   * @return false if the sink stopped the run
   */
  boolean read(Main main, Zhibiao zhibiao, Sink sink) throws IOException {
    for (String arg : paths) {
      for (Inputs.Input input : Inputs.expand(arg, (name, e) -> cannotRead(main, name, e))) {
        Document document = extract(main, zhibiao, input);
        if (document != null && !sink.accept(input.source(), document)) return false;
      }
    }
    return true;
  }

  /** {@link Main#OK}, or {@link Main#FAILURE} if an input could not be read or failed. */
  int status() {
    return status;
  }

  /** The document of one input; null if it cannot be read, is binary or fails. */
  private Document extract(Main main, Zhibiao zhibiao, Inputs.Input input) {
    PrintWriter err = main.err();
    byte[] bytes;
    try {
      bytes = input.isStdin() ? main.in().readAllBytes() : Files.readAllBytes(input.path());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      cannotRead(main, input.source(), e);
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

  private void cannotRead(Main main, String source, Throwable e) {
    main.out().flush();
    main.err().println("zhibiao: cannot read " + source + ": " + Messages.reason(e));
    if (debug) e.printStackTrace(main.err());
    status = Main.FAILURE;
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
