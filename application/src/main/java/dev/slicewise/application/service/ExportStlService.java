package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ExportStlUseCase;
import dev.slicewise.application.port.out.CodeRun;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.user.UserId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a message's part with the OpenSCAD runner, when one is configured: its OpenSCAD code, or, for a part of the
 * families kept with JSCAD code, the OpenSCAD code of the same part (JSCAD a model wrote has no part behind it, and
 * is not rendered). The last
 * {@value #CACHED_RUNS} runs are kept by their code (a message's code never changes, and a client that shows a part
 * fetches it more than once), except solids above {@value #MAX_CACHED_BYTES} bytes.
 */
public final class ExportStlService implements ExportStlUseCase {

    static final int CACHED_RUNS = 16;
    static final int MAX_CACHED_BYTES = 8 * 1024 * 1024;

    private final SessionRepository sessions;
    private final Optional<PartCodeRunner> openScad;
    private final Map<String, CodeRun> runs = new LinkedHashMap<>(CACHED_RUNS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CodeRun> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    /** @param openScad the OpenSCAD runner, empty when the export is off */
    public ExportStlService(SessionRepository sessions, Optional<PartCodeRunner> openScad) {
        openScad.ifPresent(runner -> {
            if (runner.language() != CodeLanguage.OPENSCAD) {
                throw new IllegalArgumentException("the STL export needs an OpenSCAD runner");
            }
        });
        this.sessions = sessions;
        this.openScad = openScad;
    }

    @Override
    public StlExport stl(UserId owner, MessageId id) {
        if (openScad.isEmpty()) {
            return new StlExport.Off();
        }
        Optional<SessionMessage> message = sessions.message(owner, id);
        if (message.isEmpty()) {
            return new StlExport.NoMessage();
        }
        Optional<PartCode> code = message.get().code();
        if (code.isEmpty()) {
            return new StlExport.NoCode();
        }
        Optional<String> openScadCode = code.get().language() == CodeLanguage.OPENSCAD
                ? Optional.of(code.get().text())
                : code.get().part().map(part -> PartCode.of(part, CodeLanguage.OPENSCAD).text());
        if (openScadCode.isEmpty()) {
            return new StlExport.OtherLanguage(code.get().language());
        }
        return switch (run(openScadCode.get())) {
            case CodeRun.Built built -> new StlExport.Rendered(built.stl());
            case CodeRun.Refused refused -> new StlExport.Refused(refused.reason());
            case CodeRun.Failed failed -> new StlExport.Failed(failed.error());
        };
    }

    private CodeRun run(String code) {
        synchronized (runs) {
            CodeRun cached = runs.get(code);
            if (cached != null) {
                return cached;
            }
        }
        CodeRun run = openScad.orElseThrow().run(code);
        if (!(run instanceof CodeRun.Built built) || built.stl().length <= MAX_CACHED_BYTES) {
            synchronized (runs) {
                runs.put(code, run);
            }
        }
        return run;
    }
}
