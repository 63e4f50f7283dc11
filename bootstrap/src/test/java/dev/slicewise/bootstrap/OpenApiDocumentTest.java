package dev.slicewise.bootstrap;

import io.micronaut.web.router.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /openapi.yml}: the document the OpenAPI processor generated from the controllers, served without a key.
 * It must describe exactly the routes the router serves, each with an example answer and, on both APIs, its
 * security, so that an endpoint added without its documentation fails the build (ADR 0014).
 */
class OpenApiDocumentTest {

    private static TestServer server;
    private static Map<String, Object> document;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory(Map.of());
        HttpResponse<String> response = server.exchange(server.request("/openapi.yml").GET());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/yaml", response.headers().firstValue("Content-Type").orElse(""));
        document = new Yaml().load(response.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void isAnOpenApi3Document() {
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."), String.valueOf(document.get("openapi")));
        assertEquals("Slicewise", map(document.get("info")).get("title"));
    }

    /** The framework adds a HEAD to every GET (the GET without its body), which the document does not repeat. */
    @Test
    void describesEveryRouteTheRouterServes_andNoOther() {
        Set<String> served = server.bean(Router.class).uriRoutes()
                .map(route -> operation(route.getHttpMethodName(), route.getUriMatchTemplate().toPathString()))
                .collect(Collectors.toCollection(TreeSet::new));
        served.removeIf(route -> route.startsWith("HEAD ") && served.contains(route.replaceFirst("HEAD", "GET")));
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, item) -> map(item).keySet().forEach(method -> documented.add(operation(method, path))));

        assertEquals(served, documented);
    }

    @Test
    void everyOperation_hasAnAnswerWithAnExample() {
        operations().forEach((name, operation) -> assertTrue(map(operation.get("responses")).values().stream()
                        .map(response -> map(map(response).getOrDefault("content", Map.of())))
                        .flatMap(content -> content.values().stream())
                        .anyMatch(media -> map(media).containsKey("examples") || map(media).containsKey("example")),
                name + " has no example answer"));
    }

    @Test
    void everyOperationOfBothApis_namesItsSecurityScheme() {
        Set<String> schemes = map(map(document.get("components")).get("securitySchemes")).keySet();
        assertEquals(Set.of("partnerUser", "partnerToken", "apiKey"), schemes);
        operations().forEach((name, operation) -> {
            if (name.contains(" /api/") || name.contains(" /ent/")) {
                List<?> security = (List<?>) operation.get("security");
                assertTrue(security != null && !security.isEmpty(), name + " names no security scheme");
                security.forEach(requirement -> assertTrue(schemes.containsAll(map(requirement).keySet()),
                        name + " names an unknown scheme: " + requirement));
            }
        });
    }

    private static Map<String, Object> paths() {
        return map(document.get("paths"));
    }

    /** Every operation of the document by its method and path, e.g. {@code POST /api/v1/chat}. */
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        paths().forEach((path, item) -> map(item).forEach((method, operation) ->
                operations.put(operation(method, path), map(operation))));
        return operations;
    }

    /** A route as the document writes it: the method in capitals, the path without a trailing slash. */
    private static String operation(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return method.toUpperCase(Locale.ROOT) + " " + trimmed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
