package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.serve.ConfigProblem;
import org.claimgraph.serve.ServerProblem;
import org.claimgraph.store.QueryProblem;
import org.claimgraph.store.StoreProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;

/**
 * The {@code claimgraph} command: turns news reports into a graph of claims and serves it over
 * SPARQL.
 */
@Command(
    name = "claimgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Turns news reports into an RDF graph of actors, places, border crossings, events and claims, keeps it in a TDB2 store and serves it over SPARQL with Fuseki's web UI.",
    subcommands = {
      ServeCommand.class,
      LoadCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      ValidateCommand.class,
      DeriveCommand.class,
      ExportCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      // bench (issue 7)
      BenchCommand.class,
      // reliability (issue 8)
      BackupCommand.class,
      RestoreCommand.class,
      CompactCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Start with:  claimgraph serve          (then open http://127.0.0.1:3030/)",
      "Exit codes:  0 success, 1 bad input or usage, 2 internal failure."
    })
public final class ClaimgraphCommand implements Runnable {

  @Mixin GlobalOptions global;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code; for tests and {@link #main}. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ClaimgraphCommand());
    cli.setExecutionExceptionHandler(ClaimgraphCommand::onFailure);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USER_ERROR);
    cli.setParameterExceptionHandler(ClaimgraphCommand::onBadArguments);
    return cli;
  }

  private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("claimgraph: " + e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCodes.USER_ERROR;
  }

  /** One line for the user; the stack trace only with --verbose, or for our own bugs in the log. */
  private static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = parsed.hasMatchedOption("--verbose") || anyVerbose(parsed);
    boolean userError =
        e instanceof InputProblem
            || e instanceof StoreProblem
            || e instanceof QueryProblem
            || e instanceof ConfigProblem
            || e instanceof ServerProblem
            || e instanceof UserError;
    if (userError) {
      err.println("claimgraph: " + e.getMessage());
    } else {
      err.println(
          "claimgraph: internal error: "
              + e
              + " (run again with --verbose for details, and report it)");
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return userError ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL_ERROR;
  }

  private static boolean anyVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
