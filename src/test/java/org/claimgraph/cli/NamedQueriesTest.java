package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.claimgraph.store.QueryRunner;
import org.claimgraph.store.ResultFormat;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named question in {@code queries/} run on the sample article, loaded by the real loader
 * into a real TDB2 store, compared with its expected results in {@code
 * src/test/resources/queries/expected/NAME.tsv} by term (row order only when the query orders).
 * Regenerate an expected file after a deliberate change with {@code ./claimgraph query NAME
 * --format tsv > src/test/resources/queries/expected/NAME.tsv} on a store holding only the sample,
 * and review the diff.
 */
class NamedQueriesTest {

  static final Path QUERIES = Path.of("queries");
  static final Path EXPECTED = Path.of("src/test/resources/queries/expected");

  @TempDir static Path dir;
  static TdbStore store;

  @BeforeAll
  static void loadTheSample() throws Exception {
    Workspace workspace = new Workspace(ProjectHome.locate());
    store = workspace.openForWriting(dir.resolve("store"));
    workspace.loader(store).load(List.of(Path.of("data/articles")), false);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Stream<String> queryNames() throws IOException {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList()
          .stream();
    }
  }

  static String run(String name, Map<String, String> params) throws IOException {
    Path file = QUERIES.resolve(name + ".rq");
    Query query = QueryRunner.parse(file.toString(), Files.readString(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QueryRunner(store).run(query, params, ResultFormat.TSV, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ResultSetRewindable tsv(String text) {
    InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
    return rs.rewindable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queryNames")
  void answersAsExpectedOnTheSample(String name) throws IOException {
    Path expectedFile = EXPECTED.resolve(name + ".tsv");
    String actualText = run(name, Map.of());
    if (!Files.exists(expectedFile)) {
      fail(
          "No expected results "
              + expectedFile
              + " for queries/"
              + name
              + ".rq. Actual:\n"
              + actualText);
    }
    String expectedText = Files.readString(expectedFile);
    Query query = QueryRunner.parse(name, Files.readString(QUERIES.resolve(name + ".rq")));
    ResultSetRewindable expected = tsv(expectedText);
    ResultSetRewindable actual = tsv(actualText);
    boolean same =
        query.hasOrderBy()
            ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
            : ResultSetCompare.equalsByTerm(expected, actual);
    if (!same) {
      fail(
          name
              + ": results differ from "
              + expectedFile
              + "\n--- expected\n"
              + expectedText
              + "\n--- actual\n"
              + actualText);
    }
  }

  @Test
  void everyQueryHasExpectedResultsAndEveryExpectationAQuery() throws IOException {
    Set<String> queries = queryNames().collect(Collectors.toCollection(TreeSet::new));
    Set<String> expectations;
    try (Stream<Path> files = Files.list(EXPECTED)) {
      expectations =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".tsv"))
              .map(n -> n.substring(0, n.length() - 4))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(queries, expectations, "queries/*.rq and their expected results must pair up");
  }

  @Test
  void everyQueryOpensWithItsDocumentation() throws IOException {
    for (String name : queryNames().toList()) {
      String text = Files.readString(QUERIES.resolve(name + ".rq"));
      for (String heading : List.of("# Title:", "# Question:", "# Columns:")) {
        assertTrue(text.contains(heading), name + ".rq lacks '" + heading + "'");
      }
      assertTrue(
          text.contains("# Example:") || text.contains("# Parameter:"),
          name + ".rq lacks an example of use");
    }
  }

  // The "done when", checked as facts rather than as a snapshot.

  @Test
  void theTalibanShareClaimLacksIndependentVerificationAndIsDisputedByTheGovernment()
      throws IOException {
    String lacking = run("claims-lacking-independent-verification", Map.of());
    String talibanShare =
        lacking
            .lines()
            .filter(l -> l.contains("\"Taliban\"") && l.contains("85%"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("85% claim not listed as lacking:\n" + lacking));
    assertTrue(talibanShare.contains("cannot be verified independently"), talibanShare);

    String disputed = run("disputed-claims", Map.of());
    assertTrue(
        disputed
            .lines()
            .anyMatch(l -> l.contains("85%") && l.contains("Government of Afghanistan")),
        disputed);
  }

  @Test
  void claimsConfirmedThroughOtherSourcesAreNotListedAsLacking() throws IOException {
    String lacking = run("claims-lacking-independent-verification", Map.of());
    assertTrue(lacking.lines().noneMatch(l -> l.contains("one-third")), lacking);
    String verified = run("independently-verified-claims", Map.of());
    assertTrue(verified.lines().anyMatch(l -> l.contains("one-third")), verified);
  }

  @Test
  void everyRowOfTheLackingListExplainsItself() throws IOException {
    String lacking = run("claims-lacking-independent-verification", Map.of());
    List<String> rows = lacking.lines().skip(1).toList();
    assertTrue(rows.size() > 3, lacking);
    for (String row : rows) {
      String reason = row.substring(row.lastIndexOf('\t') + 1);
      assertTrue(reason.length() > 20, "reason explains: " + row);
    }
  }

  @Test
  void theGovernmentsAdmissionOfLosingIslamQalaCorroboratesTheTalibanHoldingIt()
      throws IOException {
    String control = run("crossing-control", Map.of());
    List<String> islamQala =
        control
            .lines()
            .filter(l -> l.contains("\"Islam Qala\"") && l.contains("\"Taliban\""))
            .toList();
    assertTrue(
        islamQala.stream().anyMatch(l -> l.contains("\"Government of Afghanistan\"")), control);
    assertTrue(
        islamQala.stream()
            .filter(l -> l.contains("\"Zabihullah Mujahid\""))
            .allMatch(l -> l.contains("IndependentlyVerified")),
        "the Taliban spokesman's word is borne out by the other side's admission:\n" + control);
  }

  @Test
  void theActorParameterNarrowsClaimsByActor() throws IOException {
    String all = run("claims-by-actor", Map.of());
    String taliban =
        run("claims-by-actor", Map.of("actor", "https://w3id.org/claimgraph/id/actor/taliban"));
    long allRows = all.lines().count() - 1;
    long talibanRows = taliban.lines().count() - 1;
    assertTrue(talibanRows >= 1 && talibanRows < allRows, taliban);
    assertTrue(taliban.lines().skip(1).allMatch(l -> l.startsWith("\"Taliban\"")), taliban);
  }

  static Stream<String> parameterizedQueryNames() throws IOException {
    return queryNames().filter(n -> PARAMETER_EXAMPLE.matcher(readQuery(n)).find());
  }

  private static final java.util.regex.Pattern PARAMETER_EXAMPLE =
      java.util.regex.Pattern.compile("(?m)^#.*--param (\\w+)=(\\S+)");

  private static String readQuery(String name) {
    try {
      return Files.readString(QUERIES.resolve(name + ".rq"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A question's parameter, as its own header shows it, finds something on the sample and narrows
   * without changing the answer: the bound rows are exactly the listing's rows for that value (when
   * the parameter is a column) or a part of them. Rewriting a question so that the value drives it
   * (issue 7) must not change what it answers.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parameterizedQueryNames")
  void theExampleParameterNarrowsTheListingToItsOwnRows(String name) throws IOException {
    java.util.regex.Matcher example = PARAMETER_EXAMPLE.matcher(readQuery(name));
    assertTrue(example.find());
    String var = example.group(1);
    String value = example.group(2);
    List<String> all = run(name, Map.of()).lines().toList();
    List<String> bound = run(name, Map.of(var, value)).lines().toList();
    assertEquals(all.get(0), bound.get(0), "same columns");
    assertTrue(bound.size() > 1, name + " with " + var + "=" + value + " found nothing");
    List<String> columns = List.of(all.get(0).split("\t"));
    int column = columns.indexOf("?" + var);
    if (column >= 0) {
      List<String> expected =
          all.stream()
              .skip(1)
              .filter(l -> l.split("\t", -1)[column].equals("<" + value + ">"))
              .sorted()
              .toList();
      assertEquals(expected, bound.stream().skip(1).sorted().toList(), name);
    } else {
      assertTrue(all.containsAll(bound), name + ": bound rows not in the listing");
      assertTrue(bound.size() < all.size(), name + ": the parameter did not narrow");
    }
  }
}
