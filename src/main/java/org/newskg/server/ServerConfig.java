package org.newskg.server;

import java.nio.file.Path;

/**
 * How the SPARQL server runs.
 *
 * @param host           the address to listen on; 127.0.0.1 keeps it to this machine
 * @param port           the port (0: any free one)
 * @param name           the dataset's path on the server, such as "/newskg"
 * @param timeoutSeconds queries running longer are cancelled
 * @param passwordFile   users allowed to update, in Jetty's "user: password" format; null for a read-only server
 */
public record ServerConfig(String host, int port, String name, long timeoutSeconds, Path passwordFile) {
    public ServerConfig {
        name = name.startsWith("/") ? name : "/" + name;
    }

    public boolean updatable() {
        return passwordFile != null;
    }
}
