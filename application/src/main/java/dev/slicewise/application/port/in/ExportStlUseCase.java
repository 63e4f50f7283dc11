package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;

/**
 * A message's part as STL: its OpenSCAD code rendered by the configured OpenSCAD runner. Another owner's message is
 * answered exactly as an unknown one.
 */
public interface ExportStlUseCase {

    StlExport stl(UserId owner, MessageId id);

    /** What the export gave. */
    sealed interface StlExport {

        /** The part as binary STL. */
        record Rendered(byte[] stl) implements StlExport {

            public Rendered {
                Require.present(stl, "stl");
            }
        }

        /** No OpenSCAD runner is configured: the export is off. */
        record Off() implements StlExport {
        }

        /** The owner has no message with this id. */
        record NoMessage() implements StlExport {
        }

        /** The message carries no part code. */
        record NoCode() implements StlExport {
        }

        /** The message's code is in another language than OpenSCAD. */
        record OtherLanguage(CodeLanguage language) implements StlExport {

            public OtherLanguage {
                Require.present(language, "language");
            }
        }

        /** The code uses what the sandbox does not allow; it was not run. */
        record Refused(String reason) implements StlExport {

            public Refused {
                Require.present(reason, "reason");
            }
        }

        /** The code ran and built nothing usable. */
        record Failed(String error) implements StlExport {

            public Failed {
                Require.present(error, "error");
            }
        }
    }
}
