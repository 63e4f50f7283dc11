/**
 * The native API ({@code /api/v1/}): Slicewise's own door, where the service keeps the conversations. Keys are
 * managed by the operator with a partner token ({@link dev.slicewise.adapter.http.PartnerTokens}); every other
 * endpoint is called with a key ({@code Authorization: Bearer}), admitted once per request with its rate limit
 * ({@link dev.slicewise.adapter.http.nativeapi.KeyAdmissions}) before anything else of the request is judged. Errors
 * are {@code {"error": {"code", "message"}}} ({@link dev.slicewise.adapter.http.nativeapi.NativeError}).
 */
package dev.slicewise.adapter.http.nativeapi;
