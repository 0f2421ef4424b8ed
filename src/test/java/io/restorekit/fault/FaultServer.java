package io.restorekit.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A faulty HTTP/1.1 target on a raw loopback socket: every request it reads gets the answer its {@link Fault} writes,
 * byte for byte. Optionally the first requests get a well-formed JSON error instead, so the kit's {@code @BeforeAll}
 * probe (any HTTP answer will do) passes and the fault hits the scenarios.
 *
 * <p>Bounded: one thread accepts, one thread per connection reads requests until the socket closes; a fault that
 * never answers waits at most {@link #MAX_HOLD_MS} or until {@link #close()}, which closes every socket and joins
 * every thread.
 */
final class FaultServer implements AutoCloseable {
    static final long MAX_HOLD_MS = 30_000;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Writes the answer to one request; returns whether the connection may carry another request. */
    interface Fault {
        boolean answer(String requestLine, Socket socket, OutputStream out, FaultServer server)
                throws IOException, InterruptedException;
    }

    private final String name;
    private final Fault fault;
    private final int probeAnswers;
    private final ServerSocket listener;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    private FaultServer(String name, Fault fault, int probeAnswers) throws IOException {
        this.name = name;
        this.fault = fault;
        this.probeAnswers = probeAnswers;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start("accept", this::acceptLoop);
    }

    /** A server whose every answer is {@code fault}. */
    static FaultServer start(String name, Fault fault) throws IOException {
        return new FaultServer(name, fault, 0);
    }

    /** A server that answers the first {@code probeAnswers} requests with a JSON error, then every one with {@code fault}. */
    static FaultServer afterProbe(String name, int probeAnswers, Fault fault) throws IOException {
        return new FaultServer(name, fault, probeAnswers);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    int port() {
        return listener.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    /** Waits (bounded) until the server closes; what a target that never answers does with a request. */
    void hold() throws InterruptedException {
        closing.await(MAX_HOLD_MS, TimeUnit.MILLISECONDS);
    }

    boolean threadsFinished() {
        return threads.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() {
        closing.countDown();
        closeQuietly(listener);
        sockets.forEach(FaultServer::closeQuietly);
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(socket);
            start("conn-" + socket.getPort(), () -> serve(socket));
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            boolean open = true;
            while (open && closing.getCount() > 0) {
                String requestLine = readRequest(in);
                if (requestLine == null) {
                    return;
                }
                if (requests.incrementAndGet() <= probeAnswers) {
                    write(out, 400, "application/json;charset=utf-8",
                            "{\"RequestId\":\"PROBE\",\"Code\":\"Probe\",\"Message\":\"answered so the probe passes\"}");
                } else {
                    open = fault.answer(requestLine, socket, out, this);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing: nothing more to serve
        } finally {
            sockets.remove(socket);
        }
    }

    /** Reads one request (head and Content-Length body); returns its request line, or null at the end of the stream. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEADER_BYTES) {
                throw new IOException("request head too long");
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        long length = text.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(l -> Long.parseLong(l.substring(15).trim())).findFirst().orElse(0L);
        for (long i = 0; i < length; i++) {
            if (in.read() < 0) {
                return null;
            }
        }
        return text.lines().findFirst().orElse("");
    }

    /** A complete, well-framed answer. */
    static void write(OutputStream out, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(head(status, contentType, bytes.length));
        out.write(bytes);
        out.flush();
    }

    static byte[] head(int status, String contentType, long contentLength) {
        return ("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : status == 500 ? "Internal Server Error" : "Status") + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Ends the connection with a TCP reset instead of an orderly close. */
    static void reset(Socket socket) throws IOException {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // already closed
        }
        socket.close();
    }

    private void start(String role, Runnable body) {
        Thread t = new Thread(body, "fault-" + name + "-" + role);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
