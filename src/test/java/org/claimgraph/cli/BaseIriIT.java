package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store under a base IRI of its own, end to end: {@code load --base} mints every resource and
 * graph under it (the gazetteer's and the rules' IRIs moved with them), the store keeps it, a load
 * or serve with another base is refused, and {@code serve} answers the store's IRIs at {@code
 * /id/…}.
 */
class BaseIriIT {

  private static final String BASE = "https://news.example.org/kg/";
  private static final String DEFAULT_IDS = "https://w3id.org/claimgraph/id/";
  private static final String CLAIM = "article/taliban-islam-qala-crossing-2021-07/claim/0";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir static Path work;
  static Path store;

  @BeforeAll
  static void loadUnderAnotherBase() throws Exception {
    store = work.resolve("store");
    CliProcess.Result load =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            "--base",
            BASE,
            CliProcess.PROJECT.resolve("data/articles").toString());
    assertEquals(0, load.exitCode(), load.toString());
  }

  @Test
  void everyIriIsMintedUnderTheStoresBase() throws Exception {
    Path nq = work.resolve("dump.nq");
    CliProcess.Result export =
        CliProcess.run(
            work, "--store", store.toString(), "export", "--format", "nq", "--out", nq.toString());
    assertEquals(0, export.exitCode(), export.toString());
    String dump = Files.readString(nq);
    assertFalse(dump.contains(DEFAULT_IDS), "no resource is left under the default base");
    assertFalse(dump.contains("https://w3id.org/claimgraph/graph/"), "nor any graph");
    assertTrue(dump.contains("<" + BASE + "id/" + CLAIM + ">"), "claims are minted under it");
    assertTrue(dump.contains("<" + BASE + "id/place/islam-qala>"), "the gazetteer moved too");
    assertTrue(dump.contains("<" + BASE + "graph/inferred>"), "the rules wrote under it");
    assertTrue(
        dump.contains(CG.verificationStatus.getURI()),
        "and derived statuses, as under the default");
  }

  @Test
  void aLaterLoadKeepsTheBaseAndAnotherIsRefused() throws Exception {
    Path extra = work.resolve("extra.txt");
    Files.writeString(
        extra,
        "Border report\n\nA spokesman for the Taliban said on Friday that the fighters held the"
            + " crossing.\n");
    CliProcess.Result again =
        CliProcess.run(work, "--store", store.toString(), "load", extra.toString());
    assertEquals(0, again.exitCode(), again.toString());
    CliProcess.Result stats = CliProcess.run(work, "--store", store.toString(), "stats");
    assertTrue(stats.out().contains(BASE + "graph/article/extra"), stats.out());

    CliProcess.Result other =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            "--base",
            "https://w3id.org/claimgraph/",
            extra.toString());
    assertEquals(1, other.exitCode(), other.toString());
    assertTrue(other.err().contains("mints IRIs under " + BASE), other.err());
    assertEquals(1, other.err().strip().lines().count(), "one line: " + other.err());

    CliProcess.Result serveOther =
        CliProcess.run(
            work, "--store", store.toString(), "serve", "--port", "0", "--base", "http://x.org/");
    assertEquals(1, serveOther.exitCode(), serveOther.toString());
    assertTrue(serveOther.err().contains("mints IRIs under " + BASE), serveOther.err());
  }

  @Test
  void theServerAnswersTheStoresIris() throws Exception {
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(90), "--store", store.toString(), "serve", "--port", "0")) {
      HttpResponse<byte[]> ttl = get(server, "id/place/islam-qala", "text/turtle");
      assertEquals(200, ttl.statusCode());
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).parse(g);
      Node place = NodeFactory.createURI(BASE + "id/place/islam-qala");
      assertTrue(
          g.contains(place, CG.connects.asNode(), NodeFactory.createURI(BASE + "id/place/iran")));

      String claim = html(get(server, "id/" + CLAIM, "text/html"));
      assertTrue(claim.contains("Lacks independent verification"), "the status, derived");
      assertTrue(claim.contains("href=\"/id/actor/taliban\""), "links stay on this server");
      assertEquals(404, get(server, "id/place/atlantis", "text/html").statusCode());
      assertTrue(html(get(server, "home", "text/html")).contains("href=\"/id/" + CLAIM + "\""));
      assertTrue(server.output().contains("Resources        " + BASE + "id/"), server.output());
    }
  }

  private static HttpResponse<byte[]> get(CliProcess.Server server, String path, String accept)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String html(HttpResponse<byte[]> r) {
    assertEquals(200, r.statusCode());
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
