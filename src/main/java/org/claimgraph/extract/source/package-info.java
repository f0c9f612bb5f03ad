/**
 * Reading articles from files: the text (plain or HTML) and its metadata sidecar, checked for the
 * input problems users hit (missing, empty, binary, not UTF-8, too large), each reported with its
 * place.
 */
package org.claimgraph.extract.source;
