/**
 * Runnable scenarios that show what pug does for real regions; {@link id.pug.examples.Demo} is the
 * README's main demo.
 */
@NullMarked
package id.pug.examples;

import org.jspecify.annotations.NullMarked;
