package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.store.LoadProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a load has got: one line rewritten in place on a terminal, a plain log line every
 * few seconds otherwise (so that logs and CI output stay readable).
 */
final class LoadProgressPrinter implements LoadProgress {

  private static final Logger LOG = LoggerFactory.getLogger(LoadProgressPrinter.class);
  private static final long TERMINAL_EVERY_MS = 250;
  private static final long LOG_EVERY_MS = 10_000;

  private final PrintWriter terminal;
  private long lastShown = -1;
  private boolean wroteLine;

  /**
   * @param terminal where to draw the line, or null to log instead
   */
  LoadProgressPrinter(PrintWriter terminal) {
    this.terminal = terminal;
  }

  /** A printer for this process: the terminal's line when there is a console, else the log. */
  static LoadProgressPrinter forThisProcess(PrintWriter err) {
    return new LoadProgressPrinter(System.console() != null ? err : null);
  }

  @Override
  public void advanced(int done, int total, long millis) {
    long every = terminal != null ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
    boolean last = done == total;
    if (lastShown < 0 && millis < every) {
      return; // a load that finishes quickly shows no progress at all
    }
    if (!last && lastShown >= 0 && millis - lastShown < every) {
      return;
    }
    lastShown = millis;
    String line = line(done, total, millis);
    if (terminal != null) {
      terminal.print("\r" + line + "   ");
      terminal.flush();
      wroteLine = true;
    } else {
      LOG.info(line);
    }
  }

  /** Ends the terminal line, so that what follows starts on a fresh one. */
  void finish() {
    if (wroteLine) {
      terminal.println();
      terminal.flush();
    }
  }

  static String line(int done, int total, long millis) {
    double perSecond = millis > 0 ? done * 1000.0 / millis : 0;
    String eta = perSecond > 0 && done < total ? formatSeconds((total - done) / perSecond) : "0:00";
    return String.format(
        "%d/%d articles (%d%%), %.1f articles/s, ETA %s",
        done, total, total == 0 ? 100 : done * 100L / total, perSecond, eta);
  }

  private static String formatSeconds(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
