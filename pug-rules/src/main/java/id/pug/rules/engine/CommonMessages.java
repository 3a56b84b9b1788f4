package id.pug.rules.engine;

import org.jspecify.annotations.Nullable;

/**
 * Message templates shared by many rules, keyed {@code common.*}: "the plan records no Pokja PUG",
 * "the agency is not in the plan" and the like, in the engine's own bundle.
 */
final class CommonMessages {
  static final String PREFIX = "common.";
  private static final MessageBundle BUNDLE = MessageBundle.load(CommonMessages.class);

  private CommonMessages() {}

  static @Nullable LocalizedText text(String key) {
    return BUNDLE.texts().get(key);
  }

  static MessageBundle bundle() {
    return BUNDLE;
  }
}
