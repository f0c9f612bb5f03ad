package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.export.DatasetExporter;
import org.claimgraph.export.DumpFormat;
import org.claimgraph.export.ExportProblem;
import org.claimgraph.export.ProtegeBundle;
import org.claimgraph.export.Release;
import org.claimgraph.export.ReleaseWriter;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimgraph export}: the store as an RDF dump, a release folder, or a Protégé file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store as RDF: one dump in one format (to stdout or --out), a release folder with"
          + " every format, a VoID/DCAT description and checksums (--release), or one OWL 2 DL"
          + " RDF/XML file with the ontology and all individuals for Protégé (--protege).",
      "Quad formats (nq, trig, jsonld) keep the named graphs; triple formats write their union."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand ClaimgraphCommand parent;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target = new Target();

  static final class Target {
    @Option(
        names = "--release",
        paramLabel = "DIR",
        description = "Write every format (large ones gzipped), void.ttl and SHA256SUMS into DIR.")
    Path release;

    @Option(
        names = "--protege",
        paramLabel = "FILE.owl",
        description = "Write the ontology and every individual as one OWL 2 DL RDF/XML file.")
    Path protege;
  }

  @Option(
      names = "--format",
      defaultValue = "ttl",
      description = "ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description = "Only this named graph (see 'claimgraph stats').")
  String graph;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:3030/claimgraph/sparql",
      description = "The SPARQL endpoint named in void.ttl (default: ${DEFAULT-VALUE}).")
  String endpoint;

  @Option(
      names = "--download-url",
      paramLabel = "URL",
      description =
          "Where the release's files will be published, for void.ttl (default: the base IRI"
              + " followed by 'dumps/').")
  String downloadUrl;

  @Override
  public Integer call() throws IOException {
    Workspace workspace = new Workspace(ProjectHome.locate());
    try (TdbStore store = workspace.openExisting(parent.global.storeOrDefault(), true)) {
      var err = parent.spec.commandLine().getErr();
      if (target.release != null) {
        String downloads = downloadUrl != null ? downloadUrl : workspace.iris().base() + "dumps/";
        Release release =
            new ReleaseWriter(store.dataset(), workspace.iris())
                .write(
                    target.release,
                    new Release.Info(VersionProvider.version(), endpoint, downloads));
        err.println(
            "claimgraph: wrote "
                + release.files().size()
                + " files ("
                + release.triples()
                + " triples) into "
                + target.release);
      } else if (target.protege != null) {
        try (OutputStream o = open(target.protege)) {
          ProtegeBundle.Report report =
              new ProtegeBundle(workspace.iris()).write(store.dataset(), o);
          err.println("claimgraph: wrote " + target.protege + " (" + report.summary() + ")");
        }
      } else {
        DumpFormat f = DumpFormat.byOption(format);
        Optional<Node> g = Optional.ofNullable(graph).map(NodeFactory::createURI);
        DatasetExporter exporter = new DatasetExporter(store.dataset(), workspace.iris());
        if (out == null) {
          OutputStream stdout = new BufferedOutputStream(System.out);
          exporter.write(f, g, stdout);
          stdout.flush();
        } else {
          try (OutputStream o = open(out)) {
            exporter.write(f, g, o);
          }
        }
      }
      err.flush();
      return ExitCodes.OK;
    } catch (ExportProblem e) {
      throw new UserError(e.getMessage());
    }
  }

  /** A buffered stream writing {@code file}, its folders made; one user line when it cannot be. */
  static OutputStream open(Path file) {
    try {
      Path parentDir = file.toAbsolutePath().getParent();
      if (parentDir != null) {
        Files.createDirectories(parentDir);
      }
      return new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UserError(
          "Cannot write " + file + " (" + e.getMessage() + "); choose another path.");
    }
  }
}
