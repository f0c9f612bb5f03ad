package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Checks claimgraph data against the SHACL shapes of {@code ontology/shapes.ttl} and reports each
 * problem as one readable line, so that a load can say what is wrong with its data and where.
 */
public final class ShaclValidator {

  /** Where the shapes are on the classpath: the build copies {@code ontology/} into the jar. */
  public static final String SHAPES_RESOURCE = "claimgraph/ontology/shapes.ttl";

  private static final String SEPARATOR = " — ";

  private final Shapes shapes;
  private final PrefixMapping prefixes;

  private ShaclValidator(Graph shapesGraph) {
    this.shapes = Shapes.parse(shapesGraph);
    this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping());
  }

  /** A validator with the shapes shipped on the classpath ({@value #SHAPES_RESOURCE}). */
  public static ShaclValidator fromClasspath() {
    ClassLoader loader = ShaclValidator.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "SHACL shapes not found on the classpath at " + SHAPES_RESOURCE + ": rebuild the jar");
      }
      return new ShaclValidator(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SHACL shapes " + SHAPES_RESOURCE, e);
    }
  }

  /** A validator with the shapes of a Turtle file. */
  public static ShaclValidator fromFile(Path shapesFile) {
    Objects.requireNonNull(shapesFile, "shapesFile");
    if (!Files.isReadable(shapesFile)) {
      throw new IllegalArgumentException("SHACL shapes file not readable: " + shapesFile);
    }
    return new ShaclValidator(RDFParser.source(shapesFile).lang(Lang.TURTLE).toGraph());
  }

  /** The shapes this validator applies. */
  public Shapes shapes() {
    return shapes;
  }

  /** Validates one graph. */
  public ShaclReport validate(Graph data) {
    Objects.requireNonNull(data, "data");
    ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
    PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    pm.setNsPrefixes(data.getPrefixMapping());
    List<String> lines = new ArrayList<>();
    for (ReportEntry entry : report.getEntries()) {
      lines.add(line(entry, pm));
    }
    Collections.sort(lines);
    return new ShaclReport(report.conforms(), lines);
  }

  /**
   * Validates the union of a dataset's named graphs (its default graph when it has no named graph),
   * inside a read transaction unless the caller is already in one.
   */
  public ShaclReport validate(DatasetGraph dataset) {
    Objects.requireNonNull(dataset, "dataset");
    if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
      return Txn.calculateRead(dataset, () -> validateNow(dataset));
    }
    return validateNow(dataset);
  }

  private ShaclReport validateNow(DatasetGraph dataset) {
    boolean hasNamedGraphs = dataset.listGraphNodes().hasNext();
    return validate(hasNamedGraphs ? dataset.getUnionGraph() : dataset.getDefaultGraph());
  }

  private static String line(ReportEntry entry, PrefixMapping pm) {
    String focus = format(entry.focusNode(), pm);
    org.apache.jena.sparql.path.Path path = entry.resultPath();
    String pathText = path == null ? "-" : PathWriter.asString(path, new Prologue(pm));
    String message = entry.message() == null ? "(no message)" : entry.message();
    return focus + SEPARATOR + pathText + SEPARATOR + message;
  }

  private static String format(Node node, PrefixMapping pm) {
    return node == null ? "-" : FmtUtils.stringForNode(node, pm);
  }
}
