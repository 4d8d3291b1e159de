package org.newskg.server;

import java.nio.file.Path;

/**
 * How the SPARQL server runs.
 *
 * @param host           the address to listen on; 127.0.0.1 keeps it to this machine
 * @param port           the port (0: any free one)
 * @param name           the dataset's path on the server, such as "/newskg"
 * @param timeoutSeconds queries running longer are cancelled
 * @param passwordFile   users allowed to write, in Jetty's "user: password" format; null for a read-only server
 * @param update         whether SPARQL Update and Graph Store writes are open to those users
 */
public record ServerConfig(String host, int port, String name, long timeoutSeconds, Path passwordFile,
                           boolean update) {
    public ServerConfig {
        name = name.startsWith("/") ? name : "/" + name;
        if (update && passwordFile == null) {
            throw new IllegalArgumentException("updates need a password file");
        }
    }

    /** A server that is updatable exactly when it has a password file. */
    public ServerConfig(String host, int port, String name, long timeoutSeconds, Path passwordFile) {
        this(host, port, name, timeoutSeconds, passwordFile, passwordFile != null);
    }

    public boolean updatable() {
        return update;
    }
}
