package org.claimgraph.serve;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.vocab.Iris;

/**
 * The linked-data face of the server: resource pages and content negotiation at {@code /id/…}, the
 * ontology at {@code /ontology}, a landing page at {@code /home}, the named questions at {@code
 * /questions/…} and dumps at {@code /dumps/…}. Fuseki's UI keeps {@code /}; these paths do not
 * collide with it or with the dataset's {@code /claimgraph/…}.
 */
public final class LinkedDataSite {

  final DatasetGraph dataset;
  final Iris iris;
  final Path queries;

  /**
   * @param dataset the store's dataset (read inside transactions)
   * @param iris the IRIs served: {@code {base}id/X} is answered at {@code /id/X}
   * @param queries the folder of named questions ({@code *.rq})
   */
  public LinkedDataSite(DatasetGraph dataset, Iris iris, Path queries) {
    this.dataset = dataset;
    this.iris = iris;
    this.queries = queries;
  }

  /** Adds the servlets to a Fuseki builder. */
  void register(FusekiServer.Builder builder) {
    LinkedDataServlet data = new LinkedDataServlet(this);
    builder
        .addServlet("/id/*", data)
        .addServlet("/ontology", data)
        .addServlet("/ontology/*", data)
        .addServlet("/home", new HomeServlet(this))
        .addServlet("/questions/*", new QuestionServlet(this))
        .addServlet("/dumps/*", new DumpServlet(this));
  }
}
