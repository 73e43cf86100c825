package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.adapter.http.upstream.KiroAssistantUpstream;
import dev.switchyard.gateway.adapter.http.upstream.KiroSettings;
import dev.switchyard.gateway.adapter.memory.OpenAiTokenCounter;
import dev.switchyard.gateway.application.port.in.AuthenticateClientUseCase;
import dev.switchyard.gateway.application.port.in.CountTokensUseCase;
import dev.switchyard.gateway.application.port.in.ListModelsUseCase;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.in.SendMessageUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import dev.switchyard.gateway.application.port.out.TokenCounter;
import dev.switchyard.gateway.application.service.AuthenticateClientService;
import dev.switchyard.gateway.application.service.CountTokensService;
import dev.switchyard.gateway.application.service.ListModelsService;
import dev.switchyard.gateway.application.service.SendMessageService;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Claude Messages API over Kiro (area A). Sending messages needs the account pool and its
 * credentials ({@link AccountPool}, {@link ObtainCredentialsUseCase}); without them the messages
 * endpoint is simply absent, while models and count_tokens still answer.
 */
@Factory
final class GatewayWiring {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayWiring.class);

    @Singleton
    ModelCatalog modelCatalog(GatewayCatalogProperties properties) {
        return properties.toCatalog();
    }

    @Singleton
    TokenCounter tokenCounter() {
        return new OpenAiTokenCounter();
    }

    @Singleton
    @Bean(preDestroy = "close")
    KiroAssistantUpstream kiroAssistantUpstream(GatewayKiroProperties kiro, ModelCatalog catalog, JsonMapper json, Clock clock) {
        KiroSettings settings = new KiroSettings(kiro.effectiveUrl(), kiro.connectTimeout(), kiro.responseTimeout(), kiro.idleTimeout(),
                kiro.kiroVersion(), kiro.nodeVersion(), KiroSettings.runningOs(), kiro.maxToolNameLength(),
                kiro.maxToolDescriptionLength(), catalog);
        return new KiroAssistantUpstream(settings, json, clock);
    }

    @Singleton
    @Requires(beans = {AccountPool.class, ObtainCredentialsUseCase.class})
    SendMessageUseCase sendMessage(AccountPool pool, ObtainCredentialsUseCase credentials, AssistantUpstream upstream,
            TokenCounter tokens, ModelCatalog catalog) {
        return new SendMessageService(pool, credentials, upstream, tokens, catalog);
    }

    @Singleton
    CountTokensUseCase countTokens(TokenCounter tokens) {
        return new CountTokensService(tokens);
    }

    @Singleton
    ListModelsUseCase listModels(ModelCatalog catalog) {
        return new ListModelsService(catalog);
    }

    /** The configured key; else the shared one from Redis; without a Redis key source every request is refused. */
    @Singleton
    AuthenticateClientUseCase authenticateClient(GatewayApiProperties api, @Nullable ClientKeySource shared, Clock clock) {
        Optional<String> configured = api.configuredKey();
        ClientKeySource source = shared;
        if (source == null) {
            if (configured.isEmpty()) {
                LOG.warn("no GATEWAY_API_KEY and no shared key store: every Claude Messages API request will be refused");
            }
            source = Optional::empty;
        }
        return new AuthenticateClientService(configured, source, clock, api.sharedKeyRefresh());
    }
}
