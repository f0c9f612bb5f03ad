package org.claimgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of the flow pointing one way: extract → graph → store → serve/export, with cli
 * on top.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.claimgraph");

  @Test
  void extractionKnowsNoRdfAndNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("org.claimgraph.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.jena..",
            "org.claimgraph.graph..",
            "org.claimgraph.store..",
            "org.claimgraph.serve..",
            "org.claimgraph.export..",
            "org.claimgraph.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheStoreTouchesTdb2() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.claimgraph.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.jena.tdb2..")
        .check(CLASSES);
  }

  @Test
  void graphMappingDoesNotReachUp() {
    noClasses()
        .that()
        .resideInAPackage("org.claimgraph.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.claimgraph.store..", "org.claimgraph.serve..", "org.claimgraph.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliExits() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.claimgraph.cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }
}
