package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.cad.PartRequest;

import java.util.Optional;

/**
 * A message read as a follow-up on the last part of a session: the changes {@link PartChangeReader} reads in it
 * applied to the part ("make the teeth longer", "now in inches"), or the same part when the message only names a
 * code language ("in OpenSCAD"). A message that names another family asks for a new part and is no follow-up.
 */
public final class PartFollowUp {

    private final PartRequestReader requests;
    private final PartChangeReader changes;

    public PartFollowUp() {
        this(new PartRequestReader(), new PartChangeReader());
    }

    PartFollowUp(PartRequestReader requests, PartChangeReader changes) {
        this.requests = requests;
        this.changes = changes;
    }

    /** The last part as the message changes it, or empty when the message is no follow-up on it. */
    public Optional<PartDesign> read(String message, Part last) {
        Optional<PartFamily> named = requests.read(message).map(PartRequest::family);
        if (named.isPresent() && named.get() != last.family()) {
            return Optional.empty();
        }
        return changes.read(message, last).map(change -> change.applyTo(last))
                .or(() -> CodeLanguage.namedIn(message).map(language -> new PartDesign.Designed(last)));
    }
}
