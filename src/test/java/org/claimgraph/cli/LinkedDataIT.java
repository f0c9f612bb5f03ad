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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.OA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dereferenceable IRIs and the HTML pages, end to end: the real server over a store loaded with
 * {@code claimgraph load}, real HTTP requests, and Debian's Chromium for the pages.
 */
class LinkedDataIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ID = "https://w3id.org/claimgraph/id/";
  private static final String CLAIM = "article/taliban-islam-qala-crossing-2021-07/claim/0";
  private static final String XSS = "<script>alert(1)</script>";

  @TempDir static Path work;
  static CliProcess.Server server;

  @BeforeAll
  static void serve() throws Exception {
    Path store = work.resolve("store");
    Path hostile = work.resolve("hostile-report.txt");
    Files.writeString(
        hostile,
        "Crossing report "
            + XSS
            + "\n\nThe spokesperson for the Taliban, Zabihullah Mujahid, said"
            + " that "
            + XSS
            + " the fighters held the crossing.\n");
    CliProcess.Result load =
        CliProcess.run(
            work,
            "--store",
            store.toString(),
            "load",
            CliProcess.PROJECT.resolve("data/articles").toString(),
            hostile.toString());
    assertEquals(0, load.exitCode(), load.toString());
    server =
        CliProcess.Server.start(
            work, Duration.ofSeconds(90), "--store", store.toString(), "serve", "--port", "0");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyFormatDescribesTheResourceAndSaysItVaries() throws Exception {
    Node place = NodeFactory.createURI(ID + "place/islam-qala");
    Node iran = NodeFactory.createURI(ID + "place/iran");
    Graph first = null;
    for (Map.Entry<String, Lang> f :
        Map.of(
                "text/turtle", Lang.TURTLE,
                "application/ld+json", Lang.JSONLD,
                "application/rdf+xml", Lang.RDFXML,
                "application/n-triples", Lang.NTRIPLES)
            .entrySet()) {
      HttpResponse<byte[]> r = get("id/place/islam-qala", f.getKey());
      assertEquals(200, r.statusCode(), f.getKey());
      assertTrue(contentType(r).startsWith(f.getKey()), contentType(r));
      assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
      Graph g = parse(r.body(), f.getValue());
      assertTrue(g.contains(place, CG.connects.asNode(), iran), f.getKey() + " has the triple");
      assertTrue(
          g.contains(Node.ANY, CG.about.asNode(), place), f.getKey() + " has incoming links");
      if (first == null) {
        first = g;
      } else {
        assertTrue(first.isIsomorphicWith(g), f.getKey() + " says the same as the others");
      }
    }
  }

  @Test
  void formatParameterOverridesAcceptAndBrowsersGetHtml() throws Exception {
    HttpResponse<byte[]> ttl = get("id/place/islam-qala?format=ttl", "text/html");
    assertTrue(contentType(ttl).startsWith("text/turtle"), contentType(ttl));
    HttpResponse<byte[]> html =
        get(
            "id/place/islam-qala",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertTrue(contentType(html).startsWith("text/html"), contentType(html));
    String page = new String(html.body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("Islam Qala") && page.contains("<svg"), "a label and a map");
  }

  @Test
  void aClaimsDescriptionCarriesItsEvidence() throws Exception {
    Graph g = parse(get("id/" + CLAIM, "text/turtle").body(), Lang.TURTLE);
    assertTrue(g.contains(Node.ANY, OA.exact.asNode(), Node.ANY), "the quote selector");
    assertTrue(g.contains(Node.ANY, CG.inSentence.asNode(), Node.ANY), "the sentence");
  }

  @Test
  void unknownResourcesAre404() throws Exception {
    HttpResponse<byte[]> html = get("id/place/atlantis", "text/html");
    assertEquals(404, html.statusCode());
    assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
    assertEquals(404, get("id/place/atlantis", "text/turtle").statusCode());
    String page = new String(get("id/%3Cscript%3E", "text/html").body(), StandardCharsets.UTF_8);
    assertTrue(!page.contains("<script>"), "the path is escaped in the 404 page");
  }

  @Test
  void theOntologyAnswersAsHtmlAndRdf() throws Exception {
    Graph g = parse(get("ontology", "text/turtle").body(), Lang.TURTLE);
    assertTrue(g.contains(CG.Claim.asNode(), RDF.type.asNode(), OWL2.Class.asNode()));
    String html = new String(get("ontology", "text/html").body(), StandardCharsets.UTF_8);
    assertTrue(html.contains("id=\"Claim\"") && html.contains("Class hierarchy"));
    HttpResponse<byte[]> context = get("ontology/context.jsonld", "*/*");
    assertTrue(new String(context.body(), StandardCharsets.UTF_8).contains("\"@context\""));
  }

  @Test
  void homeLinksEveryQuestionAndEachRuns() throws Exception {
    // serve prints the landing page's address (after the UI's line, which start() waits for).
    assertTrue(
        server.output().contains("Linked data      " + server.baseUrl + "home"), server.output());
    String home = new String(get("home", "text/html").body(), StandardCharsets.UTF_8);
    try (var files = Files.list(CliProcess.PROJECT.resolve("queries"))) {
      for (Path q : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
        String name = q.getFileName().toString().replace(".rq", "");
        assertTrue(home.contains("/questions/" + name), "home links " + name);
        HttpResponse<byte[]> r = get("questions/" + name, "text/html");
        assertEquals(200, r.statusCode(), name);
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Rows 1–") || page.contains("No rows."), name);
        assertFalse(page.contains("did not run"), name);
      }
    }
    assertEquals(200, get("dumps/claimgraph.nq", "*/*").statusCode());
  }

  @Test
  void aQuestionPageTakesItsParameterAndPages() throws Exception {
    String taliban = "https://w3id.org/claimgraph/id/actor/taliban";
    String all =
        new String(get("questions/claims-by-actor", "text/html").body(), StandardCharsets.UTF_8);
    String one =
        new String(
            get("questions/claims-by-actor?actor=" + HttpCalls.enc(taliban), "text/html").body(),
            StandardCharsets.UTF_8);
    assertTrue(one.contains("About ") && one.contains("ask about all"), one);
    int allRows = all.split("<tr>").length - 2;
    int oneRows = one.split("<tr>").length - 2;
    assertTrue(oneRows >= 1 && oneRows < allRows, "narrowed: " + oneRows + " of " + allRows);
    assertFalse(one.contains("Joe Biden"), "only the Taliban's claims");

    String second =
        new String(
            get("questions/claims-by-actor?page=2", "text/html").body(), StandardCharsets.UTF_8);
    assertTrue(
        second.contains("No rows on this page.") && second.contains("previous page"), second);
    assertFalse(all.contains("next page"), "the sample fits on one page");

    HttpResponse<byte[]> badIri = get("questions/claims-by-actor?actor=taliban", "text/html");
    assertEquals(400, badIri.statusCode());
    assertTrue(new String(badIri.body(), StandardCharsets.UTF_8).contains("absolute IRI"));
    assertEquals(400, get("questions/claims-by-actor?page=0", "text/html").statusCode());
    assertEquals(400, get("questions/claims-by-actor?page=x", "text/html").statusCode());
  }

  @Test
  void pagesInABrowser() throws Exception {
    try (HeadlessBrowser browser = new HeadlessBrowser(work.resolve("chromium-profile"))) {
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

      driver.get(server.baseUrl + "id/" + CLAIM);
      wait.until(d -> !d.findElements(By.cssSelector("mark.quote")).isEmpty());
      Path shot = browser.screenshot("linked-data-claim");
      String quote = driver.findElement(By.cssSelector("mark.quote")).getText();
      assertTrue(
          quote.startsWith("they have been able to gain control of about 85%"), quote + " " + shot);
      String sentence = driver.findElement(By.cssSelector("blockquote.in-sentence")).getText();
      assertTrue(sentence.startsWith("The officials of the Taliban"), sentence);
      String explanation = driver.findElement(By.cssSelector(".explanation")).getText();
      assertTrue(explanation.contains("Lacks independent verification"), explanation);

      driver.get(server.baseUrl + "id/article/hostile-report");
      wait.until(d -> !d.findElements(By.cssSelector(".article")).isEmpty());
      shot = browser.screenshot("linked-data-hostile-article");
      assertTrue(
          driver.findElement(By.cssSelector(".article")).getText().contains(XSS),
          "the markup shows as text; see " + shot);
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains(XSS));
      assertTrue(driver.findElements(By.tagName("script")).isEmpty(), "no script element");
      assertNoAlert(driver);

      driver.get(server.baseUrl + "id/article/taliban-islam-qala-crossing-2021-07");
      wait.until(d -> !d.findElements(By.cssSelector(".article mark")).isEmpty());
      browser.screenshot("linked-data-article");
      driver.get(server.baseUrl + "id/place/islam-qala");
      browser.screenshot("linked-data-place");
      driver.get(server.baseUrl + "id/place/kandahar");
      wait.until(d -> !d.findElements(By.cssSelector("svg.map path.country.here")).isEmpty());
      shot = browser.screenshot("linked-data-place-outlines");
      WebElement country = driver.findElement(By.cssSelector("svg.map path.country.here"));
      assertEquals("afghanistan", country.getAttribute("data-country"), "see " + shot);
      assertTrue(country.getSize().getWidth() > 100, "the outline is drawn, not a speck");
      Set<String> neighbours =
          driver.findElements(By.cssSelector("svg.map path.country:not(.here)")).stream()
              .map(e -> e.getAttribute("data-country"))
              .collect(Collectors.toSet());
      assertTrue(neighbours.containsAll(Set.of("iran", "pakistan")), neighbours + " " + shot);
      // The browser's own geometry: the marker lies inside the country drawn around it.
      Object inside =
          driver.executeScript(
              "const m = document.querySelector('svg.map circle.marker');"
                  + "const p = document.querySelector('svg.map path.country.here');"
                  + "return p.isPointInFill(new DOMPoint(+m.getAttribute('cx'),"
                  + " +m.getAttribute('cy')));");
      assertEquals(Boolean.TRUE, inside, "Kandahar's marker inside Afghanistan; see " + shot);
      driver.get(server.baseUrl + "home");
      browser.screenshot("linked-data-home");
      driver.get(server.baseUrl + "ontology");
      browser.screenshot("linked-data-ontology");
      driver.get(server.baseUrl + "questions/claims-lacking-independent-verification");
      browser.screenshot("linked-data-question");
    }
  }

  /**
   * The newcomer, by clicks only: from the landing page to the 85% claim, its quote in its
   * sentence and why it is unverified, on to its claimant's page, and the dataset downloaded from
   * the landing page's link and read by an RDF parser.
   */
  @Test
  void aNewcomerClicksFromTheLandingPageToAClaimItsClaimantAndTheDataset() throws Exception {
    try (HeadlessBrowser browser = new HeadlessBrowser(work.resolve("chromium-profile-newcomer"))) {
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(server.baseUrl + "home");
      driver.findElements(By.tagName("a")).stream()
          .filter(a -> a.getText().contains("85%"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no link to the 85% claim on the landing page"))
          .click();
      wait.until(d -> !d.findElements(By.cssSelector("mark.quote")).isEmpty());
      String claimPath =
          driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/id/") + 4);
      Path shot = browser.screenshot("newcomer-claim");
      assertTrue(
          driver.findElement(By.cssSelector("mark.quote")).getText().contains("85%"), "" + shot);
      assertTrue(
          driver.findElement(By.cssSelector("blockquote.in-sentence")).getText().contains("85%"));
      assertTrue(
          driver
              .findElement(By.cssSelector(".explanation"))
              .getText()
              .contains("Lacks independent verification"),
          "why it is unverified; see " + shot);

      WebElement claimant =
          driver.findElement(
              By.xpath("//tr[td[@class='p']/a[normalize-space()='claimant']]/td[2]//a"));
      String claimantName = claimant.getText();
      claimant.click();
      wait.until(d -> d.getCurrentUrl().contains("/id/actor/"));
      shot = browser.screenshot("newcomer-claimant");
      assertTrue(
          driver.findElement(By.tagName("h1")).getText().contains(claimantName),
          claimantName + "; see " + shot);

      driver.get(server.baseUrl + "home");
      String dump =
          driver.findElements(By.tagName("a")).stream()
              .map(a -> a.getAttribute("href"))
              .filter(h -> h != null && h.endsWith("/dumps/claimgraph.nq"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no N-Quads download on the landing page"));
      HttpResponse<byte[]> download =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(dump)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, download.statusCode());
      var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
      RDFParser.source(new ByteArrayInputStream(download.body())).lang(Lang.NQUADS).parse(dataset);
      Node claimIri =
          NodeFactory.createURI("https://w3id.org/claimgraph/id/" + claimPath.split("[#?]")[0]);
      assertTrue(
          dataset.contains(
              Node.ANY, claimIri, CG.verificationStatus.asNode(), CG.Unverified.asNode()),
          "the download holds the claim and its derived status: " + claimIri);
    }
  }

  @Test
  void everyPageShowsArticleMarkupAsEscapedText() throws Exception {
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    for (String path :
        List.of(
            "home",
            "id/article/hostile-report",
            "questions/claims-by-actor",
            "questions/evidence-for-claim")) {
      HttpResponse<byte[]> r = get(path, "text/html");
      assertEquals(200, r.statusCode(), path);
      String page = new String(r.body(), StandardCharsets.UTF_8);
      assertTrue(page.contains(escaped), path + " shows the article's markup, escaped");
      assertFalse(page.contains(XSS), path + " carries the article's script as markup");
    }
  }

  @Test
  void pathTraversalIsRejectedAndErrorsCarryNoStackTraces() throws Exception {
    List<String> traversals =
        List.of(
            "id/../../etc/passwd",
            "id/%2e%2e/%2e%2e/etc/passwd",
            "id/..%2f..%2f..%2fetc%2fpasswd",
            "id/%2E%2E%2F%2E%2E%2Fpom.xml",
            "questions/..%2f..%2fpom",
            "questions/%2e%2e%2fqueries%2frules%2f10-affiliation",
            "questions/../../pom.xml",
            "dumps/..%2f..%2fpom.xml",
            "ontology/..%2f..%2fpom.xml",
            "..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "static/..%2f..%2fpom.xml",
            "id/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd");
    List<String> bad =
        List.of(
            "id/%25ZZ",
            "id/a%00b",
            "id/" + "x".repeat(5000),
            "id/place/islam-qala?format=bogus",
            "questions/no-such-question",
            "dumps/claimgraph.exe",
            "claimgraph/sparql?query=" + HttpCalls.enc("SELECT * { ?s ?p ?o"));
    List<Integer> statuses = new ArrayList<>();
    for (String path : concat(traversals, bad)) {
      HttpResponse<byte[]> r = rawGet(path);
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + path);
      assertFalse(body.contains("root:x:0:0"), path + " shows /etc/passwd");
      assertFalse(body.contains("<artifactId>"), path + " shows the project's pom.xml");
      assertFalse(body.contains("INSERT") || body.contains("PREFIX"), path + " shows a .rq/.ru");
      assertFalse(
          body.contains("Exception") || body.contains("\tat ") || body.contains("at org."),
          path + ":\n" + body);
      statuses.add(r.statusCode());
    }
    System.out.printf(
        "page safety: %d traversal paths and %d bad requests refused (statuses %s), no stack"
            + " trace%n",
        traversals.size(), bad.size(), new java.util.TreeSet<>(statuses));
  }

  @Test
  void theFusekiUiShowsArticleMarkupAsText() throws Exception {
    try (HeadlessBrowser browser = new HeadlessBrowser(work.resolve("chromium-profile-ui"))) {
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(server.baseUrl + "#/dataset/claimgraph/query");
      wait.until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
      String query =
          "SELECT ?text WHERE { ?s ?p ?text FILTER(CONTAINS(STR(?text), \"<script>\")) } LIMIT 5";
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript(
              "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
      By run = By.cssSelector(".yasqe_queryButton");
      wait.until(d -> !d.findElements(run).isEmpty());
      driver.findElement(run).click();
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Showing"));
      Path shot = browser.screenshot("fuseki-ui-hostile-text");
      String results = driver.findElement(By.tagName("body")).getText();
      assertTrue(results.contains(XSS), "the markup shows as text; see " + shot);
      assertTrue(
          driver.findElements(By.xpath("//script[contains(., 'alert(1)')]")).isEmpty(),
          "no script element from the data");
      assertNoAlert(driver);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A GET whose path is sent as written: no client-side normalisation of dots or escapes. */
  private static HttpResponse<byte[]> rawGet(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(new URI(server.baseUrl + path))
            .header("Accept", "text/html")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void eachQuestionOpensPrefilledInTheQueryEditor() throws Exception {
    String name = "disputed-claims";
    String text = Files.readString(CliProcess.PROJECT.resolve("queries/" + name + ".rq"));
    try (HeadlessBrowser browser = new HeadlessBrowser(work.resolve("chromium-profile-ui"))) {
      var driver = browser.driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(server.baseUrl + "home");
      List<WebElement> links = driver.findElements(By.cssSelector("a.in-ui"));
      assertEquals(questionCount(), links.size(), "one editor link per question");
      WebElement link =
          links.stream()
              .filter(a -> a.getAttribute("href").contains(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no editor link for " + name));
      link.click();
      // Yasqe is a CodeMirror editor: its text is the question's file, as the UI loaded it.
      wait.until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
      wait.until(d -> !editorText(driver).isBlank());
      Path shot = browser.screenshot("fuseki-ui-question-prefilled");
      assertEquals(text.strip(), editorText(driver).strip(), "the editor holds the file; " + shot);
      By run = By.cssSelector(".yasqe_queryButton");
      wait.until(d -> !d.findElements(run).isEmpty());
      driver.findElement(run).click();
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Showing"));
      shot = browser.screenshot("fuseki-ui-question-answered");
      assertTrue(
          driver.findElement(By.tagName("body")).getText().contains("disputedByLabel"),
          "the question's columns show; see " + shot);
    }
  }

  private static String editorText(org.openqa.selenium.WebDriver driver) {
    Object v =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const e = document.querySelector('.yasqe .CodeMirror');"
                    + "return e && e.CodeMirror ? e.CodeMirror.getValue() : '';");
    return v == null ? "" : v.toString();
  }

  private static long questionCount() throws Exception {
    try (var files = Files.list(CliProcess.PROJECT.resolve("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).count();
    }
  }

  private static void assertNoAlert(org.openqa.selenium.WebDriver driver) {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened: the article's script ran");
    } catch (NoAlertPresentException expected) {
      // As it should be.
    }
  }

  private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  private static Graph parse(byte[] body, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
    return g;
  }
}
