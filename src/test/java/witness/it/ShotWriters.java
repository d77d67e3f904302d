package witness.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stream of writes to the Serge film's shot list through the JSON API, from several writers at once, each in
 * a scene of its own: new shots, and edits of the scene's shots carrying the version last read. Every write
 * answered 2xx is recorded with what it wrote, and so is the one a writer had sent when the app died.
 */
final class ShotWriters {
    static final String SHOTS = "/api/films/victor-serge/shots";
    static final String SCENES = "/api/films/victor-serge/scenes";

    /** One write: a new shot (key known once answered) or an edit of a shot; what it sent, and the answer. */
    record Write(boolean create, String key, ObjectNode sent, JsonNode answer) {
    }

    /** What the writers did: the acknowledged writes, the ones in flight at the kill, and any refusal. */
    record Outcome(List<Write> acknowledged, List<Write> inFlight, List<String> refused, double seconds) {
        double perSecond() {
            return acknowledged.size() / seconds;
        }
    }

    private final List<Writer> writers = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private long start;
    private long end;

    /** Writers for the first scenes of the film, one scene each; they start writing at once. */
    static ShotWriters start(Session session, int count) throws Exception {
        ShotWriters stream = new ShotWriters();
        JsonNode scenes = session.get(SCENES).json();
        for (int w = 0; w < count; w++) {
            String scene = scenes.get(w).get("key").asText();
            List<ObjectNode> shots = new ArrayList<>();
            session.get(SHOTS + "?scene=" + scene).json().forEach(shot -> shots.add((ObjectNode) shot));
            if (shots.isEmpty()) {
                throw new IllegalStateException("scene " + scene + " has no shot to edit");
            }
            stream.writers.add(stream.new Writer(session, w + 1, scene, shots));
        }
        stream.start = System.nanoTime();
        stream.writers.forEach(Thread::start);
        return stream;
    }

    /** Waits until this many writes were acknowledged (or a writer stopped, or time ran out). */
    void awaitAcknowledged(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (acknowledged.get() < count && System.currentTimeMillis() < deadline
                && writers.stream().allMatch(Thread::isAlive)) {
            Thread.sleep(5);
        }
    }

