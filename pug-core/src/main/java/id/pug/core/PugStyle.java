package id.pug.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every pug value type.
 *
 * <p>The generated {@code Immutable*} classes are package-private: users see only the abstract
 * value type, its static factories and its nested {@code Builder}. Builders reject {@code null}
 * with {@link NullPointerException}; a builder missing a required attribute throws {@link
 * PugException} naming the type and the missing attributes; invariants in {@code @Value.Check}
 * methods throw {@link InvalidValueException}. Collections are Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "alias:aliases",
      "bidangUrusan",
      "urusan",
      "basis",
      "analysis:analyses",
      "status",
      "data"
    },
    throwForInvalidImmutableState = PugException.class,
    defaults = @Value.Immutable(copy = true))
public @interface PugStyle {}
