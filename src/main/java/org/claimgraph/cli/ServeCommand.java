package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.serve.ArticleIntake;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.LinkedDataSite;
import org.claimgraph.serve.PasswordFile;
import org.claimgraph.serve.ServerConfig;
import org.claimgraph.store.LoadReport;
import org.claimgraph.store.TdbStore;
import org.claimgraph.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimgraph serve}: Fuseki and its web UI over the store, seeded with the samples when
 * empty.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serves the store over SPARQL with Fuseki's web UI. An empty store is first filled with the ontology, the reference gazetteer and the sample articles in data/articles/. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Interface to listen on: 127.0.0.1 for this machine only (default), 0.0.0.0 for all.")
  String host;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Fuseki assembler configuration, used as written (its tdb2:location is the store)."
              + " Default: fuseki-config/claimgraph.ttl pointed at --store.")
  Path config;

  @Option(
      names = "--no-samples",
      description = "Do not load the sample articles into an empty store.")
  boolean noSamples;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description =
          "Base IRI of the data: {base}id/X is served at /id/X. A new store takes it (and the"
              + " samples are minted under it); a store keeps the base it was first loaded with,"
              + " and another one is refused. Default: the store's base, or "
              + Iris.DEFAULT_BASE
              + ".")
  String base;

  // reliability (issue 8)
  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "Lines 'user: password, load' of the users who may load articles into the running"
              + " server (POST /claimgraph/load, used by 'claimgraph load --server'); a user"
              + " without ', load' may not. Without it the server is read-only; there is no"
              + " default password.")
  Path passwordFile;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = new Workspace(ProjectHome.locate());
    ServerConfig serverConfig;
    if (config != null) {
      serverConfig = ServerConfig.read(config);
    } else {
      serverConfig =
          ServerConfig.read(workspace.home().defaultConfig())
              .withStore(parent.global.storeOrDefault());
    }
    PasswordFile writers =
        passwordFile == null ? null : PasswordFile.read(passwordFile).requireLoader();
    Path storeFolder = serverConfig.storeLocation();
    // The store stays open for the server's life: Fuseki's assembler finds the same TDB2 database
    // in
    // this JVM, and the lock is held until we exit.
    TdbStore store = workspace.openForWriting(storeFolder, Optional.ofNullable(base));
    try {
      seedSamples(workspace, store);
      LinkedDataSite site =
          new LinkedDataSite(store.dataset(), workspace.iris(), workspace.home().queries());
      ArticleIntake intake = writers == null ? null : workspace.loader(store)::load;
      ClaimgraphServer server =
          ClaimgraphServer.build(serverConfig, host, port, site, writers, intake).start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    store.close();
                    System.err.println("claimgraph: stopped; store " + storeFolder + " released.");
                  },
                  "claimgraph-shutdown"));
      var out = parent.spec.commandLine().getOut();
      out.println("claimgraph is serving store " + storeFolder);
      out.println("  Web UI           " + server.baseUrl());
      out.println("  SPARQL endpoint  " + server.sparqlUrl());
      out.println("  Graph store      " + server.baseUrl() + ClaimgraphServer.DATASET + "/data");
      out.println("  Linked data      " + server.baseUrl() + "home");
      out.println(
          "  Resources        " + workspace.iris().base() + "id/… at " + server.baseUrl() + "id/…");
      out.println(
          writers == null
              ? "  Read-only        (start with --password-file FILE to load articles over HTTP)"
              : "  Load articles    POST "
                  + server.baseUrl()
                  + ClaimgraphServer.LOAD_PATH.substring(1)
                  + "  (users with the load role in "
                  + passwordFile
                  + ")");
      out.println("Press Ctrl-C to stop.");
      out.flush();
      server.join();
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private void seedSamples(Workspace workspace, TdbStore store) throws Exception {
    if (noSamples || workspace.hasArticles(store)) {
      return;
    }
    Path samples = workspace.home().sampleArticles();
    if (!java.nio.file.Files.isDirectory(samples)) {
      return;
    }
    LoadReport report = workspace.loader(store).load(List.of(samples), false);
    System.err.println(
        "claimgraph: empty store: loaded "
            + report.loaded().size()
            + " sample article(s) from "
            + samples);
  }
}
