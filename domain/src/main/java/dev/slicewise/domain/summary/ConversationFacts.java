package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;

import java.util.Optional;

/**
 * The facts a conversation has established: the printer and material of the user's setup, and the print
 * troubleshooting so far (the problems, the answers given, the fixes proposed and how they worked out).
 */
public record ConversationFacts(Optional<String> printer, Optional<Material> material,
                                TroubleshootingProgress troubleshooting) {

    public ConversationFacts {
        Require.present(printer, "printer");
        Require.present(material, "material");
        Require.present(troubleshooting, "troubleshooting");
    }
}
