package org.claimgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SHACL shapes accept a well-formed article graph and reject each broken fixture with one
 * result on the expected focus node, with the expected message.
 */
class ShapesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/shapes");
  private static final String ARTICLE = "https://w3id.org/claimgraph/id/article/example-karsa/";

  private static Shapes shapes;

  @BeforeAll
  static void parseShapes() {
    shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyFiles.SHAPES.toString()));
  }

  @Test
  void validArticleGraphConforms() {
    ValidationReport report = validate("valid.ttl");
    assertTrue(report.conforms(), () -> describe(report));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          claim-without-claimant.ttl         | claim/1                     | exactly one claimant
          evidence-beyond-text.ttl           | claim/1/evidence/1          | ends at offset 462, beyond the end of its article's text (362 characters)
          span-start-not-before-end.ttl      | claim/2/evidence/1/position | must start before it ends
          status-not-in-scheme.ttl           | claim/1                     | cg:VerificationStatusScheme
          crossing-one-country.ttl           | place:karsa                 | exactly two countries
          empty-claim-text.ttl               | claim/2                     | one non-empty string
          assessment-of-non-claim.ttl        | assessment/1                | assess exactly one claim
          assessment-value-not-in-scheme.ttl | assessment/1                | cg:AssessmentValueScheme
          quantity-without-value.ttl         | quantity/1                  | exactly one numeric value
          actor-without-label.ttl            | actor:northern-front        | An actor needs a name
          """)
  void brokenFixtureFailsOnceWithItsMessage(String file, String focus, String message) {
    ValidationReport report = validate(file);
    assertFalse(report.conforms(), file + " should not conform");
    assertEquals(1, report.getEntries().size(), () -> describe(report));
    ReportEntry entry = report.getEntries().iterator().next();
    assertEquals(expand(focus), entry.focusNode().getURI());
    assertTrue(entry.message().contains(message), () -> describe(report));
  }

  /** Each sh:in list equals the concepts the ontology types with the property's range. */
  @Test
  void enumeratedValuesMatchTheOntologysSchemes() {
    Model shapesModel = RDFDataMgr.loadModel(OntologyFiles.SHAPES.toString());
    Model ontology = RDFDataMgr.loadModel(OntologyFiles.ONTOLOGY.toString());
    List<Resource> withIn = shapesModel.listSubjectsWithProperty(SHACLM.in).toList();
    assertEquals(6, withIn.size(), "property shapes with sh:in");
    for (Resource propertyShape : withIn) {
      Resource path = propertyShape.getPropertyResourceValue(SHACLM.path);
      Set<String> listed = new TreeSet<>();
      propertyShape
          .getPropertyResourceValue(SHACLM.in)
          .as(org.apache.jena.rdf.model.RDFList.class)
          .iterator()
          .forEachRemaining(n -> listed.add(n.asResource().getURI()));
      Resource range = ontology.getResource(path.getURI()).getPropertyResourceValue(RDFS.range);
      Set<String> concepts = new TreeSet<>();
      ontology.listSubjectsWithProperty(RDF.type, range).forEach(c -> concepts.add(c.getURI()));
      assertEquals(concepts, listed, "sh:in of " + path);
    }
  }

  /**
   * Shapes target concrete classes one by one; every subclass of Actor, Place and Event is listed.
   */
  @Test
  void labelAndEventShapesTargetEverySubclass() {
    Model shapesModel = RDFDataMgr.loadModel(OntologyFiles.SHAPES.toString());
    Model ontology = RDFDataMgr.loadModel(OntologyFiles.ONTOLOGY.toString());
    for (String shapeAndRoot :
        List.of("ActorShape Actor", "PlaceShape Place", "EventShape Event")) {
      String[] parts = shapeAndRoot.split(" ");
      Resource shape = shapesModel.getResource("https://w3id.org/claimgraph/shapes#" + parts[0]);
      Set<String> targets = new TreeSet<>();
      shape.listProperties(SHACLM.targetClass).forEach(s -> targets.add(s.getResource().getURI()));
      Set<String> subclasses = new TreeSet<>(subclassesOf(ontology, CG.NS + parts[1]));
      assertEquals(subclasses, targets, parts[0]);
    }
  }

  private static Set<String> subclassesOf(Model ontology, String root) {
    Set<String> found = new HashSet<>(Set.of(root));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Statement s : ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
        if (s.getObject().isURIResource()
            && found.contains(s.getResource().getURI())
            && s.getSubject().isURIResource()
            && found.add(s.getSubject().getURI())) {
          grew = true;
        }
      }
    }
    return found;
  }

  private static ValidationReport validate(String file) {
    Graph data = RDFDataMgr.loadGraph(FIXTURES.resolve(file).toString());
    return ShaclValidator.get().validate(shapes, data);
  }

  private static String expand(String shortName) {
    if (shortName.startsWith("place:")) {
      return "https://w3id.org/claimgraph/id/place/" + shortName.substring(6);
    }
    if (shortName.startsWith("actor:")) {
      return "https://w3id.org/claimgraph/id/actor/" + shortName.substring(6);
    }
    return ARTICLE + shortName;
  }

  private static String describe(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    for (ReportEntry e : report.getEntries()) {
      out.append(e.focusNode()).append(" — ").append(e.message()).append('\n');
    }
    return out.toString();
  }
}
