package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result-size limit, on a real TDB2 store and a real Fuseki over loopback HTTP, with the
 * bundled configuration's limit set to {@value #LIMIT}: answers up to the limit are whole, one row
 * more is refused, and answers that are small by nature (ASK, COUNT) never meet it.
 */
class ResultLimitedQueryTest {

  private static final int LIMIT = 10;
  private static final int TRIPLES = 30;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static TdbStore store;
  private static ClaimgraphServer server;

  @BeforeAll
  static void serve() throws Exception {
    store = TdbStore.open(dir.resolve("store"));
    Node g = NodeFactory.createURI("urn:x:g");
    store.write(
        dsg -> {
          for (int i = 0; i < TRIPLES; i++) {
            dsg.add(
                Quad.create(
                    g,
                    NodeFactory.createURI("urn:x:s" + i),
                    NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("o" + i)));
          }
        });
    String bundled = Files.readString(Path.of("fuseki-config/claimgraph.ttl"));
    String small =
        bundled.replace(
            "\"" + ServerConfig.RESULT_LIMIT + "\" ; ja:cxtValue \"100000\"",
            "\"" + ServerConfig.RESULT_LIMIT + "\" ; ja:cxtValue \"" + LIMIT + "\"");
    assertTrue(!small.equals(bundled), "the bundled config sets the limit");
    ServerConfig config =
        ServerConfig.read(Files.writeString(dir.resolve("small.ttl"), small))
            .withStore(store.location());
    assertEquals(LIMIT, config.resultLimit());
    server = ClaimgraphServer.build(config, "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    store.close();
  }

  @Test
  void answersUpToTheLimitAreWholeAndOneRowMoreIsRefused() throws Exception {
    // CSV: a header line, then one line per row.
    assertEquals(1 + LIMIT, lines(ask("SELECT * { ?s ?p ?o } LIMIT " + LIMIT, "text/csv")));
    assertEquals(
        1 + (TRIPLES - 25),
        lines(ask("SELECT * { ?s ?p ?o } ORDER BY ?o OFFSET 25 LIMIT " + LIMIT, "text/csv")),
        "paging reaches the last rows");
    for (String q :
        new String[] {
          "SELECT * { ?s ?p ?o }",
          "SELECT * { ?s ?p ?o } LIMIT " + (LIMIT + 1),
          "SELECT * { ?s ?p ?o } ORDER BY DESC(?o)",
          "SELECT * { ?a ?b ?c . ?d ?e ?f }"
        }) {
      HttpResponse<String> r = ask(q, "application/sparql-results+json");
      assertEquals(422, r.statusCode(), q);
      assertTrue(r.body().contains("more than " + LIMIT + " rows"), r.body());
      assertTrue(r.body().contains("LIMIT and OFFSET"), r.body());
    }
  }

  @Test
  void graphAnswersAreCountedInTriples() throws Exception {
    HttpResponse<String> all = ask("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
    assertEquals(422, all.statusCode(), all.body());
    assertTrue(all.body().contains("more than " + LIMIT + " triples"), all.body());
    assertEquals(422, ask("DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle").statusCode());
    HttpResponse<String> few =
        ask("CONSTRUCT WHERE { ?s ?p ?o } LIMIT " + LIMIT, "application/n-triples");
    assertEquals(200, few.statusCode(), few.body());
    assertEquals(LIMIT, lines(few));
  }

  @Test
  void smallAnswersNeverMeetTheLimit() throws Exception {
    HttpResponse<String> count = ask("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
    assertEquals(200, count.statusCode());
    assertEquals("n\r\n" + TRIPLES + "\r\n", count.body());
    HttpResponse<String> yes =
        ask("ASK { ?a ?b ?c . ?d ?e ?f }", "application/sparql-results+json");
    assertEquals(200, yes.statusCode());
    assertTrue(yes.body().contains("true"), yes.body());
  }

  @Test
  void aBadLimitInTheConfigIsRefusedInOneLine() throws Exception {
    String bundled = Files.readString(Path.of("fuseki-config/claimgraph.ttl"));
    for (String bad : new String[] {"0", "-5", "lots"}) {
      Path file =
          Files.writeString(
              dir.resolve("bad-" + bad + ".ttl"),
              bundled.replace("ja:cxtValue \"100000\"", "ja:cxtValue \"" + bad + "\""));
      ConfigProblem p =
          assertThrows(ConfigProblem.class, () -> ServerConfig.read(file).resultLimit());
      assertTrue(p.getMessage().contains("found '" + bad + "'"), p.getMessage());
    }
    String without = bundled.replaceAll("(?m)^.*\"" + ServerConfig.RESULT_LIMIT + "\".*$", "");
    assertEquals(
        ServerConfig.DEFAULT_RESULT_LIMIT,
        ServerConfig.read(Files.writeString(dir.resolve("without.ttl"), without)).resultLimit());
  }

  private static HttpResponse<String> ask(String query, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(60))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long lines(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body().lines().filter(l -> !l.isBlank()).count();
  }
}
