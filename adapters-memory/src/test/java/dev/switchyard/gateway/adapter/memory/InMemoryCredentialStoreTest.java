package dev.switchyard.gateway.adapter.memory;

import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.CredentialStoreContract;
import java.util.Map;

class InMemoryCredentialStoreTest extends CredentialStoreContract {

    @Override
    protected CredentialStore storeWith(Map<AccountId, KiroCredentials> credentials) {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        credentials.forEach(store::put);
        return store;
    }

    @Override
    protected CredentialStore anotherInstance(CredentialStore store) {
        return store;
    }
}
