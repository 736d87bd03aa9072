/**
 * Diagnostics as reports for people and tools: grouped text, JSON, GitHub workflow commands with
 * a job summary, SARIF 2.1.0 for code scanning, and JUnit XML for CI test views. Every writer is
 * deterministic: the same diagnostics give the same characters.
 *
 * <p>A diagnostic on line 0 concerns the whole file: formats that can say so leave the line and
 * column out; a column of 0 on a known line is left out too (it reads as column 1).
 */
package org.fieldguide.report;
