/**
 * What was extracted from one article, written for a person to read: the check an analyst makes on
 * a new report before loading it, and what {@code claimgraph extract} prints. Reads only the model.
 */
package org.claimgraph.extract.report;
