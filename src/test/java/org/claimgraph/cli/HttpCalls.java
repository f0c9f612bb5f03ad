package org.claimgraph.cli;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;

/** The few HTTP calls the server tests make, over loopback with java.net.http. */
final class HttpCalls {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final String ARTICLE_GRAPH_COUNT =
      "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
          + " FILTER(STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/graph/article/')) }";

  /** A cartesian product over the whole store: no first result for a very long time. */
  static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

  /** A cartesian product that streams rows at once: only the result-size limit stops it early. */
  static final String STREAMING_RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";

  private HttpCalls() {}

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static HttpResponse<String> query(String base, String query) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "claimgraph/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long count(String base, String query) throws Exception {
    HttpResponse<String> r = query(base, query);
    if (r.statusCode() != 200) {
      throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
    }
    ResultSet rs =
        ResultSetFactory.fromJSON(
            new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    return rs.next().getLiteral("n").getLong();
  }

  static HttpResponse<String> send(String method, String url, String contentType, String body)
      throws Exception {
    return send(method, url, contentType, body, null);
  }

  static HttpResponse<String> send(
      String method, String url, String contentType, String body, String userColonPassword)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (userColonPassword != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
