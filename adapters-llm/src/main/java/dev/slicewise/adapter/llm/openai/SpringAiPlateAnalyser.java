package dev.slicewise.adapter.llm.openai;

import dev.slicewise.adapter.llm.plate.EmbeddedPlateAnalyser;
import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.prompt.Prompt;

import java.time.Duration;
import java.util.List;

/**
 * The plate analysis by a vision model ({@code SLICEWISE_VISION_MODEL}) on the configured OpenAI-compatible providers,
 * with the embedded engine as the safety net:
 * <ol>
 *   <li>the embedded engine analyses first: it refuses a view it cannot decode (so a broken image never reaches a
 *       provider and is refused whichever engine is configured), it gives up when the shared pixel budget has no room
 *       in time (busy), and its reply is ready if no model produces one;</li>
 *   <li>the providers are asked in their configured order, with the views as image parts ({@link VisionPrompt}), for
 *       a structured answer that must pass {@link VisionAnswer}; a timeout, 429, 5xx, refused connection, garbage or
 *       an invalid answer moves on to the next provider;</li>
 *   <li>when no provider produced a valid answer, the embedded engine's reply is the answer, and the provenance says
 *       that the chain fell back. So a request with usable views always gets a real analysis, never an apology.</li>
 * </ol>
 * Failures are logged with the provider's name and the kind of failure only, never a key or what the model wrote.
 */
public final class SpringAiPlateAnalyser implements PlateAnalyser {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiPlateAnalyser.class);

    private final List<ProviderClient> providers;
    private final EmbeddedPlateAnalyser embedded;
    private final VisionAnswer answers = new VisionAnswer();

    SpringAiPlateAnalyser(List<ProviderClient> providers, EmbeddedPlateAnalyser embedded) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("the vision plate analysis needs at least one provider");
        }
        this.providers = List.copyOf(providers);
        this.embedded = embedded;
    }

    /** The vision model on each provider of the chain, in order, then the embedded engine. */
    public static SpringAiPlateAnalyser of(List<ProviderSettings> chain, String visionModel,
                                           EmbeddedPlateAnalyser embedded) {
        List<ProviderClient> clients = chain.stream()
                .map(settings -> settings.withModel(visionModel))
                .map(settings -> new ProviderClient(settings, OpenAiChatModels.create(settings)))
                .toList();
        return new SpringAiPlateAnalyser(clients, embedded);
    }

    @Override
    public PlateAnalysisResult analyse(PlateAnalysisRequest request) {
        long started = System.nanoTime();
        PlateAnalysisReply measured;
        switch (embedded.analyse(request)) {
            case PlateAnalysisResult.Refused refused -> {
                return refused;
            }
            case PlateAnalysisResult.Busy busy -> {
                return busy;
            }
            case PlateAnalysisResult.Analysed analysed -> measured = analysed.reply();
        }
        Prompt prompt = VisionPrompt.of(request);
        for (ProviderClient provider : providers) {
            try {
                Completion completion = provider.complete(prompt);
                PlateAnalysisReply reply = answers.read(completion.text());
                ProviderSettings settings = provider.settings();
                return new PlateAnalysisResult.Analysed(reply, new Provenance(settings.name(), settings.model(),
                        completion.promptTokens(), completion.completionTokens(), since(started),
                        provider != providers.getFirst()));
            } catch (ProviderFailure failure) {
                LOG.warn("Vision model of provider {} failed ({}); trying the next one", provider.settings().name(),
                        failure.getMessage());
            }
        }
        return new PlateAnalysisResult.Analysed(measured, Provenance.embedded(since(started), true));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
