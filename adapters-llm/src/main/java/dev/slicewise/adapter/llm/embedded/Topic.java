package dev.slicewise.adapter.llm.embedded;

/** The 3D-printing topics the embedded assistant has a short general answer for. */
enum Topic {
    BRIM(Setting.BRIM.group()),
    RAFT("topic.RAFT"),
    SUPPORTS(Setting.SUPPORTS.group()),
    INFILL(Setting.INFILL.group()),
    LAYER_HEIGHT(Setting.LAYER_HEIGHT.group()),
    DRYING("topic.DRYING");

    private final String group;

    Topic(String group) {
        this.group = group;
    }

    String group() {
        return group;
    }
}
