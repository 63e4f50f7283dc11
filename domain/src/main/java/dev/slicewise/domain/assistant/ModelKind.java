package dev.slicewise.domain.assistant;

/** What a model is used for: the assistant's chat, or the analysis of plate images. */
public enum ModelKind { CHAT, VISION }
