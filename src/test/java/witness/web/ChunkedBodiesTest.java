package witness.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import witness.security.FirstProducer;
import witness.testing.As;
import witness.testing.FilmCopies;
import witness.testing.NoErrorLogged;

/**
 * A body sent in chunks, without announcing its length (as {@code curl -T -} or a script's stream sends it), is cut
 * at the limit while it is read: 413, and the server stops taking it in long before its end — 50 MB sent, no more
 * than the 11 MB limit and what the sockets buffer read.
 */
@Tag("slow")
@QuarkusTest
@ExtendWith(NoErrorLogged.class)
class ChunkedBodiesTest {
    static final long SENT = 50L * 1024 * 1024;
    /** witness.max-request-body-size. */
    static final long LIMIT = 11L * 1024 * 1024;
    /**
     * What the client may have written when the 413 comes: the limit, and what the kernel holds for a loopback
     * connection on both sides while nobody reads (tcp_rmem and tcp_wmem at their largest: 32 MB and 4 MB on the
     * machine of the tests, which once let 21 MB through before the answer); always less than the whole body, so a
     * server that read it all before answering fails.
     */
    static final long READ_AT_MOST = Math.min(SENT - 1024 * 1024,
            LIMIT + largest("/proc/sys/net/ipv4/tcp_rmem") + largest("/proc/sys/net/ipv4/tcp_wmem"));

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest
    @CsvSource({"/api/films/%s/shots.csv, text/csv", "/api/films/%s/interviews/vlady/transcript?format=plain, text/plain",
            "/api/films/%s/sources/import?format=csl-json, application/json", "/api/dossiers, application/zip",
            "/api/films/%s/sequences, application/json"})
    void aChunkedUploadIsCutAtTheLimitWhileItIsRead(String path, String type) throws Exception {
        String slug = FilmCopies.ofSerge("chunked");
        Answer answer = sendChunked(String.format(path, slug), type);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.written()).as("bytes the server let the client write").isLessThan(READ_AT_MOST);
    }

    /** The last of the three sizes in such a file, or 4 MB where there is none. */
    private static long largest(String sizes) {
        // Read as a line: Files.readString trusts the size procfs reports and reads one byte of it.
        try (BufferedReader line = Files.newBufferedReader(Path.of(sizes))) {
            String[] parts = line.readLine().strip().split("\\s+");
            return Long.parseLong(parts[parts.length - 1]);
        } catch (IOException | RuntimeException e) {
            return 4L * 1024 * 1024;
        }
    }

    record Answer(int status, long written) {
    }

    /** 50 MB of what the endpoint takes: a zip of one large research file, or text. */
    private static void body(String type, OutputStream out) throws IOException {
        byte[] block = new byte[64 * 1024];
        Random random = new Random(1933);
        if (type.equals("application/zip")) {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("research/people.yaml"));
                for (long sent = 0; sent < SENT; sent += block.length) {
                    random.nextBytes(block);
                    zip.write(block);
                }
            }
            return;
        }
        Arrays.fill(block, (byte) 'a');
        for (long sent = 0; sent < SENT; sent += block.length) {
            out.write(block);
        }
    }

    /** HTTP/1.1 chunked transfer coding over the socket, counting what it wrote. */
    private static final class Chunked extends OutputStream {
        private final OutputStream socket;
        private final AtomicLong written;

        Chunked(OutputStream socket, AtomicLong written) {
            this.socket = socket;
            this.written = written;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            socket.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.write(bytes, offset, length);
            socket.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            written.addAndGet(length);
        }

        @Override
        public void close() throws IOException {
            socket.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.flush();
        }
    }

    private Answer sendChunked(String path, String type) throws Exception {
        String credential = Base64.getEncoder().encodeToString((FirstProducer.USERNAME + ":" + As.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credential
                    + "\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try (OutputStream chunked = new Chunked(out, written)) {
                    body(type, chunked);
                } catch (IOException closed) {
                    // the server closed the connection: what it took in is counted
                }
            });
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            long at = written.get();
            socket.close();
            writing.get(30, TimeUnit.SECONDS);
            return new Answer(status == null ? -1 : Integer.parseInt(status.split(" ")[1]), at);
        }
    }
}
