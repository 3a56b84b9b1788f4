/**
 * The {@code pug} command line (picocli): {@code java -jar pug-cli/target/pug.jar ikg --input
 * FILE.csv}. Exit codes: 0 when everything was computed, 1 when some rows could not be (each
 * reported on standard error with its line, column and value), 2 when the input cannot be read or
 * the arguments are wrong.
 */
@NullMarked
package id.pug.cli;

import org.jspecify.annotations.NullMarked;