    /** Waits for the writers, which stop at the first request the app does not answer (or when told). */
    Outcome finish() throws InterruptedException {
        end = System.nanoTime();
        writers.forEach(w -> w.stopped = true);
        List<Write> done = new ArrayList<>();
        List<Write> inFlight = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Writer w : writers) {
            w.join(60_000);
            done.addAll(w.acknowledged);
            if (w.inFlight != null) {
                inFlight.add(w.inFlight);
            }
            refused.addAll(w.refused);
        }
        return new Outcome(done, inFlight, refused, (end - start) / 1e9);
    }

    /**
     * Compares the stored shots with what was acknowledged: every acknowledged new shot is there with its values,
     * every edited shot holds its last acknowledged edit (or the edit in flight, which may have been committed),
     * and there is no shot that no one wrote. Answers one line per lost or wrong write, and the number of
     * writes in flight that were committed.
     */
    static Check check(Session session, Outcome outcome) throws Exception {
        List<String> lost = new ArrayList<>();
        Map<String, List<Write>> editsByShot = new LinkedHashMap<>();
        for (Write write : outcome.acknowledged()) {
            if (write.create()) {
                Session.Answer stored = session.get(SHOTS + "/" + write.key());
                if (stored.status() != 200) {
                    lost.add("new shot " + write.key() + " (" + write.sent().get("description").asText()
                            + ") is missing: " + stored.status());
                } else {
                    compare(write, stored.json(), lost);
                }
            } else {
                editsByShot.computeIfAbsent(write.key(), k -> new ArrayList<>()).add(write);
            }
        }
        for (var edits : editsByShot.entrySet()) {
            Write last = edits.getValue().get(edits.getValue().size() - 1);
            JsonNode stored = session.get(SHOTS + "/" + edits.getKey()).json();
            Write pending = outcome.inFlight().stream().filter(w -> !w.create() && w.key().equals(edits.getKey()))
                    .findFirst().orElse(null);
            String notes = stored.path("notes").asText();
            boolean pendingCommitted = pending != null && notes.equals(pending.sent().get("notes").asText());
            if (!notes.equals(last.sent().get("notes").asText()) && !pendingCommitted) {
                lost.add("shot " + edits.getKey() + " holds '" + notes + "', not its last acknowledged edit '"
                        + last.sent().get("notes").asText() + "'");
            }
            if (stored.get("version").asLong() < last.answer().get("version").asLong()) {
                lost.add("shot " + edits.getKey() + " is at version " + stored.get("version")
                        + ", older than the acknowledged " + last.answer().get("version"));
            }
        }
        // Shots no one was told were saved: only those in flight may be there, once each.
        Set<String> keys = new HashSet<>();
        int inFlightCommitted = 0;
        for (JsonNode shot : session.get(SHOTS).json()) {
            if (!keys.add(shot.get("key").asText())) {
                lost.add("two shots have the key " + shot.get("key").asText());
            }
            String description = shot.path("description").asText();
            if (description.startsWith("Written by writer")) {
                boolean acknowledged = outcome.acknowledged().stream()
                        .anyMatch(w -> w.create() && description.equals(w.sent().get("description").asText()));
                boolean pending = outcome.inFlight().stream()
                        .anyMatch(w -> w.create() && description.equals(w.sent().get("description").asText()));
                if (pending) {
                    inFlightCommitted++;
                } else if (!acknowledged) {
                    lost.add("shot " + shot.get("key").asText() + " (" + description + ") was never written");
                }
            }
        }
        for (Write pending : outcome.inFlight()) {
            if (!pending.create()) {
                JsonNode stored = session.get(SHOTS + "/" + pending.key()).json();
                if (stored.path("notes").asText().equals(pending.sent().get("notes").asText())) {
                    inFlightCommitted++;
                }
            }
        }
        return new Check(lost, inFlightCommitted);
    }

    record Check(List<String> lost, int inFlightCommitted) {
    }

    private static void compare(Write write, JsonNode stored, List<String> lost) {
        for (String field : List.of("scene", "kind", "description", "seconds", "notes")) {
            if (!Objects.equals(write.sent().get(field), stored.get(field))) {
                lost.add("shot " + write.key() + " has " + field + " " + stored.get(field) + ", not the acknowledged "
                        + write.sent().get(field));
            }
        }
    }

    /** Writes until the app stops answering: a new shot, then an edit of one of its scene's shots, and so on. */
    private final class Writer extends Thread {
        final Session session;
        final int id;
        final String scene;
        final List<ObjectNode> shots;
        final List<Write> acknowledged = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        volatile boolean stopped;
        volatile Write inFlight;

        Writer(Session session, int id, String scene, List<ObjectNode> shots) {
            super("writer-" + id);
            this.session = session;
            this.id = id;
            this.scene = scene;
            this.shots = shots;
        }

        @Override
        public void run() {
            try {
                for (int n = 1; !stopped; n++) {
                    if (n % 2 == 1) {
                        create(n);
                    } else {
                        edit(n);
                    }
                }
            } catch (IOException | InterruptedException theAppDied) {
                // the write in flight stays recorded as such
            } catch (RuntimeException e) {
                refused.add("writer " + id + " failed: " + e);
            }
        }

        private void create(int n) throws IOException, InterruptedException {
            ObjectNode shot = Session.JSON.createObjectNode().put("scene", scene).put("kind", "caption")
                    .put("description", "Written by writer " + id + ", number " + n).put("seconds", n)
                    .put("notes", "new " + id + "-" + n);
            inFlight = new Write(true, null, shot, null);
            Session.Answer answer = session.post(SHOTS, shot);
            if (answer.status() == 201) {
                acknowledge(new Write(true, answer.json().get("key").asText(), shot, answer.json()));
            } else {
                refused.add("POST " + shot + ": " + answer.status() + " " + answer.body());
            }
            inFlight = null;
        }

        private void edit(int n) throws IOException, InterruptedException {
            int index = (n / 2) % shots.size();
            ObjectNode shot = shots.get(index).deepCopy();
            String key = shot.get("key").asText();
            shot.remove(List.of("number", "sequence", "key"));
            shot.put("notes", "edit " + id + "-" + n);
            inFlight = new Write(false, key, shot, null);
            Session.Answer answer = session.put(SHOTS + "/" + key, shot);
            if (answer.status() == 200) {
                shots.set(index, (ObjectNode) answer.json());
                acknowledge(new Write(false, key, shot, answer.json()));
            } else {
                refused.add("PUT " + key + " " + shot + ": " + answer.status() + " " + answer.body());
            }
            inFlight = null;
        }

        private void acknowledge(Write write) {
            acknowledged.add(write);
            ShotWriters.this.acknowledged.incrementAndGet();
        }
    }
}
