package dev.slicewise.domain.knowledge.defects;

/** What a user says of the troubleshooting itself, besides answering its questions ({@code phrases.tsv}). */
enum Remark {
    /** The problem is solved, or the user has had enough: "thanks, that's all", "erledigt". */
    DONE,
    /** The problem is not solved after all: "still", "immer noch". */
    NOT_DONE
}
