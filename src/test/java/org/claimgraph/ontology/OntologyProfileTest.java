package org.claimgraph.ontology;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotation;
import org.semanticweb.owlapi.model.OWLAnnotationValue;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;

/** The ontology is OWL 2 DL, opens offline through its catalog, and documents every term. */
class OntologyProfileTest {

  private static final IRI DCTERMS_TITLE = IRI.create("http://purl.org/dc/terms/title");
  private static final IRI DCTERMS_DESCRIPTION = IRI.create("http://purl.org/dc/terms/description");
  private static final IRI DCTERMS_LICENSE = IRI.create("http://purl.org/dc/terms/license");
  private static final IRI DCTERMS_CREATOR = IRI.create("http://purl.org/dc/terms/creator");
  private static final IRI SKOS_DEFINITION =
      IRI.create("http://www.w3.org/2004/02/skos/core#definition");
  private static final IRI CC_BY_4 = IRI.create("https://creativecommons.org/licenses/by/4.0/");

  private static OWLOntology ontology;

  @BeforeAll
  static void load() {
    ontology = OntologyFiles.loadByIri(CG.ONTOLOGY_IRI);
  }

  @Test
  void isInOwl2DlProfile() {
    OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
    assertTrue(
        report.isInProfile(),
        () ->
            "OWL 2 DL violations:\n"
                + report.getViolations().stream().map(Object::toString).collect(joining("\n")));
  }

  @Test
  void versionIriAlsoResolvesThroughTheCatalog() {
    OWLOntology byVersion = OntologyFiles.loadByIri(CG.VERSION_IRI);
    assertEquals(
        Optional.of(IRI.create(CG.VERSION_IRI)), byVersion.getOntologyID().getVersionIRI());
  }

  @Test
  void parserLeftNothingUnparsedAndGuessedNoDeclaration() {
    Optional<OWLOntologyLoaderMetaData> meta =
        ontology.getOWLOntologyManager().getOntologyFormat(ontology).getOntologyLoaderMetaData();
    assertTrue(meta.isPresent(), "no loader metadata");
    RDFParserMetaData rdf = (RDFParserMetaData) meta.get();
    assertEquals(
        "", rdf.getUnparsedTriples().map(Object::toString).sorted().collect(joining("\n")));
    assertEquals("{}", rdf.getGuessedDeclarations().toString());
  }

  @Test
  void headerHasTitleDescriptionLicenseCreatorAndVersion() {
    assertEquals(IRI.create(CG.ONTOLOGY_IRI), ontology.getOntologyID().getOntologyIRI().get());
    assertEquals(IRI.create(CG.VERSION_IRI), ontology.getOntologyID().getVersionIRI().get());
    List<OWLAnnotation> header = ontology.annotations().toList();
    assertTrue(hasEnglishLiteral(header, DCTERMS_TITLE), "dcterms:title");
    assertTrue(hasEnglishLiteral(header, DCTERMS_DESCRIPTION), "dcterms:description");
    assertTrue(
        header.stream()
            .anyMatch(
                a -> a.getProperty().getIRI().equals(DCTERMS_LICENSE) && CC_BY_4.equals(iri(a))),
        "dcterms:license CC BY 4.0");
    assertTrue(
        header.stream()
            .anyMatch(
                a ->
                    a.getProperty().getIRI().equals(DCTERMS_CREATOR)
                        && a.getValue()
                            .asLiteral()
                            .map(l -> l.getLiteral().equals("claimgraph contributors"))
                            .orElse(false)),
        "dcterms:creator");
    assertTrue(
        header.stream()
            .anyMatch(
                a -> a.getProperty().getIRI().equals(OWLRDFVocabulary.OWL_VERSION_INFO.getIRI())),
        "owl:versionInfo");
  }

  @Test
  void hasNoImports() {
    assertEquals(0, ontology.importsDeclarations().count(), "owl:imports need local copies");
  }

