package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.AccountView;
import dev.switchyard.gateway.application.port.in.ImportAccountCommand;
import dev.switchyard.gateway.application.port.in.ImportAccountResult;
import dev.switchyard.gateway.application.port.in.ImportAccountUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.AccountRegistry.Registration;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.CredentialFile;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds an account to the shared pool under a new UUID (the Node service's node id) unless one is given. */
public final class ImportAccountService implements ImportAccountUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ImportAccountService.class);

    private final AccountRegistry registry;
    private final Clock clock;

    public ImportAccountService(AccountRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public ImportAccountResult importAccount(ImportAccountCommand command) {
        AccountId id = command.id().orElseGet(() -> AccountId.of(UUID.randomUUID().toString()));
        Account account = Account.of(id, command.name().orElse(null));
        return switch (registry.register(account, command.credentials())) {
            case Registration.Registered registered -> {
                LOG.info("{} account {} ({}, refresh token {})", registered.replaced() ? "re-imported" : "imported", id,
                        command.credentials().authMethod(), CredentialFile.fingerprint(command.credentials().refreshToken()));
                yield new ImportAccountResult.Imported(AccountView.of(registered.account(),
                        Optional.of(command.credentials()), clock.instant()), registered.replaced());
            }
            case Registration.Duplicate duplicate -> new ImportAccountResult.Duplicate(duplicate.existing());
            case Registration.Unreachable unreachable -> new ImportAccountResult.Unavailable(unreachable.reason());
        };
    }
}
