package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph serve} end to end: a real process, a real TDB2 store, real HTTP. */
class ServeIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String ARTICLE_GRAPHS = "https://w3id.org/claimgraph/graph/article/";

  @TempDir Path work;

  @Test
  void servesTheSampleGraphAndTheUiThenReleasesTheStore() throws Exception {
    Path store = work.resolve("store");
    long countOverHttp;
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(90), "--store", store.toString(), "serve", "--port", "0")) {
      assertTrue(server.baseUrl.startsWith("http://127.0.0.1:"), server.baseUrl);

      countOverHttp =
          count(
              server.baseUrl,
              "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
                  + " FILTER(STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/graph/article/')) }");
      assertTrue(countOverHttp > 10, "the sample article's graph has triples: " + countOverHttp);

      // The union default graph answers without GRAPH clauses.
      long titles =
          count(
              server.baseUrl,
              "PREFIX dct: <http://purl.org/dc/terms/> SELECT (COUNT(*) AS ?n)"
                  + " WHERE { ?a dct:title ?t FILTER(CONTAINS(?t, 'Taliban')) }");
      assertEquals(1, titles);

      HttpResponse<String> ui = get(server.baseUrl);
      assertEquals(200, ui.statusCode());
      assertTrue(ui.body().contains("<div id=\"app\">") || ui.body().contains("id=app"), ui.body());
      assertEquals(200, get(server.baseUrl + "$/ping").statusCode());
      assertTrue(get(server.baseUrl + "$/server").body().contains("/claimgraph"));

      // Read-only: no update endpoint, no dataset creation.
      HttpResponse<String> update =
          post(
              server.baseUrl + "claimgraph/update",
              "update=" + enc("INSERT DATA { <a:s> <a:p> <a:o> }"));
      assertTrue(update.statusCode() >= 400, "update refused: " + update.statusCode());
      HttpResponse<String> create = post(server.baseUrl + "$/datasets", "dbName=x&dbType=mem");
      assertEquals(405, create.statusCode());
    }

    // Stopped cleanly: the lock is released, and the store holds what the server answered.
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
    try {
      long inStore =
          Txn.calculateRead(
              dsg,
              () ->
                  Iter.count(
                      Iter.filter(
                          dsg.find(), q -> q.getGraph().getURI().startsWith(ARTICLE_GRAPHS))));
      assertEquals(inStore, countOverHttp);
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  private static long count(String base, String query) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "claimgraph/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    ResultSet rs =
        ResultSetFactory.fromJSON(
            new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    return rs.next().getLiteral("n").getLong();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
