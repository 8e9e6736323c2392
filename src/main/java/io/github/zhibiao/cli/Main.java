package io.github.zhibiao.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code zhibiao} command line: {@code java -jar zhibiao.jar
 * extract|totals|stats|check|report [OPTIONS] PATH...}.
 *
 * <p>The top-level command only dispatches to its subcommands ({@code extract}, {@code totals},
 * {@code stats}, {@code check}, {@code report}; {@code help}). A subcommand reaches the streams of the run through its {@code @ParentCommand} field, so that
 * {@link #run(String[], InputStream, PrintStream, PrintStream)} can run the whole CLI in-process.
 *
 * <p>Output is always UTF-8 with {@code \n} line ends, whatever the platform's default charset,
 * locale or line separator. Messages go to standard error, one line each, prefixed {@code
 * zhibiao: }, with a stack trace only under {@code --debug}. Progress, when shown ({@link
 * InputOptions}), is one line rewritten in place at the bottom of standard error ({@link
 * StatusLine}), erased before each message and, when standard output may share the screen,
 * before output; it never goes to standard output.
 *
 * <p>Exit status: {@value #OK} on success; {@value #FINDINGS} when {@code check} found an error
 * in the text; {@value #FAILURE} on a usage error, when an input could not be read (the other
 * inputs are still processed), or on an unexpected error.
 */
@Command(
    name = "zhibiao",
    mixinStandardHelpOptions = true,
    version = "zhibiao " + Main.VERSION,
    description = "Exact, typed figures from Chinese economic text.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ExtractCommand.class, TotalsCommand.class, StatsCommand.class, CheckCommand.class,
      ReportCommand.class, HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:check: at least one finding of severity error",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
public final class Main implements Callable<Integer> {
  /** The version printed by {@code --version}. */
  static final String VERSION = "0.1.0-SNAPSHOT";
  /** Exit status when everything went well. */
  static final int OK = 0;
  /** Exit status of {@code check} when it found an error in the text (like a linter). */
  static final int FINDINGS = 1;
  /** Exit status for a usage error, an unreadable input or an unexpected error. */
  static final int FAILURE = 2;

  @Spec private CommandSpec spec;

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Terminal terminal;
  private final StatusLine statusLine;

  private Main(InputStream in, PrintWriter out, PrintWriter err, Terminal terminal,
      StatusLine statusLine) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.statusLine = statusLine;
  }

  /** Standard input of this run. */
  InputStream in() {
    return in;
  }

  /** Standard output of this run, UTF-8, buffered: flush it. */
  PrintWriter out() {
    return out;
  }

  /** Standard error of this run, UTF-8, flushed on each line. */
  PrintWriter err() {
    return err;
  }

  /** What the standard streams of this run are attached to, and the clock for progress. */
  Terminal terminal() {
    return terminal;
  }

  /** The progress line at the bottom of standard error. */
  StatusLine statusLine() {
    return statusLine;
  }

  /** {@code zhibiao} alone: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the CLI on the process's streams and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, Terminal.detect()));
  }

  /**
   * Runs the CLI in-process. The streams are not taken for terminals: progress is shown only with
   * {@code --progress}.
   *
   * @param args the command-line arguments, such as {@code extract --format tsv a.txt}
   * @param in standard input, read by the path {@code -}
   * @param out standard output; written as UTF-8
   * @param err standard error; written as UTF-8
   * @return the exit status: {@value #OK}, {@value #FINDINGS} or {@value #FAILURE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Terminal.none());
  }

  /** Runs the CLI on streams attached as {@code terminal} says. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Terminal terminal) {
    StatusLine line = new StatusLine(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    Writer stdout = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (terminal.sharedWithStdout()) stdout = line.before(stdout);
    PrintWriter o = new PrintWriter(new BufferedWriter(stdout), false);
    PrintWriter e = new PrintWriter(line.messages(), true);
    try {
      CommandLine cli = new CommandLine(new Main(in, o, e, terminal, line));
      cli.setOut(o);
      cli.setErr(e);
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      cli.setParameterExceptionHandler(
          (ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            e.println("zhibiao: " + Messages.oneLine(String.valueOf(ex.getMessage())));
            e.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more "
                + "information.");
            return FAILURE;
          });
      cli.setExecutionExceptionHandler(
          (ex, commandLine, parseResult) -> {
            o.flush();
            boolean debug = commandLine.getParseResult() != null
                && commandLine.getParseResult().hasMatchedOption("--debug");
            internalError(e, ex, debug);
            return FAILURE;
          });
      int status = cli.execute(args);
      return status == OK || status == FINDINGS ? status : FAILURE;
    } catch (RuntimeException | Error ex) {
      // Errors escape picocli's handler (StackOverflowError, OutOfMemoryError …).
      o.flush();
      internalError(e, ex, Arrays.asList(args).contains("--debug"));
      return FAILURE;
    } finally {
      o.flush();
      line.erase();
      e.flush();
    }
  }

  /** Whether standard output failed; if so, says so on standard error. */
  static boolean cannotWrite(Main main) {
    if (!main.out().checkError()) return false;
    main.err().println("zhibiao: cannot write to standard output");
    return true;
  }

  /** One line for an unexpected error, and its stack trace under {@code --debug}. */
  static void internalError(PrintWriter err, Throwable ex, boolean debug) {
    err.println("zhibiao: internal error: " + Messages.oneLine(String.valueOf(ex)));
    if (debug) ex.printStackTrace(err);
  }
}
