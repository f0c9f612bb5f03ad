package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * The streaming JSON-LD and RDF/XML writers read back to the quads they were given, with the values
 * a plain sample does not have: blank nodes, language tags, datatypes the context coerces and ones
 * it does not, markup and line breaks in literals, properties outside every prefix, a subject in
 * two graphs, a literal rdf:type.
 */
class StreamingWritersTest {

  private static final String TRIG =
      """
      @prefix cg: <https://w3id.org/claimgraph/ontology#> .
      @prefix id: <https://w3id.org/claimgraph/id/> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix geo: <http://www.opengis.net/ont/geosparql#> .
      <https://w3id.org/claimgraph/id/x> rdfs:label "in the default graph" .
      <https://w3id.org/claimgraph/graph/article/a> {
        <https://w3id.org/claimgraph/id/article/a/claim/1> a cg:Claim, cg:Statement ;
          cg:claimant <https://w3id.org/claimgraph/id/actor/taliban> ;
          cg:text "they said <b>\\"85%\\"</b> & more\\r\\nsecond line\\tend" ;
          cg:startOffset "12"^^xsd:nonNegativeInteger ;
          cg:endOffset "7"^^xsd:integer ;
          cg:counted true ;
          cg:claimant "a literal where an IRI is expected" ;
          rdfs:label "Behauptung"@de, "claim"@en ;
          <http://example.org/other/ns#weight> 2.5 ;
          <http://example.org/plain> [ rdfs:label "a blank node" ; cg:about [] ] ;
          a "not a class" .
        <https://w3id.org/claimgraph/id/actor/taliban> rdfs:label "Taliban"@en .
        <https://w3id.org/claimgraph/id/place/x> geo:hasGeometry [ geo:asWKT "POINT(62.1 34.3)"^^geo:wktLiteral ] .
      }
      <https://w3id.org/claimgraph/graph/reference> {
        <https://w3id.org/claimgraph/id/actor/taliban> rdfs:label "Taliban"@en .
        <https://w3id.org/claimgraph/id/article/a/claim/1> cg:about <https://w3id.org/claimgraph/id/place/x> .
      }
      """;

  private static DatasetGraph source() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
    return dsg;
  }

  @Test
  void jsonLdReadsBackToTheSameQuads() {
    DatasetGraph dsg = source();
    byte[] bytes = export(dsg, DumpFormat.JSONLD, Optional.empty());
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD).parse(back);
    Txn.executeRead(
        dsg,
        () -> {
          assertEquals(Iter.count(dsg.find()), Iter.count(back.find()));
          assertTrue(IsoMatcher.isomorphic(dsg, back), new String(bytes, StandardCharsets.UTF_8));
        });
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"claimant\": ["), "a term names the property");
    assertTrue(text.contains("\"id:actor/taliban\""), "a compact IRI names the resource");
    assertTrue(text.contains("\"startOffset\": \"12\""), "a coerced datatype is written short");
  }

  @Test
  void rdfXmlReadsBackToTheUnion() {
    DatasetGraph dsg = source();
    byte[] bytes = export(dsg, DumpFormat.RDFXML, Optional.empty());
    Graph back = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.RDFXML).parse(back);
    Txn.executeRead(
        dsg,
        () -> {
          // Triple formats write the union of the named graphs, as the store's default graph is.
          assertTrue(
              copy(dsg.getUnionGraph()).isIsomorphicWith(back),
              new String(bytes, StandardCharsets.UTF_8));
        });
  }

  @Test
  void oneGraphKeepsItsName() {
    DatasetGraph dsg = source();
    var reference = NodeFactory.createURI("https://w3id.org/claimgraph/graph/reference");
    byte[] bytes = export(dsg, DumpFormat.JSONLD, Optional.of(reference));
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD).parse(back);
    assertEquals(2, back.getGraph(reference).size());
    assertEquals(2, Iter.count(back.find()));
  }

  @Test
  void aTdb2StoreStreamsTheSame() {
    // TDB2 hands out quads in its own index order and its union without a set: the writers must
    // not care.
    DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
    Txn.executeWrite(tdb, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(tdb));
    byte[] bytes = export(tdb, DumpFormat.RDFXML, Optional.empty());
    Graph back = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.RDFXML).parse(back);
    // Taliban's label is in two graphs: the union holds it once, and so does the dump.
    Txn.executeRead(tdb, () -> assertTrue(copy(tdb.getUnionGraph()).isIsomorphicWith(back)));
    assertEquals(
        1,
        back.find(Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralLang("Taliban", "en"))
            .toList()
            .size());
  }

  @Test
  void aCharacterXmlCannotHoldIsRefusedInOneLine() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString("<urn:s> <urn:p#q> \"bell \\u0007\" <urn:g> .", Lang.NQUADS).parse(dsg);
    ExportProblem e =
        assertThrows(ExportProblem.class, () -> export(dsg, DumpFormat.RDFXML, Optional.empty()));
    assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
  }

  /** A plain in-memory copy: graph matching wants a graph, not a view over a dataset. */
  private static Graph copy(Graph view) {
    Graph g = GraphFactory.createDefaultGraph();
    view.find().forEachRemaining(g::add);
    return g;
  }

  private static byte[] export(DatasetGraph dsg, DumpFormat format, Optional<Node> g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DatasetExporter(dsg, Iris.standard()).write(format, g, out);
    return out.toByteArray();
  }
}
