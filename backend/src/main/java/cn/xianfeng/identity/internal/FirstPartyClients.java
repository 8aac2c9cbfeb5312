package cn.xianfeng.identity.internal;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Registers the web app's and the scripts' clients at start-up, updating them when the configuration
 * changes (e.g. new redirect URIs). Replicas starting together may race; the loser's insert is a no-op.
 */
class FirstPartyClients {

    private final RegisteredClientRepository clients;
    private final List<RegisteredClient> wanted;

    FirstPartyClients(RegisteredClientRepository clients, RegisteredClient... wanted) {
        this.clients = clients;
        this.wanted = List.of(wanted);
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (RegisteredClient client : wanted) {
            try {
                clients.save(client);
            }
            catch (DuplicateKeyException registeredByAnotherReplica) {
                // The other replica registered the same configuration.
            }
        }
    }
}
