/**
 * Rules on gender-responsive budget (ARG) tags and the ARG share of spending ({@link
 * id.pug.rules.arg.ArgRules}, {@link id.pug.rules.arg.ArgShare}).
 */
@NullMarked
package id.pug.rules.arg;

import org.jspecify.annotations.NullMarked;
