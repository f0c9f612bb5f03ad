package org.claimgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's Virtuoso open-source as a peer store: a temporary database on loopback, the same N-Quads
 * bulk-loaded, its SPARQL endpoint asked the same questions. Its union default graph (no FROM)
 * matches claimgraph's.
 */
public final class VirtuosoPeer implements AutoCloseable {

  private static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
  private static final String SERVER = "/usr/bin/virtuoso-t";
  private static final String ISQL = "/usr/bin/isql-vt";

  private final ChildProcess process;
  private final int sqlPort;
  private final int httpPort;
  private final Path work;

  private VirtuosoPeer(ChildProcess process, int sqlPort, int httpPort, Path work) {
    this.process = process;
    this.sqlPort = sqlPort;
    this.httpPort = httpPort;
    this.work = work;
  }

  /** Whether the Debian package is installed. */
  public static boolean available() {
    return Files.isExecutable(Path.of(SERVER))
        && Files.isExecutable(Path.of(ISQL))
        && Files.isRegularFile(PACKAGED_INI);
  }

  /** Starts a fresh database in {@code work} that may bulk-load files from {@code dataDir}. */
  public static VirtuosoPeer start(Path work, Path dataDir) throws Exception {
    Files.createDirectories(work);
    int sql = freePort();
    int http = freePort();
    String db = work.toAbsolutePath().toString();
    StringBuilder ini = new StringBuilder();
    String section = "";
    for (String line : Files.readAllLines(PACKAGED_INI, StandardCharsets.ISO_8859_1)) {
      String t = line.strip();
      if (t.startsWith("[")) {
        section = t;
      }
      String key = t.contains("=") ? t.substring(0, t.indexOf('=')).strip() : "";
      boolean temp = section.equals("[TempDatabase]");
      String value =
          switch (key) {
            case "ServerPort" ->
                section.equals("[HTTPServer]") ? "127.0.0.1:" + http : "127.0.0.1:" + sql;
            case "DatabaseFile" -> db + (temp ? "/virtuoso-temp.db" : "/virtuoso.db");
            case "TransactionFile" -> db + (temp ? "/virtuoso-temp.trx" : "/virtuoso.trx");
            case "LockFile" -> db + "/virtuoso.lck";
            case "ErrorLogFile" -> db + "/virtuoso.log";
            case "xa_persistent_file" -> db + "/virtuoso.pxa";
            case "DirsAllowed" ->
                ".," + dataDir.toAbsolutePath() + ", /usr/share/virtuoso-opensource-7/vad";
            case "ResultSetMaxRows" -> "1000000"; // never truncate answers: same rows as Jena
            case "NumberOfBuffers" -> "340000";
            case "MaxDirtyBuffers" -> "250000";
            case "MaxClientConnections" -> "32";
            // A backstop: each question asks for its own, shorter limit (client(Duration)).
            case "MaxQueryExecutionTime" -> "15";
            default -> null;
          };
      ini.append(value == null || line.startsWith(";") ? line : key + " = " + value).append('\n');
    }
    Path iniFile = work.resolve("virtuoso.ini");
    Files.writeString(iniFile, ini, StandardCharsets.ISO_8859_1);
    ChildProcess p =
        ChildProcess.start(
            List.of(SERVER, "+foreground", "+configfile", iniFile.toString()),
            work.resolve("server.out"));
    VirtuosoPeer peer = new VirtuosoPeer(p, sql, http, work);
    peer.awaitEndpoint();
    return peer;
  }

  private void awaitEndpoint() throws Exception {
    SparqlHttpClient client = new SparqlHttpClient(endpoint());
    long end = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < end) {
      try {
        if (client.ask("ASK { ?s ?p ?o }").ok()) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new IOException("Virtuoso did not answer within 120 s; see " + work);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + httpPort + "/sparql";
  }

  /**
   * A client whose queries Virtuoso itself stops after {@code limit}: its {@code timeout} parameter
   * (milliseconds) makes an "anytime" query, which answers what it has (marked with an {@code
   * X-SQL-State} header) or fails when it has nothing whole, such as a sorted answer.
   */
  public SparqlHttpClient client(Duration limit) {
    return SparqlHttpClient.limited(endpoint(), limit, "timeout=" + limit.toMillis());
  }

  /** Bulk-loads every {@code *.nq} file in {@code dataDir}; returns the seconds it took. */
  public double bulkLoad(Path dataDir) throws Exception {
    String sql =
        "ld_dir('"
            + dataDir.toAbsolutePath()
            + "', '*.nq', 'urn:claimgraph:bench'); rdf_loader_run(); checkpoint;";
    return ChildProcess.run(
        List.of(ISQL, "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql),
        work.resolve("load.out"),
        30);
  }

  public long peakRssMib() {
    return process.peakRssMib();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
