package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

/**
 * What the user gets: a short conversational analysis ({@code content}, key words in bold, ending with a question) and
 * the suggested printing method in words, with the findings they were written from.
 */
public record PlateAnalysisReply(PlateFindings findings, String content, String suggestedPrintingMethod) {

    /** The partner API's bound on {@code content}: a conversational analysis under 500 characters. */
    public static final int MAX_CONTENT = 500;

    public PlateAnalysisReply {
        Require.present(findings, "findings");
        Require.text(content, "content", Integer.MAX_VALUE);
        Require.text(suggestedPrintingMethod, "suggested_printing_method", Integer.MAX_VALUE);
    }
}
