package org.newskg.server;

import java.nio.file.Path;
import java.time.Duration;

import org.newskg.query.QueryLimits;

/**
 * How the SPARQL server runs.
 *
 * @param host         the address to listen on; 127.0.0.1 keeps it to this machine
 * @param port         the port (0: any free one)
 * @param name         the dataset's path on the server, such as "/newskg"
 * @param limits       what one query may do and use: its time limit, the services and sources it may reach
 * @param passwordFile users allowed to write, in Jetty's "user: password" format; null for a read-only server
 * @param update       whether SPARQL Update and Graph Store writes are open to those users
 * @param perClient    requests one client address may have under way at once; more get 429
 */
public record ServerConfig(String host, int port, String name, QueryLimits limits, Path passwordFile,
                           boolean update, int perClient) {
    /** Requests under way per client address unless told otherwise. */
    public static final int DEFAULT_PER_CLIENT = 4;
    /** Jetty's request threads: Fuseki's default of 20 is taken by 20 slow clients. */
    static final int MIN_THREADS = 8;
    static final int MAX_THREADS = 200;
    /** A connection that sends nothing for this long is closed. */
    static final Duration IDLE = Duration.ofSeconds(20);
    /** A request body slower than this (bytes per second) is cut off, so slow clients cannot hold threads. */
    static final long MIN_DATA_RATE = 1024;

    public ServerConfig {
        name = name.startsWith("/") ? name : "/" + name;
        if (update && passwordFile == null) {
            throw new IllegalArgumentException("updates need a password file");
        }
        if (perClient < 1) {
            throw new IllegalArgumentException("at least one request per client");
        }
    }

    public ServerConfig(String host, int port, String name, long timeoutSeconds, Path passwordFile,
                        boolean update) {
        this(host, port, name, QueryLimits.closed(Duration.ofSeconds(timeoutSeconds)), passwordFile, update,
                DEFAULT_PER_CLIENT);
    }

    /** A server that is updatable exactly when it has a password file. */
    public ServerConfig(String host, int port, String name, long timeoutSeconds, Path passwordFile) {
        this(host, port, name, timeoutSeconds, passwordFile, passwordFile != null);
    }

    public ServerConfig withLimits(QueryLimits l) {
        return new ServerConfig(host, port, name, l, passwordFile, update, perClient);
    }

    public ServerConfig withPerClient(int n) {
        return new ServerConfig(host, port, name, limits, passwordFile, update, n);
    }

    public long timeoutSeconds() {
        return limits.timeout().toSeconds();
    }

    public boolean updatable() {
        return update;
    }
}
