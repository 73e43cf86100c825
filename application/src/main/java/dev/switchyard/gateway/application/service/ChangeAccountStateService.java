package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.AccountView;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateCommand;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateResult;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.HealthChange;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class ChangeAccountStateService implements ChangeAccountStateUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeAccountStateService.class);

    private final AccountRegistry registry;
    private final CredentialStore store;
    private final Clock clock;

    public ChangeAccountStateService(AccountRegistry registry, CredentialStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ChangeAccountStateResult change(ChangeAccountStateCommand command) {
        Instant now = clock.instant();
        HealthChange change = switch (command.target()) {
            case ENABLED -> new HealthChange.Enabled(now);
            case DISABLED -> new HealthChange.Disabled(now);
        };
        return registry.change(command.account(), change)
                .<ChangeAccountStateResult>map(account -> {
                    LOG.info("account {} {} by an operator", command.account(), command.target().name().toLowerCase(java.util.Locale.ROOT));
                    return new ChangeAccountStateResult.Changed(AccountView.of(account, store.current(account.id()), now));
                })
                .orElseGet(ChangeAccountStateResult.NotFound::new);
    }
}
