/** The command line: picocli commands that parse flags, call the build and map outcomes to exit codes. */
package org.fieldguide.cli;
