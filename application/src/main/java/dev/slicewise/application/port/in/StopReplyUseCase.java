package dev.slicewise.application.port.in;

import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;

/**
 * A key's user stops a reply that is being streamed, by the id of its answer, whichever node streams it: the stream
 * ends within a second with the text written so far as the answer.
 */
public interface StopReplyUseCase {

    StopOutcome stop(UserId owner, MessageId id);

    /** What a stop came to. */
    enum StopOutcome {

        /** The reply was running; it is being stopped. */
        STOPPED,

        /** The answer had already finished (and is kept). */
        ALREADY_FINISHED,

        /** No running reply and no answer of the owner has that id. */
        UNKNOWN
    }
}