  @Test
  void everyTermOfTheNamespaceHasAnEnglishLabelAndDefinition() {
    Set<String> missing = new TreeSet<>();
    for (OWLEntity entity : ontologyTerms()) {
      List<OWLAnnotation> annotations =
          ontology
              .annotationAssertionAxioms(entity.getIRI())
              .map(ax -> ax.getAnnotation())
              .toList();
      if (!hasEnglishLiteral(annotations, OWLRDFVocabulary.RDFS_LABEL.getIRI())) {
        missing.add(entity.getIRI().getShortForm() + " (rdfs:label@en)");
      }
      if (!hasEnglishLiteral(annotations, SKOS_DEFINITION)) {
        missing.add(entity.getIRI().getShortForm() + " (skos:definition@en)");
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyTermUsedIsDeclared() {
    Set<String> undeclared =
        ontology
            .signature()
            .filter(e -> !e.isBuiltIn())
            .filter(e -> !ontology.isDeclared(e))
            .map(e -> e.getEntityType() + " " + e.getIRI())
            .collect(toCollection(TreeSet::new));
    assertEquals(Set.of(), undeclared);
  }

  @Test
  void definesTheTermsTheIssueAsksFor() {
    Set<String> names =
        ontologyTerms().stream()
            .map(e -> e.getIRI().getShortForm())
            .collect(toCollection(TreeSet::new));
    for (String required :
        List.of(
            "Actor",
            "Person",
            "Organization",
            "Government",
            "Ministry",
            "ArmedGroup",
            "MilitaryForce",
            "IntelligenceCommunity",
            "NewsOutlet",
            "State",
            "affiliatedWith",
            "spokespersonFor",
            "memberOf",
            "partOf",
            "headOf",
            "Place",
            "Country",
            "Province",
            "District",
            "City",
            "Airbase",
            "Border",
            "BorderCrossing",
            "between",
            "onBorder",
            "connects",
            "locatedIn",
            "revenue",
            "correspondsToCountry",
            "governmentOf",
            "Event",
            "TerritorialCapture",
            "Withdrawal",
            "Retreat",
            "Acknowledgement",
            "Statement",
            "Advance",
            "Recapture",
            "agent",
            "place",
            "time",
            "timePhrase",
            "quantity",
            "Claim",
            "claimant",
            "reportedIn",
            "Article",
            "cue",
            "stance",
            "text",
            "about",
            "proposition",
            "Proposition",
            "TerritorialControlProposition",
            "CaptureProposition",
            "PresenceProposition",
            "controller",
            "territory",
            "share",
            "evidence",
            "madeAt",
            "Assessment",
            "assesses",
            "assessmentAuthor",
            "assessmentValue",
            "VerificationStatusScheme",
            "IndependentlyVerified",
            "CorroboratedOnlyByAffiliatedSources",
            "Unverified",
            "DisputeStatusScheme",
            "Disputed",
            "Undisputed",
            "verificationStatus",
            "disputeStatus",
            "statusExplanation",
            "corroboratedBy",
            "Quantity",
            "numericValue",
            "unit",
            "approximation",
            "per",
            "Sentence",
            "Paragraph",
            "contentHash")) {
      assertTrue(names.contains(required), () -> "missing cg:" + required);
    }
  }

  private static List<OWLEntity> ontologyTerms() {
    return ontology
        .signature()
        .filter(e -> e.getIRI().getNamespace().equals(CG.NS))
        .distinct()
        .toList();
  }

  private static boolean hasEnglishLiteral(List<OWLAnnotation> annotations, IRI property) {
    return annotations.stream()
        .filter(a -> a.getProperty().getIRI().equals(property))
        .map(OWLAnnotation::getValue)
        .flatMap(v -> v.asLiteral().stream())
        .anyMatch(l -> l.getLang().equals("en") && !l.getLiteral().isBlank());
  }

  private static IRI iri(OWLAnnotation annotation) {
    OWLAnnotationValue value = annotation.getValue();
    return value.asIRI().orElse(null);
  }
}
