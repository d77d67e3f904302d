package witness.film;

/** A sequence as the API shows it. */
public record SequenceData(String key, int position, String title, String period, String synopsis, long version) {

    public static SequenceData of(Sequence sequence) {
        return new SequenceData(sequence.key, sequence.position, sequence.title, sequence.period,
                sequence.synopsis, sequence.version);
    }
}
