package dev.slicewise.adapter.llm.embedded;

/** A setting named in a message, and where. */
record SettingMention(Setting setting, Span span) {
}
