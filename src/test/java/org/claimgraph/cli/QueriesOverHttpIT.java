package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named questions work unchanged over HTTP, as the Fuseki UI and any SPARQL client send them:
 * every {@code queries/*.rq} posted to the running server answers what {@code claimgraph query
 * NAME} answers.
 */
class QueriesOverHttpIT {

  @TempDir Path work;

  @Test
  void everyNamedQuestionAnswersTheSameOverHttpAsFromTheCli() throws Exception {
    Path store = work.resolve("store");
    List<String> names = NamedQueriesTest.queryNames().toList();
    List<String> overHttp = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(120), "--store", store.toString(), "serve", "--port", "0")) {
      for (String name : names) {
        String query = Files.readString(Path.of("queries", name + ".rq"));
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl + "claimgraph/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/tab-separated-values")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        overHttp.add(r.body());
      }
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      CliProcess.Result cli =
          CliProcess.run(work, "--store", store.toString(), "query", name, "--format", "tsv");
      assertEquals(0, cli.exitCode(), cli.toString());
      ResultSetRewindable a = parse(overHttp.get(i));
      ResultSetRewindable b = parse(cli.out());
      assertTrue(a.size() > 0 || name.equals("conflicting-claims"), name + " answered nothing");
      assertTrue(
          ResultSetCompare.equalsByTerm(a, b),
          name + " differs:\n--- http\n" + overHttp.get(i) + "\n--- cli\n" + cli.out());
    }
  }

  private static ResultSetRewindable parse(String tsv) {
    return ResultSetMgr.read(
            new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV)
        .rewindable();
  }
}
