package org.claimgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.claimgraph.extract.source.InputProblem;
import org.claimgraph.vocab.Iris;
import org.claimgraph.vocab.Prov;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the derivation rules, SPARQL Update files in {@code queries/rules/} taken in name order,
 * into the inferred graph. The graph is emptied first, so the rules derive from scratch what the
 * store now holds; all of it happens in the caller's write transaction or in one of its own.
 *
 * <p>A writer that changes articles without running the rules (the early batches of a bulk load)
 * marks the inferred graph stale in the same transaction, with {@code prov:invalidatedAtTime} on
 * the graph's own name. The next run of the rules clears the mark with the rest of the graph, so a
 * load killed between its batches leaves a mark that the next command to open the store acts on.
 */
public final class RuleRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);

  /** One rule file, parsed. */
  public record Rule(String name, UpdateRequest update) {}

  private static final Node STALE_SINCE = Prov.invalidatedAtTime.asNode();

  private final List<Rule> rules;
  private final Node inferredGraph;

  private RuleRunner(List<Rule> rules, Node inferredGraph) {
    this.rules = rules;
    this.inferredGraph = inferredGraph;
  }

  /**
   * Reads and parses every {@code *.ru} file in {@code folder}; a syntax error names file, line,
   * column.
   */
  public static RuleRunner fromFolder(Path folder, Iris iris) throws InputProblem {
    List<Rule> rules = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(folder)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".ru")).sorted().toList();
      } catch (IOException e) {
        throw new InputProblem(folder, "cannot be listed: " + e.getMessage());
      }
      for (Path file : files) {
        try {
          // The rules name the inferred graph under the default base; a store may use another.
          String text = iris.rebaseSparql(Files.readString(file, StandardCharsets.UTF_8));
          rules.add(new Rule(file.getFileName().toString(), UpdateFactory.create(text)));
        } catch (IOException e) {
          throw new InputProblem(file, "cannot be read: " + e.getMessage());
        } catch (QueryParseException e) {
          throw new InputProblem(
              file,
              "is not valid SPARQL Update at line "
                  + e.getLine()
                  + ", column "
                  + e.getColumn()
                  + ": "
                  + e.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
    return new RuleRunner(List.copyOf(rules), iris.inferredGraph());
  }

  public List<Rule> rules() {
    return rules;
  }

  /** How long one rule file took. */
  public record Timing(String rule, long millis) {}

  /** Derives afresh inside a write transaction the caller holds; returns each rule's time. */
  public List<Timing> runIn(DatasetGraph dsg) {
    GraphEraser.eraseIn(dsg, inferredGraph);
    List<Timing> timings = new ArrayList<>();
    for (Rule rule : rules) {
      long start = System.nanoTime();
      UpdateExec.dataset(dsg)
          .update(rule.update())
          // The rules read the union of all graphs, as the queries do.
          .set(TDB2.symUnionDefaultGraph, true)
          .execute();
      long millis = (System.nanoTime() - start) / 1_000_000;
      timings.add(new Timing(rule.name(), millis));
      LOG.debug("Rule {} ran in {} ms", rule.name(), millis);
    }
    return timings;
  }

  /**
   * Marks the inferred graph stale inside a write transaction the caller holds: the articles it was
   * derived from have changed and the rules have not run yet.
   */
  public void markStaleIn(DatasetGraph dsg) {
    if (!dsg.contains(inferredGraph, inferredGraph, STALE_SINCE, Node.ANY)) {
      dsg.add(
          inferredGraph,
          inferredGraph,
          STALE_SINCE,
          NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    }
  }

  /** Whether a writer changed articles since the rules last ran (see {@link #markStaleIn}). */
  public boolean isStale(TdbStore store) {
    return isStale(store, inferredGraph);
  }

  /** Whether the store's inferred graph {@code inferredGraph} carries the stale mark. */
  public static boolean isStale(TdbStore store, Node inferredGraph) {
    return store.read(
        (DatasetGraph dsg) -> dsg.contains(inferredGraph, inferredGraph, STALE_SINCE, Node.ANY));
  }

  /** Derives afresh in one write transaction of its own; returns each rule's time. */
  public List<Timing> run(TdbStore store) {
    List<Timing> timings = new ArrayList<>();
    store.write(dsg -> timings.addAll(runIn(dsg)));
    return timings;
  }
}
