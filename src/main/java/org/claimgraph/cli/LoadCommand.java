package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.serve.PasswordFile;
import org.claimgraph.store.LoadFailure;
import org.claimgraph.store.LoadOptions;
import org.claimgraph.store.LoadReport;
import org.claimgraph.store.TdbStore;
import org.claimgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph load}: articles into the store, one named graph each. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads articles (.txt or .html, with an optional NAME.meta.json sidecar) into the store. Folders are searched recursively. All files are checked before anything is written, so one bad file leaves the store as it was; with --keep-going bad files are reported and skipped instead. Unchanged articles are skipped, so an interrupted load resumes where it stopped; reloading replaces an article's graph atomically.",
      "Articles are extracted in parallel and written in batches (one write transaction each; the rules run once, with the last batch)."
    })
final class LoadCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or folders.")
  List<Path> paths;

  @Option(names = "--force", description = "Reload articles even when their content is unchanged.")
  boolean force;

  @Option(
      names = "--keep-going",
      description =
          "Report and skip files that cannot be read or extracted instead of refusing the whole load (for large corpora). The exit code is 1 when any file was skipped.")
  boolean keepGoing;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "" + LoadOptions.DEFAULT_BATCH,
      description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description =
          "Base IRI to mint resources under ({base}id/…, {base}graph/…); set once, by the first"
              + " load into a new store, which keeps it. Default: the store's base, or "
              + Iris.DEFAULT_BASE
              + " for a new store.")
  String base;

  // reliability (issue 8): load into a running server instead of the store it holds.
  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "Send the articles to a running 'claimgraph serve --password-file' at URL"
              + " (e.g. http://127.0.0.1:3030) instead of opening the store.")
  String server;

  @Option(names = "--user", description = "With --server: the user to log in as.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "With --server: the file of 'user: password' lines holding the user's password.")
  Path passwordFile;

  @Override
  public Integer call() throws Exception {
    if (server != null) {
      if (base != null) {
        throw new UserError("--base is the store's to keep: a running server already has one.");
      }
      return loadIntoServer();
    }
    if (batchSize < 1 || (threads != null && threads < 1)) {
      throw new UserError("--batch-size and --threads must be at least 1.");
    }
    LoadOptions options =
        LoadOptions.defaults(force).withKeepGoing(keepGoing).withBatchSize(batchSize);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    Workspace workspace = new Workspace(ProjectHome.locate());
    var out = parent.spec.commandLine().getOut();
    var err = parent.spec.commandLine().getErr();
    try (TdbStore store =
        workspace.openForWriting(parent.global.storeOrDefault(), Optional.ofNullable(base))) {
      LoadProgressPrinter progress = LoadProgressPrinter.forThisProcess(err);
      LoadReport report;
      try {
        report = workspace.loader(store).load(paths, options, progress);
      } finally {
        progress.finish();
      }
      double seconds = report.millis() / 1000.0;
      out.printf(
          "Loaded %d article(s), %d unchanged, %d triples in %.1f s into %s%n",
          report.loaded().size(),
          report.unchanged().size(),
          report.triples(),
          seconds,
          store.location());
      if (report.loaded().size() > 1) {
        out.printf(
            "  %.1f articles/s, %d batch(es) of up to %d, %d extraction thread(s)%n",
            report.loaded().size() / Math.max(seconds, 0.001),
            report.batches(),
            options.batchSize(),
            options.threads());
      }
      out.flush();
      if (!report.failures().isEmpty()) {
        err.printf("claimgraph: skipped %d file(s):%n", report.failures().size());
        for (LoadFailure f : report.failures()) {
          err.println("  " + f.reason());
        }
        err.flush();
        return ExitCodes.USER_ERROR;
      }
    }
    return ExitCodes.OK;
  }

  private Integer loadIntoServer() throws Exception {
    if (passwordFile == null) {
      throw new UserError("--server needs --password-file FILE (lines 'user: password').");
    }
    PasswordFile passwords = PasswordFile.read(passwordFile);
    String who = user != null ? user : passwords.onlyUser();
    String summary = new RemoteLoader(server, who, passwords.passwordOf(who)).load(paths, force);
    var out = parent.spec.commandLine().getOut();
    out.println(summary);
    out.flush();
    return ExitCodes.OK;
  }
}
