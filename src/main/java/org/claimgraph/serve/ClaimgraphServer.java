package org.claimgraph.serve;

import java.net.BindException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;

/**
 * Fuseki with its web UI over the claimgraph store, built from an assembler configuration. Binds to
 * the loopback interface unless told otherwise.
 */
public final class ClaimgraphServer implements AutoCloseable {

  /** The dataset's name in the bundled configuration, and so in its URLs. */
  public static final String DATASET = "claimgraph";

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
  private static final Set<String> ANY = Set.of("0.0.0.0", "::", "[::]", "*");

  private final FusekiServer server;
  private final String host;

  private ClaimgraphServer(FusekiServer server, String host) {
    this.server = server;
    this.host = host;
  }

  /**
   * Builds a server for {@code config} on {@code host}:{@code port} (port 0 picks a free one)
   * without starting it.
   */
  public static ClaimgraphServer build(ServerConfig config, String host, int port) {
    return build(config, host, port, null, null, null);
  }

  /**
   * As {@link #build(ServerConfig, String, int)}, with the linked-data pages of {@code site} (may
   * be null), and with {@code writers} (may be null: read-only) the articles they POST to {@code
   * /claimgraph/load} go to {@code intake}.
   */
  public static ClaimgraphServer build(
      ServerConfig config,
      String host,
      int port,
      LinkedDataSite site,
      PasswordFile writers,
      ArticleIntake intake) {
    boolean loopback = bindsLoopback(host);
    // reliability (issue 8): no SERVICE calls out of this process unless a config's context
    // turns them on; the server is not an HTTP client for whoever sends a query.
    ARQ.getContext().set(ARQ.httpServiceAllowed, false);
    FusekiServer.Builder builder =
        FusekiServer.create()
            .fusekiModules(FusekiModules.create(new ReadOnlyControlModule(), FMod_UI.create()))
            // reliability (issue 8): a cap on the size of one answer, beside the timeouts.
            .registerOperation(Operation.Query, new ResultLimitedQuery(config.resultLimit()))
            .parseConfig(config.model())
            .port(port)
            .loopback(loopback)
            .enableCors(true, null);
    // linked data (issue 6): /id/*, /ontology, /home, /questions/*, /dumps/*
    if (site != null) {
      site.register(builder);
    }
    if (writers != null) {
      builder.addServlet(LOAD_PATH, new LoadServlet(writers, intake));
    }
    return new ClaimgraphServer(builder.build(), loopback ? "127.0.0.1" : host);
  }

  /** Where an authenticated user POSTs articles, when the server has a password file. */
  public static final String LOAD_PATH = "/" + DATASET + "/load";

  private static boolean bindsLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (LOOPBACK.contains(h)) {
      return true;
    }
    if (ANY.contains(h)) {
      return false;
    }
    throw new ServerProblem(
        "--host "
            + host
            + " is not supported: use 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every"
            + " interface).");
  }

  /** Starts serving; a port already in use is a {@link ServerProblem}. */
  public ClaimgraphServer start() {
    try {
      server.start();
    } catch (RuntimeException e) {
      if (hasCause(e, BindException.class)) {
        throw new ServerProblem(
            "Port "
                + server.getHttpPort()
                + " is already in use by another program; stop it or choose another port with --port N.",
            e);
      }
      throw e;
    }
    return this;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  public int port() {
    return server.getHttpPort();
  }

  /** The server's root URL, where the UI is, ending with '/'. */
  public String baseUrl() {
    String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The SPARQL query endpoint. */
  public String sparqlUrl() {
    return baseUrl() + DATASET + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }
}
