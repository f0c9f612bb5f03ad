/**
 * The command line, on top of everything: one small class per verb, argument parsing by picocli,
 * one user-facing line per failure. The only package that reads arguments or exits the JVM.
 */
package org.claimgraph.cli;
