package dev.switchyard.gateway.adapter.scheduler;

import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensResult;
import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensUseCase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code gateway.token-refresh.scan-interval} (default 60 s) starts the refresh of each pool
 * account whose token expires within the refresh margin, so idle accounts stay ready.
 * {@code gateway.token-refresh.scan-enabled=false} turns it off. {@code @Bean} because {@code @Scheduled}
 * alone does not make a class a bean (no definition is generated), and {@code @Singleton} is for driven adapters.
 */
@Bean
@Requires(beans = RefreshExpiringTokensUseCase.class)
@Requires(property = "gateway.token-refresh.scan-enabled", notEquals = "false")
public final class TokenRefreshScanJob {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRefreshScanJob.class);

    private final RefreshExpiringTokensUseCase refresh;

    TokenRefreshScanJob(RefreshExpiringTokensUseCase refresh) {
        this.refresh = refresh;
    }

    @Scheduled(fixedDelay = "${gateway.token-refresh.scan-interval:60s}",
            initialDelay = "${gateway.token-refresh.scan-initial-delay:30s}")
    void scan() {
        try {
            RefreshExpiringTokensResult result = refresh.refreshExpiring();
            if (result.started() > 0) {
                LOG.info("token refresh scan: {} of {} accounts refreshing", result.started(), result.checked());
            }
        } catch (RuntimeException e) {
            LOG.warn("token refresh scan failed, the next one tries again: {}", e.toString());
        }
    }
}
