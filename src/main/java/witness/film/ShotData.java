package witness.film;

import witness.web.Labelled;

/** A shot as the API shows it: choices by code, references by key. */
public record ShotData(String key, String number, String sequence, String scene, int position, String kind,
        String description, String audio, String framing, String movement, Integer seconds, String location,
        String interviewee, String source, String status, String notes, long version) {

    public static ShotData of(Shot shot) {
        return new ShotData(shot.key, shot.number(), shot.scene.sequence.key, shot.scene.key, shot.position,
                code(shot.kind), shot.description, code(shot.audio), code(shot.framing), code(shot.movement),
                shot.seconds, shot.location == null ? null : shot.location.key,
                shot.person == null ? null : shot.person.key, shot.source == null ? null : shot.source.key,
                code(shot.status), shot.notes, shot.version);
    }

    static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
