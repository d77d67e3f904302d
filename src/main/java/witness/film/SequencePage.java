package witness.film;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import witness.web.Paged;

/**
 * Which sequences a page of a long shot list or structure shows: whole sequences, as many as fit in a page's
 * number of rows ({@link #SHOTS} shots, {@link #SCENES} scenes; a longer sequence has a page of its own), so that a
 * series of thousands of shots still opens at once and a scene is never split between pages. A film of fewer rows
 * than that is one page, as it always was.
 */
public record SequencePage(int number, int count, List<Sequence> sequences, int ofSequences) implements Paged {
    /** The shots a page of the shot list holds. */
    public static final int SHOTS = 200;
    /** The scenes a page of the structure holds. */
    public static final int SCENES = 120;
    /** A list that is not cut into pages: the exports' and the API's. */
    static final SequencePage WHOLE = new SequencePage(1, 1, List.of(), 0);

    /**
     * The page asked for (or the last, when the list is shorter than that) of these sequences, in film order,
     * given how many rows of each the list shows and how many a page holds.
     */
    static SequencePage of(int asked, List<Sequence> sequences, Map<Long, Long> rowsBySequence, int size) {
        List<List<Sequence>> pages = pages(sequences, rowsBySequence, size);
        int number = Math.min(asked, pages.size());
        return new SequencePage(number, pages.size(), pages.get(number - 1), sequences.size());
    }

    /** The number of the page that shows this sequence. */
    static int numberOf(Sequence sequence, List<Sequence> sequences, Map<Long, Long> rowsBySequence, int size) {
        // By id: a shot's sequence may be Hibernate's proxy of it.
        return numbers(sequences, rowsBySequence, size).getOrDefault(sequence.id, 1);
    }

    /** The number of the page that shows each sequence, by the sequence's id. */
    static Map<Long, Integer> numbers(List<Sequence> sequences, Map<Long, Long> rowsBySequence, int size) {
        List<List<Sequence>> pages = pages(sequences, rowsBySequence, size);
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Sequence sequence : pages.get(i)) {
                numbers.put(sequence.id, i + 1);
            }
        }
        return numbers;
    }

    /** The sequences cut into pages: whole sequences, a new page when the next would take one past size rows. */
    private static List<List<Sequence>> pages(List<Sequence> sequences, Map<Long, Long> rowsBySequence, int size) {
        List<List<Sequence>> pages = new ArrayList<>();
        List<Sequence> page = new ArrayList<>();
        long rows = 0;
        for (Sequence sequence : sequences) {
            long more = rowsBySequence.getOrDefault(sequence.id, 0L);
            if (!page.isEmpty() && rows + more > size) {
                pages.add(page);
                page = new ArrayList<>();
                rows = 0;
            }
            page.add(sequence);
            rows += more;
        }
        pages.add(page);
        return pages;
    }

    @Override
    public boolean paged() {
        return count > 1;
    }

    /** "Sequences 3–4 of 40 (page 2 of 20)", "Sequence 7 of 40 (page 5 of 28)": a page holds whole sequences. */
    @Override
    public String label(String what) {
        String which = sequences.size() == 1 ? "Sequence " + sequences.get(0).position
                : "Sequences " + sequences.get(0).position + "–" + sequences.get(sequences.size() - 1).position;
        return which + " of " + ofSequences + " (page " + number + " of " + count + ")";
    }

    @Override
    public boolean hasNext() {
        return number < count;
    }
}
