package witness.film;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which sequences a page of a long shot list shows: whole sequences, as many as fit in {@link #SIZE} shots
 * (a longer sequence has a page of its own), so that a series of thousands of shots still opens at once and a
 * scene is never split between pages. A film of fewer shots than that is one page, as it always was.
 */
public record ShotListPage(int number, int count, List<Sequence> sequences, int ofSequences) {
    public static final int SIZE = 300;
    /** A list that is not cut into pages: the exports' and the API's. */
    static final ShotListPage WHOLE = new ShotListPage(1, 1, List.of(), 0);

    /**
     * The page asked for (or the last, when the list is shorter than that) of these sequences, in film order,
     * given how many shots of each the list shows.
     */
    static ShotListPage of(int asked, List<Sequence> sequences, Map<Long, Long> shotsBySequence) {
        List<List<Sequence>> pages = pages(sequences, shotsBySequence);
        int number = Math.min(asked, pages.size());
        return new ShotListPage(number, pages.size(), pages.get(number - 1), sequences.size());
    }

    /** The number of the page that shows this sequence. */
    static int numberOf(Sequence sequence, List<Sequence> sequences, Map<Long, Long> shotsBySequence) {
        List<List<Sequence>> pages = pages(sequences, shotsBySequence);
        for (int i = 0; i < pages.size(); i++) {
            // By id: a shot's sequence may be Hibernate's proxy of it.
            if (pages.get(i).stream().anyMatch(q -> q.id.equals(sequence.id))) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The sequences cut into pages: whole sequences, a new page when the next would take one past SIZE shots. */
    private static List<List<Sequence>> pages(List<Sequence> sequences, Map<Long, Long> shotsBySequence) {
        List<List<Sequence>> pages = new ArrayList<>();
        List<Sequence> page = new ArrayList<>();
        long shots = 0;
        for (Sequence sequence : sequences) {
            long more = shotsBySequence.getOrDefault(sequence.id, 0L);
            if (!page.isEmpty() && shots + more > SIZE) {
                pages.add(page);
                page = new ArrayList<>();
                shots = 0;
            }
            page.add(sequence);
            shots += more;
        }
        pages.add(page);
        return pages;
    }

    /** More than one page: the page says where it is and links to the others. */
    public boolean paged() {
        return count > 1;
    }

    /** "Sequences 3–4 of 40", "Sequence 7 of 40". */
    public String label() {
        if (sequences.size() == 1) {
            return "Sequence " + sequences.get(0).position + " of " + ofSequences;
        }
        return "Sequences " + sequences.get(0).position + "–" + sequences.get(sequences.size() - 1).position
                + " of " + ofSequences;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }
}
