package dev.slicewise.bootstrap;

import dev.slicewise.adapter.http.PartnerTokens;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The partner tokens: {@code SLICEWISE_PARTNER_TOKENS} (comma-separated) when set; else one random token,
 * generated at the first start, kept in the data folder (readable by its owner only) and shown once, on standard
 * output, when it is generated. It never goes to the log.
 */
@Factory
public class PartnerTokenFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerTokenFactory.class);

    /** Made at start-up, so that a generated token is shown when the service starts, not at the first call. */
    @Context
    PartnerTokens partnerTokens(@Value("${slicewise.partner-tokens:}") String configured,
                                @Value("${slicewise.data-dir:data}") String dataDir) {
        List<String> tokens = Arrays.stream(configured.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (!tokens.isEmpty()) {
            return new PartnerTokens(tokens);
        }
        return new PartnerTokens(List.of(generatedToken(Path.of(dataDir, "partner-token"))));
    }

    private static String generatedToken(Path file) {
        try {
            if (Files.exists(file)) {
                LOG.info("Partner token: the one generated at first start, in {}", file.toAbsolutePath());
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            restrictToOwner(file);
            System.out.println("Slicewise generated a partner token (kept in " + file.toAbsolutePath()
                    + "; shown only now):\n  Authorization: Token " + token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the partner token file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
