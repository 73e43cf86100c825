package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.AccountView;
import dev.switchyard.gateway.application.port.in.ListAccountsUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public final class ListAccountsService implements ListAccountsUseCase {

    private final AccountRegistry registry;
    private final CredentialStore store;
    private final Clock clock;

    public ListAccountsService(AccountRegistry registry, CredentialStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<AccountView> list() {
        Instant now = clock.instant();
        return registry.accounts().stream()
                .map(account -> AccountView.of(account, store.current(account.id()), now))
                .sorted(Comparator.comparing(AccountView::name).thenComparing(view -> view.id().value()))
                .toList();
    }
}
