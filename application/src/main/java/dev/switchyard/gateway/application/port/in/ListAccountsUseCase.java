package dev.switchyard.gateway.application.port.in;

import java.util.List;

/** Every account of the pool with its health, ordered by name. */
public interface ListAccountsUseCase {

    List<AccountView> list();
}
