package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.model.CollectionsReadOptions;
import io.arangoconsole.core.catalog.ServerCatalog;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.IndexGatewayException;
import java.util.ArrayList;
import java.util.List;

/** {@link ServerCatalog} through the shared driver clients (short timeout: an unreachable server fails fast). */
public final class ArangoServerCatalog implements ServerCatalog {

    private final ArangoClients clients;

    public ArangoServerCatalog(ArangoClients clients) {
        this.clients = clients;
    }

    @Override
    public List<String> databases(ConnectionTarget server, Side side) {
        try {
            List<String> names = new ArrayList<>(clients.client(server).getAccessibleDatabases());
            names.sort(String::compareTo);
            return names;
        } catch (RuntimeException e) {
            throw failure(server, side, e);
        }
    }

    @Override
    public List<String> collections(ConnectionTarget server, Side side) {
        try {
            List<String> names = new ArrayList<>();
            for (CollectionEntity c : clients.client(server).db(server.database())
                    .getCollections(new CollectionsReadOptions().excludeSystem(true))) {
                names.add(c.getName());
            }
            names.sort(String::compareTo);
            return names;
        } catch (RuntimeException e) {
            throw failure(server, side, e);
        }
    }

    @Override
    public List<ExistingIndex> indexes(ConnectionTarget server, String collection, Side side) {
        ArangoDB client;
        try {
            client = clients.client(server);
        } catch (RuntimeException e) {
            throw failure(server, side, e);
        }
        try {
            return new IndexGatewayArango(client, server).list(collection, false);
        } catch (IndexGatewayException e) {
            if (e.errorNum() == IndexGatewayException.DATA_SOURCE_NOT_FOUND) {
                throw new ConnectionFailure(ConnectionFailure.Reason.SERVER_ERROR, "The " + side.word()
                        + " database '" + server.database() + "' has no collection '" + collection + "'.", e);
            }
            throw failure(server, side, e.getCause() instanceof ArangoDBException ae ? ae : e);
        }
    }

    /** The driver's failure as one sentence that says which side it came from. */
    private static ConnectionFailure failure(ConnectionTarget server, Side side, RuntimeException e) {
        ConnectionFailure plain = ArangoErrors.translate(server, e);
        String text = plain.getMessage();
        String sided = text.startsWith("The server at ") ? "The " + side.word() + text.substring("The server".length())
                : "The " + side.word() + ": " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return new ConnectionFailure(plain.reason(), sided, e);
    }
}
