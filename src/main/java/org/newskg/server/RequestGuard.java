package org.newskg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.newskg.query.RunningQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every request to the server:
 * <ul>
 * <li>at most {@code perClient} requests under way per client address; the next one is answered 429 at once,
 *     so that one client's slow queries cannot take every thread from the others;</li>
 * <li>a query whose client has gone is cancelled: while it runs, its connection is checked twice a second,
 *     and once the client has closed it the query's cancel signal is set (Jetty itself notices a closed
 *     connection only when it next writes, which for a slow query is at its end);</li>
 * <li>Jetty's idle timeout does not end a query that is still working (its own time limit does).</li>
 * </ul>
 */
final class RequestGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    private static final long PROBE_MILLIS = 500;
    private final int perClient;
    private final ConcurrentHashMap<String, Integer> underWay = new ConcurrentHashMap<>();
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-client-probe");
        t.setDaemon(true);
        return t;
    });

    RequestGuard(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String client = req.getRemoteAddr();
        if (underWay.merge(client, 1, Integer::sum) > perClient) {
            release(client);
            tooMany((HttpServletResponse) resp, client);
            return;
        }
        ScheduledFuture<?> probe = watchClient(req);
        try {
            chain.doFilter(req, resp);
        } finally {
            if (probe != null) {
                probe.cancel(false);
            }
            release(client);
        }
    }

    private void tooMany(HttpServletResponse r, String client) throws IOException {
        r.setStatus(429);
        r.setHeader("Retry-After", "1");
        r.setContentType("text/plain; charset=utf-8");
        r.getWriter().println("Too many requests at once from " + client + ": at most " + perClient
                + " at a time; try again when one has finished.");
    }

    private void release(String client) {
        underWay.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    /** Checks, while the request's query runs, whether its client has closed the connection. */
    private ScheduledFuture<?> watchClient(ServletRequest req) {
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(req);
        if (core == null) {
            return null;
        }
        core.addIdleTimeoutListener(timeout -> false); // a working query is ended by its time limit, not by Jetty
        EndPoint endPoint = core.getConnectionMetaData().getConnection().getEndPoint();
        if (!(endPoint.getTransport() instanceof SocketChannel channel)) {
            return null;
        }
        Thread worker = Thread.currentThread();
        long since = System.currentTimeMillis();
        return probes.scheduleWithFixedDelay(() -> {
            // only while a query of this request is running: its body has been read by then, so a read here
            // takes no byte that Jetty still needs
            if (RunningQueries.running(worker, since) && closedByClient(channel)
                    && RunningQueries.cancel(worker, since)) {
                LOG.info("cancelled a query from {}: the client closed its connection", core.getConnectionMetaData()
                        .getRemoteSocketAddress());
            }
        }, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True once the peer has closed: a non-blocking read sees the end of the stream. */
    private static boolean closedByClient(SocketChannel channel) {
        if (!channel.isOpen()) {
            return true;
        }
        try {
            synchronized (channel.blockingLock()) {
                if (channel.isBlocking()) {
                    return false;
                }
                return channel.read(ByteBuffer.allocate(1)) < 0;
            }
        } catch (IOException e) {
            return true; // reset by the peer
        }
    }
}
