package witness.interview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import witness.core.Film;
import witness.web.Option;

/**
 * The interviews board: a column for each status of the pipeline, in its order, and in it a card for each
 * interview. A card holds all it draws (its warnings, the choices of its status select), so that it reads only
 * itself: a name from outside the loop costs Qute a search through every enclosing level, on every card.
 */
public record InterviewBoard(List<Column> columns) {

    public record Column(InterviewStatus status, List<Card> cards, boolean first) {
    }

    public record Card(Interview interview, List<String> warnings, List<Option> statuses) {
    }

    static InterviewBoard of(Film film) {
        Map<InterviewStatus, List<Card>> cards = new EnumMap<>(InterviewStatus.class);
        for (InterviewStatus status : InterviewStatus.values()) {
            cards.put(status, new ArrayList<>());
        }
        Map<InterviewStatus, List<Option>> statuses = new EnumMap<>(InterviewStatus.class);
        for (InterviewStatus status : InterviewStatus.values()) {
            statuses.put(status, statuses(status));
        }
        for (Interview interview : Interview.ofFilm(film)) {
            cards.get(interview.status).add(new Card(interview, interview.warnings(), statuses.get(interview.status)));
        }
        List<Column> columns = new ArrayList<>();
        cards.forEach((status, ofStatus) -> columns.add(new Column(status, ofStatus, columns.isEmpty())));
        return new InterviewBoard(columns);
    }

    private static List<Option> statuses(InterviewStatus current) {
        return Option.of(List.of(InterviewStatus.values()), InterviewStatus::code, InterviewStatus::label,
                status -> status == current);
    }
}
