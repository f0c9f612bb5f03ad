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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.claimgraph.bench.QuestionForms;
import org.claimgraph.bench.SparqlHttpClient;
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
    try (CliProcess.Server server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(120), "--store", store.toString(), "serve", "--port", "0")) {
      for (String name : names) {
        String query = Files.readString(Path.of("queries", name + ".rq"));
        overHttp.add(select(server.baseUrl + "claimgraph/sparql", query));
      }
      benchFormsAnswer(server.baseUrl + "claimgraph/sparql", names);
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

  /**
   * The forms the benchmark times (see {@link QuestionForms}) are valid questions with answers: a
   * page holds at most a page of rows, and a question bound to an example value has rows.
   */
  private static void benchFormsAnswer(String endpoint, List<String> names) throws Exception {
    Map<String, String> questions = new LinkedHashMap<>();
    for (String name : names) {
      questions.put(name + ".rq", Files.readString(Path.of("queries", name + ".rq")));
    }
    SparqlHttpClient client = new SparqlHttpClient(endpoint);
    QuestionForms.Forms forms = QuestionForms.of(questions, client);
    long bound = forms.all().keySet().stream().filter(k -> k.contains(", one ?")).count();
    assertEquals(
        names.stream().filter(n -> questions.get(n + ".rq").contains("# Parameter:")).count(),
        bound,
        "every question with a parameter is also asked bound to an example value");
    for (Map.Entry<String, String> form : forms.all().entrySet()) {
      ResultSetRewindable rows = parse(select(endpoint, form.getValue()));
      if (form.getKey().contains(", first ")) {
        assertTrue(rows.size() <= QuestionForms.PAGE, form.getKey());
      }
      if (form.getKey().contains(", one ?")) {
        assertTrue(rows.size() > 0, form.getKey() + " found no rows for its example value");
      }
    }
    assertTrue(forms.interactive().size() >= names.size());
  }

  private static String select(String endpoint, String query) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/tab-separated-values")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static ResultSetRewindable parse(String tsv) {
    return ResultSetMgr.read(
            new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV)
        .rewindable();
  }
}
