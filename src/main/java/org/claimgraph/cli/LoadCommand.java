package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.serve.PasswordFile;
import org.claimgraph.store.LoadReport;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph load}: articles into the store, one named graph each. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Loads articles (.txt or .html, with an optional NAME.meta.json sidecar) into the store. Folders are searched recursively. All files are checked before anything is written, so one bad file leaves the store as it was. Unchanged articles are skipped; reloading replaces an article's graph atomically.")
final class LoadCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or folders.")
  List<Path> paths;

  @Option(names = "--force", description = "Reload articles even when their content is unchanged.")
  boolean force;

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
      return loadIntoServer();
    }
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = workspace.openForWriting(parent.global.storeOrDefault())) {
      LoadReport report = workspace.loader(store).load(paths, force);
      var out = parent.spec.commandLine().getOut();
      out.printf(
          "Loaded %d article(s), %d unchanged, %d triples in %.1f s into %s%n",
          report.loaded().size(),
          report.unchanged().size(),
          report.triples(),
          report.millis() / 1000.0,
          store.location());
      out.flush();
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
