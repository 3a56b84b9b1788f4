/** The five Kalimantan scenarios of the README's main demo, one class each. */
@NullMarked
package id.pug.examples.scenario;

import org.jspecify.annotations.NullMarked;
