package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemorySessionRepository;
import dev.slicewise.application.port.in.ExportStlUseCase.StlExport;
import dev.slicewise.application.port.out.CodeRun;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The STL export over the in-memory sessions and a scripted OpenSCAD runner. */
class ExportStlServiceTest {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final byte[] STL = {1, 2, 3};

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final SessionIds ids = new SessionIds();
    private final List<String> ran = new ArrayList<>();
    private final PartCodeRunner openScad = new PartCodeRunner() {
        @Override
        public CodeLanguage language() {
            return CodeLanguage.OPENSCAD;
        }

        @Override
        public CodeRun run(String code) {
            ran.add(code);
            return code.contains("cube") ? new CodeRun.Built(STL) : new CodeRun.Failed("no cube");
        }
    };
    private final ExportStlService export = new ExportStlService(sessions, Optional.of(openScad));

    private MessageId answer(Optional<PartCode> code) {
        SessionId id = ids.newSessionId();
        Session session = new Session(id, ALICE, "part", Optional.empty(), AT, AT);
        sessions.create(session);
        SessionMessage answer = new SessionMessage(ids.newMessageId(), id, Role.ASSISTANT, "A part.", List.of(), code,
                Optional.empty(), AT);
        sessions.save(new SessionTurn(session, false, new SessionMessage(ids.newMessageId(), id, Role.USER, "a part",
                List.of(), Optional.empty(), AT), answer));
        return answer.id();
    }

    @Test
    void openScadCode_isRendered_onceForTheSameCode() {
        MessageId first = answer(Optional.of(new PartCode(CodeLanguage.OPENSCAD, "cube(10);")));
        MessageId second = answer(Optional.of(new PartCode(CodeLanguage.OPENSCAD, "cube(10);")));

        assertArrayEquals(STL, assertInstanceOf(StlExport.Rendered.class, export.stl(ALICE, first)).stl());
        assertArrayEquals(STL, assertInstanceOf(StlExport.Rendered.class, export.stl(ALICE, second)).stl());
        assertEquals(List.of("cube(10);"), ran);
    }

    @Test
    void aPartOfTheFamiliesKeptAsJscad_isRenderedFromTheOpenScadCodeOfTheSamePart() {
        Part box = ((PartDesign.Designed) Part.design(PartFamily.BOX, LengthUnit.MM,
                Map.of("width", 50.0, "depth", 30.0, "height", 20.0))).part();
        MessageId jscad = answer(Optional.of(PartCode.of(box, CodeLanguage.JSCAD)));

        assertArrayEquals(STL, assertInstanceOf(StlExport.Rendered.class, export.stl(ALICE, jscad)).stl());
        assertEquals(List.of(PartCode.of(box, CodeLanguage.OPENSCAD).text()), ran);
    }

    @Test
    void whatCannotBeRendered_saysWhy() {
        MessageId failing = answer(Optional.of(new PartCode(CodeLanguage.OPENSCAD, "sphere(3);")));
        MessageId jscad = answer(Optional.of(new PartCode(CodeLanguage.JSCAD, "function main() {}")));
        MessageId none = answer(Optional.empty());

        assertEquals(new StlExport.Failed("no cube"), export.stl(ALICE, failing));
        assertEquals(new StlExport.OtherLanguage(CodeLanguage.JSCAD), export.stl(ALICE, jscad));
        assertEquals(new StlExport.NoCode(), export.stl(ALICE, none));
        assertEquals(new StlExport.NoMessage(), export.stl(BOB, failing));
        assertEquals(new StlExport.Off(), new ExportStlService(sessions, Optional.empty()).stl(ALICE, failing));
    }

    @Test
    void aRunnerOfAnotherLanguage_cannotExportStl() {
        PartCodeRunner jscad = new PartCodeRunner() {
            @Override
            public CodeLanguage language() {
                return CodeLanguage.JSCAD;
            }

            @Override
            public CodeRun run(String code) {
                return new CodeRun.Failed("not run");
            }
        };

        assertThrows(IllegalArgumentException.class, () -> new ExportStlService(sessions, Optional.of(jscad)));
    }
}
