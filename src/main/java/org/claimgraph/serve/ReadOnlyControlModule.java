package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * What Fuseki's web UI needs from the server, and nothing that changes it: server status, dataset
 * listing, statistics and ping, all read-only. Replaces Fuseki's admin module, which would also let
 * anyone create and delete datasets and which writes a run folder ({@code FUSEKI_BASE}) into the
 * working directory.
 */
final class ReadOnlyControlModule implements FusekiModule {

  @Override
  public String name() {
    return "claimgraph read-only control";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    // The UI module looks for this attribute; with no base folder it serves its files from the
    // classpath.
    builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl((Path) null));
    builder
        .addServlet("/$/server", new ActionServerStatus())
        .addServlet("/$/datasets/*", new ActionDatasets())
        .addFilter("/$/*", new ReadOnlyFilter())
        .enableStats(true)
        .enablePing(true);
  }

  /**
   * Lets through only requests that read: the control area must not be a way to change the server.
   */
  static final class ReadOnlyFilter implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      // The UI's validators take POSTed text and only parse it; they change nothing.
      boolean validator = http.getRequestURI().contains("/$/validate/");
      // Ping is POSTable by Fuseki's protocol and changes nothing.
      boolean ping = http.getRequestURI().endsWith("/$/ping");
      if (READ_METHODS.contains(http.getMethod()) || validator || ping) {
        chain.doFilter(request, response);
      } else {
        ((HttpServletResponse) response)
            .sendError(
                HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This claimgraph server is read-only.");
      }
    }
  }
}
