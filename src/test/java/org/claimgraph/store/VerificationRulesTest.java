package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derivation rules in {@code queries/rules/} on a fixture with one case per independence
 * question: self-corroboration, the claimant's spokesperson, a shared parent, a mere repetition, a
 * genuinely independent source, nothing at all, and a corroboration from another article. A real
 * TDB2 store in a temp folder.
 */
class VerificationRulesTest {

  private static final String CLAIM = "https://w3id.org/claimgraph/id/article/one/claim/";
  private static final Iris IRIS = Iris.standard();

  @TempDir static Path dir;
  static TdbStore store;

  @BeforeAll
  static void derive() throws Exception {
    store = TdbStore.open(dir.resolve("store"));
    new ReferenceLoader(store, IRIS)
        .refresh(IRIS.ontologyGraph(), List.of(Path.of("ontology/claimgraph.ttl")));
    store.write(dsg -> RDFParser.source("src/test/resources/rules/independence.trig").parse(dsg));
    RuleRunner.fromFolder(Path.of("queries/rules"), IRIS).run(store);
  }

  private static String status(int claim, String property) {
    return store.read(
        dsg -> {
          var it =
              dsg.find(
                  IRIS.inferredGraph(),
                  NodeFactory.createURI(CLAIM + claim),
                  NodeFactory.createURI("https://w3id.org/claimgraph/ontology#" + property),
                  Node.ANY);
          return it.hasNext() ? it.next().getObject().getLocalName() : "none";
        });
  }

  private static String explanation(int claim) {
    return store.read(
        dsg -> {
          var it =
              dsg.find(
                  IRIS.inferredGraph(),
                  NodeFactory.createURI(CLAIM + claim),
                  NodeFactory.createURI("https://w3id.org/claimgraph/ontology#statusExplanation"),
                  Node.ANY);
          return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        });
  }

  @Test
  void selfCorroborationDoesNotCount() {
    assertEquals("CorroboratedOnlyByAffiliatedSources", status(1, "verificationStatus"));
    assertTrue(explanation(1).contains("by the claimant itself"), explanation(1));
  }

  @Test
  void theClaimantsSpokespersonDoesNotCountEitherWay() {
    assertEquals("CorroboratedOnlyByAffiliatedSources", status(2, "verificationStatus"));
    assertTrue(
        explanation(2).contains("Rebel Spokesman is affiliated with Rebel Front"), explanation(2));
    assertEquals("CorroboratedOnlyByAffiliatedSources", status(3, "verificationStatus"));
  }

  @Test
  void twoMinistriesOfOneGovernmentShareAParent() {
    assertEquals("CorroboratedOnlyByAffiliatedSources", status(4, "verificationStatus"));
    assertTrue(
        explanation(4).contains("both affiliated with Government of Ruritania"), explanation(4));
  }

  @Test
  void aRelayOnlyRepeats() {
    assertEquals("CorroboratedOnlyByAffiliatedSources", status(6, "verificationStatus"));
    assertTrue(explanation(6).contains("only repeats the claim"), explanation(6));
    // ... and the relay is not corroborated by what it relays.
    assertEquals("Unverified", status(7, "verificationStatus"));
  }

  @Test
  void anAdversarysAcknowledgementVerifies() {
    assertEquals("IndependentlyVerified", status(8, "verificationStatus"));
    assertTrue(
        explanation(8)
            .contains("a claim by Government of Ruritania counts: independent of Rebel Front"),
        explanation(8));
  }

  @Test
  void nothingCorroboratesTheShareClaim() {
    assertEquals("Unverified", status(10, "verificationStatus"));
    assertTrue(explanation(10).startsWith("Lacks independent verification"), explanation(10));
    assertTrue(explanation(10).contains("cannot be verified independently"), explanation(10));
    assertEquals("Disputed", status(10, "disputeStatus"));
  }

  @Test
  void incompatibleSharesConflict() {
    boolean conflict =
        store.read(
            dsg ->
                dsg.contains(
                    IRIS.inferredGraph(),
                    NodeFactory.createURI(CLAIM + 11),
                    NodeFactory.createURI("https://w3id.org/claimgraph/ontology#conflictsWith"),
                    NodeFactory.createURI(CLAIM + 10)));
    assertTrue(conflict);
    assertEquals("Disputed", status(11, "disputeStatus"));
    assertEquals("Undisputed", status(8, "disputeStatus"));
  }

  @Test
  void theOutletsOwnConfirmationCounts() {
    assertEquals("IndependentlyVerified", status(12, "verificationStatus"));
    assertTrue(explanation(12).contains("an assessment by Outlet One counts"), explanation(12));
  }

  @Test
  void anotherOutletsReportCountsAcrossArticles() {
    assertEquals("IndependentlyVerified", status(13, "verificationStatus"));
    assertTrue(
        explanation(13).contains("an event reported as fact by Outlet Two counts"),
        explanation(13));
  }

  @Test
  void aDenialIsNotVerifiedByAReportOfWhatItDenies() {
    assertEquals("Unverified", status(14, "verificationStatus"));
    assertEquals("Disputed", status(13, "disputeStatus"), "the denial disputes the claim");
  }

  @Test
  void everyClaimHasExactlyOneStatusOfEachFacet() {
    String q =
        "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
            + "SELECT ?c (COUNT(DISTINCT ?v) AS ?n) (COUNT(DISTINCT ?d) AS ?m) WHERE {"
            + " ?c a cg:Claim . OPTIONAL { ?c cg:verificationStatus ?v } OPTIONAL { ?c cg:disputeStatus ?d }"
            + " } GROUP BY ?c";
    Txn.executeRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                  .query(q)
                  .set(TDB2.symUnionDefaultGraph, true)
                  .build()) {
            ResultSet rs = qe.execSelect();
            int rows = 0;
            while (rs.hasNext()) {
              QuerySolution row = rs.next();
              rows++;
              assertEquals(1, row.getLiteral("n").getInt(), row.toString());
              assertEquals(1, row.getLiteral("m").getInt(), row.toString());
            }
            assertEquals(14, rows);
          }
        });
  }

  @Test
  void rerunningDerivesTheSame() {
    long before = store.read(dsg -> dsg.getGraph(IRIS.inferredGraph()).size());
    RuleRunnerHolder.rerun();
    long after = store.read(dsg -> dsg.getGraph(IRIS.inferredGraph()).size());
    assertEquals(before, after);
    assertFalse(before == 0);
  }

  /** Reruns the rules on the shared store. */
  static final class RuleRunnerHolder {
    static void rerun() {
      try {
        RuleRunner.fromFolder(Path.of("queries/rules"), IRIS).run(store);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
