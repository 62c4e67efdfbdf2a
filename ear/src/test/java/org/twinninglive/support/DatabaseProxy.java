package org.twinninglive.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy between the test server and its database, so that a test can take the
 * database away without stopping it: {@link #cut()} closes the listening socket and every
 * connection through it, as a restart or a network failure does; {@link #restore()} listens
 * again on the same port. Each connection is two copying threads (virtual), one per direction.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int BUFFER = 64 * 1024;

    private final int port;
    private final InetSocketAddress database;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listening;

    /** Listens on this loopback port for connections to pass on to the database at host:databasePort. */
    public DatabaseProxy(int port, String host, int databasePort) {
        this.port = port;
        this.database = new InetSocketAddress(host, databasePort);
    }

    /** Listens (again); connections made from now on reach the database. */
    public synchronized void restore() {
        if (listening != null && !listening.isClosed()) {
            return;
        }
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = server;
            Thread.ofVirtual().name("database-proxy-" + port).start(() -> accept(server));
        } catch (IOException taken) {
            throw new UncheckedIOException("cannot listen on port " + port, taken);
        }
    }

    /** Takes the database away: new connections are refused, open ones are closed. */
    public synchronized void cut() {
        var server = listening;
        if (server != null) {
            closeQuietly(server);
        }
        open.forEach(DatabaseProxy::closeQuietly);
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                Thread.ofVirtual().name("database-proxy-connection").start(() -> pass(server, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pass(ServerSocket server, Socket client) {
        var upstream = new Socket();
        open.add(client);
        open.add(upstream);
        // a connection accepted just before a cut is closed like the others
        if (server.isClosed()) {
            end(client, upstream);
            return;
        }
        try {
            upstream.connect(database, CONNECT_TIMEOUT_MILLIS);
            // a driver's small messages, each answered before the next: no waiting to fill packets
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException unreachable) {
            end(client, upstream);
            return;
        }
        Thread.ofVirtual().name("database-proxy-up").start(() -> copy(client, upstream));
        copy(upstream, client);
    }

    private void copy(Socket from, Socket to) {
        var buffer = new byte[BUFFER];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // either side went away, or the proxy was cut: the connection ends
        } finally {
            end(from, to);
        }
    }

    private void end(Socket one, Socket other) {
        closeQuietly(one);
        closeQuietly(other);
        open.remove(one);
        open.remove(other);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyClosed) {
            // nothing left to close
        }
    }
}
