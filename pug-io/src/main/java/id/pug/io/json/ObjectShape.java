package id.pug.io.json;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a JSON object of the plan format maps to a pug-core value: its fields in the order the writer
 * writes them, which of them are required, and how a builder turns into the value.
 *
 * @param <B> the builder (or holder) the fields are set on
 * @param <T> the value built
 */
final class ObjectShape<B, T> {
  /** One field: its name, how its value is read, and how it is set on the builder. */
  static final class Field<B, V> {
    final String name;
    private final ValueReader<V> reader;
    private final BiConsumer<B, V> setter;

    Field(String name, ValueReader<V> reader, BiConsumer<B, V> setter) {
      this.name = name;
      this.reader = reader;
      this.setter = setter;
    }

    void read(JsonIn in, B builder) throws IOException {
      @Nullable V value = reader.read(in);
      if (value != null) {
        setter.accept(builder, value);
      }
    }
  }

  /** What the value is, in words: {@code "budget line"}. */
  final String description;

  /** The fields by name, in written order. */
  final ImmutableMap<String, Field<B, ?>> fields;

  /** The required fields. */
  final ImmutableSet<String> required;

  /** Fields that pug-core derives and the format therefore leaves out, with the reason. */
  final ImmutableMap<String, String> derived;

  private final Supplier<B> newBuilder;
  private final Function<B, T> build;

  private ObjectShape(Builder<B, T> b) {
    this.description = b.description;
    this.fields = ImmutableMap.copyOf(b.fields);
    this.required = ImmutableSet.copyOf(b.required);
    this.derived = ImmutableMap.copyOf(b.derived);
    this.newBuilder = b.newBuilder;
    this.build = b.build;
  }

  static <B, T> Builder<B, T> of(String description, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(description, newBuilder, build);
  }

  B newBuilder() {
    return newBuilder.get();
  }

  T build(B builder) {
    return build.apply(builder);
  }

  /** Collects the fields of a shape. */
  static final class Builder<B, T> {
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Map<String, Field<B, ?>> fields = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final Map<String, String> derived = new LinkedHashMap<>();

    private Builder(String description, Supplier<B> newBuilder, Function<B, T> build) {
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A field that must be present. */
    <V> Builder<B, T> required(String name, ValueReader<V> reader, BiConsumer<B, V> setter) {
      required.add(name);
      return optional(name, reader, setter);
    }

    /** A field that may be omitted. */
    <V> Builder<B, T> optional(String name, ValueReader<V> reader, BiConsumer<B, V> setter) {
      if (fields.put(name, new Field<>(name, reader, setter)) != null) {
        throw new IllegalStateException("field " + name + " defined twice");
      }
      return this;
    }

    /** A value pug-core derives: named so that a file holding it gets a clear message. */
    Builder<B, T> derived(String name, String reason) {
      derived.put(name, reason);
      return this;
    }

    ObjectShape<B, T> build() {
      return new ObjectShape<>(this);
    }
  }
}
