package org.newskg.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off clients that send a request body too slowly (slowloris): every body the server reads, through
 * any API (Fuseki reads forms below the servlet layer, where Jetty's own minimum data rate is not checked),
 * goes through this handler, which counts its bytes from the first read on; a body arriving at less than
 * {@code minRate} bytes per second after a grace period has its connection closed, which fails the read and
 * frees the thread that waited on it.
 */
final class SlowBodyGuard extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(SlowBodyGuard.class);
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private final long minRate;
    private final Set<Counted> reading = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-slow-body-check");
        t.setDaemon(true);
        return t;
    });

    SlowBodyGuard(Handler inner, long minRate) {
        super(inner);
        this.minRate = minRate;
        checks.scheduleWithFixedDelay(this::cutSlowOnes, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Counted counted = new Counted(request);
        return super.handle(counted, response, Callback.from(callback, () -> reading.remove(counted)));
    }

    private void cutSlowOnes() {
        long now = System.nanoTime();
        for (Counted c : reading) {
            long elapsed = now - c.firstRead;
            if (!c.done && elapsed > GRACE_NANOS && c.bytes * 1_000_000_000L / elapsed < minRate) {
                reading.remove(c);
                LOG.info("closed a connection from {}: its request body came at {} bytes/s",
                        c.getConnectionMetaData().getRemoteSocketAddress(), c.bytes * 1_000_000_000L / elapsed);
                c.getConnectionMetaData().getConnection().getEndPoint().close();
            }
        }
    }

    /** The request, counting the body bytes read from it. */
    private final class Counted extends Request.Wrapper {
        private volatile long firstRead;
        private volatile long bytes;
        private volatile boolean done;

        Counted(Request wrapped) {
            super(wrapped);
        }

        @Override
        public Content.Chunk read() {
            if (firstRead == 0) {
                firstRead = System.nanoTime();
                reading.add(this);
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytes += chunk.remaining();
                if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
                    done = true;
                    reading.remove(this);
                }
            }
            return chunk;
        }
    }
}
