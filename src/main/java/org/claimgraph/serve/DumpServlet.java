package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.claimgraph.export.DatasetExporter;
import org.claimgraph.export.DumpFormat;

/**
 * {@code /dumps/claimgraph.EXT}: the whole store in one format, streamed from a read transaction
 * (the same writer as {@code claimgraph export}).
 */
final class DumpServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LinkedDataSite site;

  DumpServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    Optional<DumpFormat> format =
        Arrays.stream(DumpFormat.values())
            .filter(f -> name.equals("claimgraph." + f.extension()))
            .findFirst();
    if (format.isEmpty()) {
      Responses.notFound(resp, "/dumps/" + name);
      return;
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(format.get().mediaType() + "; charset=utf-8");
    try (OutputStream out = resp.getOutputStream()) {
      new DatasetExporter(site.dataset, site.iris).write(format.get(), Optional.empty(), out);
    }
  }
}
