package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SLF4J must be bound to exactly one real backend; a NOP binding would silence every log line. */
class LoggingTest {

  @Test
  void slf4jIsBoundToLog4j() {
    assertEquals(
        "org.apache.logging.slf4j.Log4jLoggerFactory",
        LoggerFactory.getILoggerFactory().getClass().getName());
  }
}
